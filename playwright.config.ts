import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// The tests serve their own build on a port of their own, so a site already running from
// `npm start` (4173) or the benchmark (4174) is never tested by mistake; if the port is taken,
// the preview refuses to start (--strictPort) instead of moving to another one.
const port = Number(process.env.E2E_PORT ?? 4183);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	// One browser at a time: with two on two cores, timing-sensitive tests (pauses, Back) flaked.
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	outputDir: 'test-results',
	use: {
		baseURL: origin,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
			}
		}
	],
	webServer: {
		command: `npm run build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: origin,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
