/**
 * Touch on a phone: two fingers spreading apart zoom in around the point between them, one
 * finger dragging pans. The touches are real touch events sent through Chromium's input
 * pipeline (CDP Input.dispatchTouchEvent), as a touch screen would send them.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { drawnScale, openChart, windowOf } from './pages';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

// A gesture that throws in the page may still move something; none may throw.
const pageErrors: string[] = [];
test.beforeEach(({ page }) => {
	pageErrors.length = 0;
	page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(() => {
	expect(pageErrors).toEqual([]);
});

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
	await openChart(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const y = box.fingerY;
	const middle = box.width * 0.4;
	// The time drawn under the midpoint before the pinch (through the lens, if a day is widened).
	const anchor = (await drawnScale(page)).invert(middle);

	await gesture(cdp, [
		{ from: { x: box.x + middle - 40, y }, to: { x: box.x + middle - 120, y } },
		{ from: { x: box.x + middle + 40, y }, to: { x: box.x + middle + 120, y } }
	]);

	// The fingers end three times as far apart: the window is about a third as wide.
	await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(before.days * 0.45);
	const after = await windowOf(page);
	expect(after.days).toBeGreaterThan(before.days * 0.2);
	// What was drawn under the midpoint is still drawn there, to within a few pixels.
	expect(Math.abs((await drawnScale(page)).x(anchor) - middle)).toBeLessThan(6);
});

test('one finger dragging pans the window with it', async ({ page }) => {
	await openChart(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const y = box.fingerY;

	// Dragging to the right brings earlier times into view; what was under the finger follows it.
	const [from, distance] = [60, box.width * 0.3];
	const grabbed = (await drawnScale(page)).invert(from);
	await gesture(cdp, [{ from: { x: box.x + from, y }, to: { x: box.x + from + distance, y } }]);

	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	const after = await windowOf(page);
	expect(Math.abs(after.days - before.days)).toBeLessThanOrEqual(1);
	expect(Math.abs((await drawnScale(page)).x(grabbed) - (from + distance))).toBeLessThanOrEqual(2);
});

test('one finger dragging up scrolls the page past the chart and leaves the window', async ({
	page
}) => {
	await openChart(page);
	const cdp = await page.context().newCDPSession(page);
	const box = await plotBox(page);
	const before = await windowOf(page);
	const scrolled = await page.evaluate(() => window.scrollY);
	const x = box.x + box.width / 2;
	await gesture(cdp, [{ from: { x, y: box.fingerY + 150 }, to: { x, y: box.fingerY - 150 } }]);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
	expect((await windowOf(page)).days).toBeCloseTo(before.days, 0);
});
