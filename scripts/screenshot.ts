/**
 * Saves the README's picture of the timeline from the built site: serves build/ with
 * `vite preview`, opens `/` in Chromium at 1280 × 720 and writes docs/timeline.png. Run through
 * `npm run screenshot`, which builds first, so the picture always shows the current chart.
 * The port is SCREENSHOT_PORT, else 4175 (npm start uses 4173, the benchmark 4174).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4175);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/timeline.png';

async function answers(): Promise<boolean> {
	try {
		const response = await fetch(ORIGIN);
		await response.arrayBuffer();
		return response.ok;
	} catch {
		return false;
	}
}

async function main() {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run npm run build');
	if (await answers()) throw new Error(`${ORIGIN} is already used: set SCREENSHOT_PORT`);
	const args = ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'];
	const server = spawn('node_modules/.bin/vite', args, { stdio: 'ignore' });
	try {
		const deadline = Date.now() + 30_000;
		while (!(await answers())) {
			if (server.exitCode !== null) throw new Error(`vite preview exited on ${ORIGIN}`);
			if (Date.now() > deadline) throw new Error(`vite preview did not answer on ${ORIGIN}`);
			await new Promise((done) => setTimeout(done, 200));
		}
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
			// The light theme whatever the machine's setting, so the picture does not change with it.
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(`${ORIGIN}/`);
			await page.locator('[data-timeline][data-drawn]').waitFor({ timeout: 30_000 });
			await page.evaluate(() => document.fonts.ready);
			await page.screenshot({ path: OUT });
			console.log(`Saved ${OUT}`);
		} finally {
			await browser.close();
		}
	} finally {
		server.kill('SIGTERM');
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
