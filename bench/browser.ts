/** Debian's Chromium under Playwright, launched as the browser tests launch it (DESIGN.md). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const VIEWPORT = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
	const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return chromium.launch({
		executablePath: existsSync(system) ? system : undefined,
		args: CHROMIUM_ARGS
	});
}
