import { expect, test, type Page } from '@playwright/test';
import { openTimeline, windowOf } from './pages';

const DAY_MS = 86_400_000;

/** The overview strip: its box on the page and the span it shows. */
async function strip(page: Page) {
	await page.locator('.overview svg').scrollIntoViewIfNeeded();
	const box = await page.locator('.overview svg').boundingBox();
	if (!box) throw new Error('no overview strip');
	const span = await page.locator('[data-timeline]').evaluate((el) => ({
		start: Date.parse(el.getAttribute('data-span-from') ?? ''),
		end: Date.parse(el.getAttribute('data-span-to') ?? '')
	}));
	return { box, span, msPerPx: (span.end - span.start) / box.width };
}

/** Drags the brush's selection sideways by `dx` pixels, in small steps like a hand. */
async function dragBrush(page: Page, dx: number) {
	const selection = await page.locator('.overview .brush .selection').boundingBox();
	if (!selection) throw new Error('no brush');
	const [x, y] = [selection.x + selection.width / 2, selection.y + selection.height / 2];
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + dx, y, { steps: 8 });
	await page.mouse.up();
}

test('dragging the brush moves the window by as much time as it covers, keeping its length', async ({
	page
}) => {
	await openTimeline(page, '/?from=2022-01-01&to=2024-01-01');
	const before = await windowOf(page);
	const { msPerPx } = await strip(page);
	await dragBrush(page, 40);
	await expect.poll(async () => (await windowOf(page)).start).not.toBe(before.start);
	const after = await windowOf(page);
	// Whole days in the attributes: the length may round by a day, the shift by a day each end.
	expect(Math.abs(after.days - before.days)).toBeLessThanOrEqual(1);
	expect(Math.abs(after.start - before.start - 40 * msPerPx)).toBeLessThanOrEqual(2 * DAY_MS);
});

test('dragging the brush of a window of a few days keeps it a few days long', async ({ page }) => {
	await openTimeline(page, '/?from=2023-04-24&to=2023-04-28');
	const before = await windowOf(page);
	expect(before.days).toBe(5);
	const { msPerPx } = await strip(page);
	// The window draws under a pixel wide; its brush is drawn wider so it can be grabbed.
	expect(before.days * DAY_MS).toBeLessThan(msPerPx);
	await dragBrush(page, -60);
	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	const after = await windowOf(page);
	expect(after.days).toBeLessThanOrEqual(6);
	expect(Math.abs(after.start - before.start + 60 * msPerPx)).toBeLessThanOrEqual(2 * DAY_MS);
});

test('a click on the strip away from the brush centres the window there', async ({ page }) => {
	await openTimeline(page, '/?from=2022-01-01&to=2023-01-01');
	const before = await windowOf(page);
	const { box, span, msPerPx } = await strip(page);
	const x = box.width * 0.2;
	await page.mouse.click(box.x + x, box.y + 20);
	const centre = span.start + x * msPerPx;
	await expect
		.poll(async () => {
			const w = await windowOf(page);
			return Math.abs((w.start + w.end) / 2 - centre) / DAY_MS;
		})
		.toBeLessThanOrEqual(2);
	expect((await windowOf(page)).days).toBe(before.days);
});

test('resizing a narrow brush by its right edge keeps where the window starts', async ({
	page
}) => {
	await openTimeline(page, '/?from=2023-04-24&to=2023-04-28');
	const before = await windowOf(page);
	await strip(page);
	const handle = await page.locator('.overview .brush .handle--e').boundingBox();
	if (!handle) throw new Error('no handle');
	const [x, y] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 30, y, { steps: 6 });
	await page.mouse.up();
	await expect.poll(async () => (await windowOf(page)).days).toBeGreaterThan(30);
	expect((await windowOf(page)).from).toBe(before.from);
});
