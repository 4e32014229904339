import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// The tests serve their own build on a port of their own, so a site already running from
// `npm start` (4173) or the benchmark (4174) is never tested by mistake; if the port is taken,
// the preview refuses to start (--strictPort) instead of moving to another one. They build into
// a folder of their own too (BUILD_DIR), so the files a running `npm start` serves stay as they are.
const port = Number(process.env.E2E_PORT ?? 4183);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	// One browser per core. Tests that race the page's own pauses hold its clock instead.
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// What a test waits for is a state, so a longer wait costs nothing when it comes; the machine
	// running the tests may be busy with other work, and a first drawing can take a while then.
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? 'line' : 'list',
	outputDir: 'test-results',
	use: {
		baseURL: origin,
		// A failed test keeps its trace: actions, console, network and a screencast. Not a copy of
		// the page's DOM at every action: on the timeline's thousands of nodes those copies took
		// longer than the tests themselves.
		trace: { mode: 'retain-on-failure', snapshots: false }
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
		env: { BUILD_DIR: 'test-build' },
		url: origin,
		reuseExistingServer: false,
		timeout: 180_000
	}
});
