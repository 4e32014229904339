/**
 * Finding the zoom: a first-time reader is told how to zoom and pan before needing to, by the
 * zoom buttons, until they hide the tip; and a sideways swipe pans the chart, as on a map.
 */
import { expect, test } from '@playwright/test';
import { drawnScale, openChart, windowOf } from './pages';

test.use({ viewport: { width: 1440, height: 900 } });

test('the zoom tip shows on a first visit before any scroll, and stays hidden once hidden', async ({
	page
}) => {
	await openChart(page);
	const tip = page.locator('[data-zoom-hint]');
	await expect(tip).toBeVisible();
	await expect(tip).toBeInViewport({ ratio: 1 });
	await expect(tip).toContainText('Ctrl');
	await expect(tip).toContainText('sideways');
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await tip.getByRole('button', { name: 'Hide the zoom tip' }).click();
	await expect(tip).toBeHidden();
	await page.reload();
	await expect(page.locator('[data-timeline][data-drawn]')).toHaveCount(1, { timeout: 15_000 });
	await expect(tip).toBeHidden();
	// Hidden from the first paint, not once the scripts have run: the page does not jump.
	const html = await (await page.request.get('/')).text();
	expect(html).toContain('data-zoom-hint');
	expect(
		await page.evaluate(() => document.documentElement.dataset.zoomTip),
		'set before the first paint by the page head'
	).toBe('hidden');
});

test('a sideways swipe over the chart pans it, what was under the pointer moving with it', async ({
	page
}) => {
	await openChart(page);
	const before = await windowOf(page);
	const plot = page.locator('[data-timeline] svg[role="group"]');
	const box = await plot.boundingBox();
	if (!box) throw new Error('no plot');
	const px = box.width * 0.6;
	const grabbed = (await drawnScale(page)).invert(px);
	const scrolled = await page.evaluate(() => window.scrollY);
	await page.mouse.move(box.x + px, box.y + 20);
	await page.mouse.wheel(150, 0);
	await expect.poll(async () => (await windowOf(page)).start).toBeGreaterThan(before.start);
	const after = await windowOf(page);
	expect(Math.abs(after.days - before.days)).toBeLessThanOrEqual(1);
	// What was at the pointer moved left with the swipe (the default view is drawn with lenses).
	await expect
		.poll(async () => Math.abs((await drawnScale(page)).x(grabbed) - (px - 150)))
		.toBeLessThanOrEqual(2);
	expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
	// A swipe the other way goes back in time.
	await page.mouse.wheel(-150, 0);
	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(after.start);
	expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the zoom tip names the touch gestures, not a key the phone does not have', async ({
		page
	}) => {
		await openChart(page);
		const tip = page.locator('[data-zoom-hint]');
		await expect(tip).toBeVisible();
		expect(await tip.innerText()).toMatch(/^Zoom: pinch\. Pan: drag sideways\./);
		expect(await tip.innerText()).not.toContain('Ctrl');
	});
});
