import { expect, test, type Locator, type Page } from '@playwright/test';
import { openChart, windowOf } from './pages';

const tooltip = (page: Page) => page.locator('[data-timeline] .tooltip');

async function box(locator: Locator) {
	const found = await locator.boundingBox();
	if (!found) throw new Error('not on screen');
	return found;
}

/**
 * The tooltip sits just past the mark's right end (or flipped before its left), level with it:
 * once both have come to rest (the tooltip follows its mark a frame later on a busy machine).
 */
async function expectBeside(page: Page, mark: Locator) {
	await expect(async () => {
		const [m, t] = [await box(mark), await box(tooltip(page))];
		expect(Math.abs(t.y + t.height / 2 - (m.y + m.height / 2))).toBeLessThanOrEqual(4);
		const after = Math.abs(t.x - (m.x + m.width));
		const before = Math.abs(t.x + t.width - m.x);
		expect(Math.min(after, before)).toBeLessThanOrEqual(16);
	}).toPass({ timeout: 5_000 });
}

test('the tooltip follows its mark as the view pans, and leaves it when the mark folds into a chip', async ({
	page
}) => {
	// On a phone: on a wider screen the statement day is widened enough to keep its marks.
	await page.setViewportSize({ width: 390, height: 844 });
	await openChart(page, '/?from=2023-04-24&to=2023-04-29');
	// The statement day's last point, the first to fold into a chip once the view is wide.
	const mark = page
		.locator('[data-timeline] [data-track="global"] [data-event-id]:not(:has(.bar))')
		.last();
	const id = (await mark.getAttribute('data-event-id')) ?? '';
	await mark.focus();
	await expect(tooltip(page)).toBeVisible();
	await expectBeside(page, mark);
	const title = (await tooltip(page).locator('strong').textContent()) ?? '';

	// Pan (Shift + an arrow key, from the focused mark): the mark moves, and so must the tooltip.
	const before = await windowOf(page);
	const markBefore = await box(mark);
	await page.keyboard.press('Shift+ArrowLeft');
	await expect.poll(async () => (await windowOf(page)).from).not.toBe(before.from);
	await expect.poll(async () => (await box(mark)).x).toBeGreaterThan(markBefore.x + 30);
	await expectBeside(page, mark);

	// Out to the whole span: the event is now counted in a chip, and no tooltip stands for it.
	// The focus has moved on to the nearest item left in the chart: a tooltip, if any, is that
	// item's.
	await page.keyboard.press('Shift+End');
	await expect(page.locator(`[data-timeline] [data-event-id="${id}"]`)).toHaveCount(0);
	await expect(
		page.locator('[data-timeline] [data-cluster]', { has: page.locator(':scope') }).filter({
			has: page.locator(`xpath=self::*[contains(concat(" ", @data-cluster-ids, " "), " ${id} ")]`)
		})
	).toHaveCount(1);
	const focused = page.locator('[data-timeline] svg [data-focus-key]:focus');
	await expect(focused).toHaveCount(1);
	await expect.poll(() => tooltip(page).locator('strong').allTextContents()).not.toContain(title);
	if ((await focused.getAttribute('data-event-id')) === null) {
		await expect(tooltip(page)).toHaveCount(0);
	} else {
		await expectBeside(page, focused);
	}
});

test('the pointer over a mark shows its tooltip, over its name still, and off the mark none', async ({
	page
}) => {
	await openChart(page, '/?from=2023-04-24&to=2023-04-29');
	// A point: a bar across the window is named too, but its glyph lies before the chart's edge.
	const mark = page
		.locator('[data-timeline] .mark[data-event-id]:not(:has(.bar)):has([data-label-for])')
		.first();
	const title = (await mark.getAttribute('aria-label'))?.split(',')[0] ?? '';
	await page.mouse.move(0, 0);
	await expect(tooltip(page)).toHaveCount(0);

	await mark.locator('.glyph').hover();
	await expect(tooltip(page).locator('strong')).toHaveText(title);
	// From the glyph to the name: still the same mark, so the tooltip stays.
	await mark.locator('[data-label-for]').hover();
	await expect(tooltip(page).locator('strong')).toHaveText(title);

	// Off the marks: the axis band at the top of the chart.
	const chart = await box(page.locator('[data-timeline] svg[role="group"]'));
	await page.mouse.move(chart.x + chart.width / 2, chart.y + 8);
	await expect(tooltip(page)).toHaveCount(0);
});
