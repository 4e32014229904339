/**
 * How the tests and the benchmark launch Chromium: Debian's build when it is there (Playwright
 * cannot download its own here), with the flags that keep it off the network.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Debian's Chromium, or undefined to let Playwright use a browser of its own. */
export function chromiumPath(): string | undefined {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	return existsSync(path) ? path : undefined;
}
