/**
 * A step asked for by button or key glides to its window so the eye can follow; with reduced
 * motion asked for, it jumps there in one frame.
 */
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

/**
 * Presses Zoom in, then records the window on every frame for a while: its days and the chart's
 * scale, which moves at every frame of a glide, even one whose days have not changed yet.
 */
function windowsAfterZoomIn(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const timeline = document.querySelector('[data-timeline]');
		const chart = timeline?.querySelector('svg[role="group"]');
		const button = [...document.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'Zoom in'
		);
		if (!timeline || !chart || !button) throw new Error('no timeline, chart or Zoom in button');
		const windowNow = () =>
			`${timeline.getAttribute('data-window-from')} ${timeline.getAttribute('data-window-to')} ${chart.getAttribute('data-scale')}`;
		const seen = [windowNow()];
		button.click();
		const started = performance.now();
		while (performance.now() - started < 800) {
			await new Promise((next) => requestAnimationFrame(next));
			seen.push(windowNow());
		}
		return seen;
	});
}

const distinct = (windows: string[]) => [...new Set(windows)];

test.describe('with no motion preference', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('zooming glides through in-between windows', async ({ page }) => {
		// Once the list has filled in too: its batches would take frames from the glide.
		await openTimeline(page);
		const windows = await windowsAfterZoomIn(page);
		// Where it starts, where it lands, and at least one frame between, which a jump (below)
		// never shows. How many frames fall within the glide's 280 ms depends on the machine.
		expect(distinct(windows).length).toBeGreaterThan(2);
		expect(windows.at(-1)).not.toBe(windows[0]);
	});
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('zooming jumps straight to the new window', async ({ page }) => {
		await openTimeline(page);
		const windows = await windowsAfterZoomIn(page);
		// The first frame after the press already shows the final window, and nothing moves after.
		expect(distinct(windows)).toHaveLength(2);
		expect(windows[1]).toBe(windows.at(-1));
	});
});
