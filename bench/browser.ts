/** Debian's Chromium under Playwright, launched as the browser tests launch it (DESIGN.md). */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

export const VIEWPORT = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
