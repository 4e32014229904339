/** Chromium for the benchmark, launched exactly as the browser tests launch it (e2e/chromium.ts). */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';

export const VIEWPORT = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * `/` as a phone: a 390 × 844 viewport at three device pixels per CSS pixel. Mouse input, not
 * touch: the gestures are the desktop's (a button, Ctrl + wheel, a drag) on a phone's screen.
 */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };
