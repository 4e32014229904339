import { expect, test, type Page } from '@playwright/test';
import { openChart, restingWindowOf, windowOf } from './pages';

const DAY_MS = 86_400_000;

test.use({ viewport: { width: 1440, height: 900 } });

/**
 * The overview strip as drawn: its box on the page, where each labelled year's 1 January is
 * (page pixels), and the time a pixel stands for in a stretch between two labelled years.
 */
async function strip(page: Page) {
	const svg = page.locator('.overview svg');
	await svg.scrollIntoViewIfNeeded();
	const box = await svg.boundingBox();
	if (!box) throw new Error('no overview strip');
	const ticks: Record<number, number> = await svg.evaluate((el) =>
		Object.fromEntries(
			[...el.querySelectorAll('[data-tick]')].map((tick) => [
				Number(tick.getAttribute('data-tick')),
				Number(tick.getAttribute('x1'))
			])
		)
	);
	const tickX = (year: number) => {
		const x = ticks[year];
		if (x === undefined) throw new Error(`no tick for ${year}`);
		return box.x + x;
	};
	const msPerPx = (from: number, to: number) =>
		(Date.UTC(to, 0, 1) - Date.UTC(from, 0, 1)) / (tickX(to) - tickX(from));
	return { box, tickX, msPerPx };
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

test('the strip gives the statement years room: each labelled, 2022 and 2023 each 80 px or more', async ({
	page
}) => {
	await openChart(page);
	const { box, tickX } = await strip(page);
	const overview = page.locator('.overview');
	for (const year of [2021, 2022, 2023, 2024]) {
		await expect(overview.locator(`text[data-year="${year}"]`)).toBeVisible();
	}
	expect(tickX(2023) - tickX(2022)).toBeGreaterThanOrEqual(80);
	expect(tickX(2024) - tickX(2023)).toBeGreaterThanOrEqual(80);
	// The decades around them are compressed, shaded apart from the focus, and still labelled.
	await expect(overview.locator('[data-part="context"]')).toHaveCount(2);
	await expect(overview.locator('[data-part="focus"]')).toHaveAttribute('data-from', '2021-01-01');
	await expect(overview.locator('[data-part="focus"]')).toHaveAttribute('data-to', '2025-01-01');
	expect(tickX(1990) - tickX(1980)).toBeLessThan(80);
	// No two labels overlap, and none leaves the strip.
	const labels = await overview.locator('text[data-year]').evaluateAll((texts) =>
		texts.map((t) => {
			const r = t.getBoundingClientRect();
			return { left: r.left, right: r.right };
		})
	);
	expect(labels.length).toBeGreaterThan(10);
	labels.sort((a, b) => a.left - b.left);
	for (let i = 1; i < labels.length; i++) {
		expect(labels[i]!.left).toBeGreaterThan(labels[i - 1]!.right);
	}
	expect(labels[0]!.left).toBeGreaterThanOrEqual(box.x);
	expect(labels.at(-1)!.right).toBeLessThanOrEqual(box.x + box.width);
});

test('dragging the brush in the focus moves the window by the focus’s time per pixel, keeping its length', async ({
	page
}) => {
	await openChart(page, '/?from=2022-01-01&to=2022-12-31');
	const before = await windowOf(page);
	const msPerPx = (await strip(page)).msPerPx(2022, 2023);
	// A few days a pixel, not the month a linear strip of the whole span would give.
	expect(msPerPx / DAY_MS).toBeLessThan(5);
	await dragBrush(page, 40);
	await expect.poll(async () => (await windowOf(page)).start).not.toBe(before.start);
	const after = await windowOf(page);
	// Whole days in the attributes: the length may round by a day, the shift by a day each end.
	expect(Math.abs(after.days - before.days)).toBeLessThanOrEqual(1);
	expect(Math.abs(after.start - before.start - 40 * msPerPx)).toBeLessThanOrEqual(2 * DAY_MS);
});

test('dragging the brush of a window of a few days keeps it a few days long', async ({ page }) => {
	await openChart(page, '/?from=2023-04-24&to=2023-04-28');
	const before = await windowOf(page);
	expect(before.days).toBe(5);
	const msPerPx = (await strip(page)).msPerPx(2023, 2024);
	// The window draws a few pixels wide; its brush is drawn wider so it can be grabbed.
	const selection = await page.locator('.overview .brush .selection').boundingBox();
	expect(before.days * DAY_MS).toBeLessThan(4 * msPerPx);
	expect(selection?.width ?? 0).toBeGreaterThanOrEqual(11);
	await dragBrush(page, -60);
	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	const after = await windowOf(page);
	expect(after.days).toBeLessThanOrEqual(6);
	expect(Math.abs(after.start - before.start + 60 * msPerPx)).toBeLessThanOrEqual(2 * DAY_MS);
});

test('a click on a compressed decade centres the window there', async ({ page }) => {
	await openChart(page, '/?from=2022-01-01&to=2022-12-31');
	const before = await windowOf(page);
	const { box, tickX, msPerPx } = await strip(page);
	await page.mouse.click(tickX(1980), box.y + 20);
	// Within a pixel of the compressed part, where the click may land.
	const tolerance = msPerPx(1970, 1980) / DAY_MS + 2;
	await expect
		.poll(async () => {
			const w = await windowOf(page);
			return Math.abs((w.start + w.end) / 2 - Date.UTC(1980, 0, 1)) / DAY_MS;
		})
		.toBeLessThanOrEqual(tolerance);
	// The view glides there, wider on the way (a zoom path): it is read once it has landed.
	const landed = await restingWindowOf(page);
	expect(
		Math.abs((landed.start + landed.end) / 2 - Date.UTC(1980, 0, 1)) / DAY_MS
	).toBeLessThanOrEqual(tolerance);
	expect(landed.days).toBe(before.days);
});

test('resizing a narrow brush by its right edge keeps where the window starts', async ({
	page
}) => {
	await openChart(page, '/?from=2023-04-24&to=2023-04-28');
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
