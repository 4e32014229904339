/**
 * Touch on a phone: two fingers spreading apart zoom in around the point between them, one
 * finger dragging pans. The touches are real touch events sent through Chromium's input
 * pipeline (CDP Input.dispatchTouchEvent), as a touch screen would send them.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { openTimeline, windowOf } from './pages';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

interface Point {
	x: number;
	y: number;
}

/** Moves fingers from their start to their end points in even steps, then lifts them. */
async function gesture(cdp: CDPSession, paths: { from: Point; to: Point }[], steps = 12) {
	const at = (t: number) =>
		paths.map(({ from, to }, id) => ({
			x: from.x + (to.x - from.x) * t,
			y: from.y + (to.y - from.y) * t,
			id
		}));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let step = 1; step <= steps; step++) {
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: at(step / steps)
		});
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The plot's box, and a height within both the plot and the screen for the fingers. */
async function plotBox(page: Page) {
	const plot = page.locator('[data-timeline] svg[role="group"]');
	await plot.scrollIntoViewIfNeeded();
	const box = await plot.boundingBox();
	if (!box) throw new Error('no plot');
	const screen = page.viewportSize()?.height ?? 0;
	const top = Math.max(box.y, 0);
	return { ...box, fingerY: (top + Math.min(box.y + box.height, screen)) / 2 };
}

test('a pinch zooms in around the point between the fingers', async ({ page }) => {
	await openTimeline(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const y = box.fingerY;
	const middle = box.x + box.width * 0.4;
	// The time under the midpoint before the pinch.
	const anchor = before.start + ((middle - box.x) / box.width) * (before.end - before.start);

	await gesture(cdp, [
		{ from: { x: middle - 40, y }, to: { x: middle - 120, y } },
		{ from: { x: middle + 40, y }, to: { x: middle + 120, y } }
	]);

	// The fingers end three times as far apart: the window is about a third as wide.
	await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(before.days * 0.45);
	const after = await windowOf(page);
	expect(after.days).toBeGreaterThan(before.days * 0.2);
	// The time under the midpoint stays under it, to within a few pixels' worth.
	const anchorAfter = after.start + ((middle - box.x) / box.width) * (after.end - after.start);
	const dayPerPixel = (after.end - after.start) / box.width;
	expect(Math.abs(anchorAfter - anchor)).toBeLessThan(6 * dayPerPixel);
});

test('one finger dragging pans the window with it', async ({ page }) => {
	await openTimeline(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const y = box.fingerY;

	// Dragging to the right brings earlier times into view, by the distance dragged.
	const distance = box.width * 0.3;
	await gesture(cdp, [{ from: { x: box.x + 60, y }, to: { x: box.x + 60 + distance, y } }]);

	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	const after = await windowOf(page);
	expect(after.days).toBeCloseTo(before.days, 0);
	const expectedShift = (distance / box.width) * (before.end - before.start);
	// The window's ends are whole days, so allow a day or two either way.
	expect(Math.abs(before.start - after.start - expectedShift)).toBeLessThan(2 * 86_400_000);
});

test('one finger dragging up scrolls the page past the chart and leaves the window', async ({
	page
}) => {
	await openTimeline(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const scrolled = await page.evaluate(() => window.scrollY);
	const x = box.x + box.width / 2;
	await gesture(cdp, [{ from: { x, y: box.fingerY + 150 }, to: { x, y: box.fingerY - 150 } }]);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
	expect((await windowOf(page)).days).toBeCloseTo(before.days, 0);
});
