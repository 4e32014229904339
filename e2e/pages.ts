import { expect, type Page } from '@playwright/test';

/**
 * Opens the timeline and waits for it to come alive: until hydration the prerendered page
 * ignores the URL's filters and its buttons do nothing yet; after it, the chart is drawn a
 * part at a time (the marks once it knows its width), then the list fills in by batches.
 */
export async function openTimeline(page: Page, path = '/'): Promise<void> {
	await openChart(page, path);
	await expect(page.locator('.event-list[aria-busy="false"], .virtual-list')).toHaveCount(1);
}

/** Opens the timeline as `openTimeline` does, for a test of the chart alone: it does not wait
 *  for the list under the chart, which fills in after it. */
export async function openChart(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('#event-list-heading, #virtual-list-heading')).toContainText(
		'Events in view'
	);
	// Drawn a part per task: on a slow or busy machine that can take longer than one expect's wait.
	await expect(page.locator('[data-timeline][data-drawn]')).toHaveCount(1, { timeout: 15_000 });
}

/** The timeline's window as its data attributes give it: whole days, `to` exclusive. */
export async function windowOf(
	page: Page
): Promise<{ from: string; to: string; start: number; end: number; days: number }> {
	const timeline = page.locator('[data-timeline]');
	const from = (await timeline.getAttribute('data-window-from')) ?? '';
	const to = (await timeline.getAttribute('data-window-to')) ?? '';
	const [start, end] = [Date.parse(from), Date.parse(to)];
	return { from, to, start, end, days: (end - start) / 86_400_000 };
}

/** The window once the view has come to rest: the same in two reads 400 ms apart (a glide
 *  lasts 280 ms), so a read in the middle of a glide is not taken for where it ends. */
export async function restingWindowOf(page: Page): ReturnType<typeof windowOf> {
	let last = await windowOf(page);
	for (;;) {
		await page.waitForTimeout(400);
		const next = await windowOf(page);
		if (next.from === last.from && next.to === last.to) return next;
		last = next;
	}
}

/**
 * The chart's time scale as drawn (`data-scale`: the corners of a piecewise-linear map, where
 * crowded days are widened), to turn a pixel into the time drawn there and back.
 */
export async function drawnScale(page: Page) {
	const text =
		(await page.locator('[data-timeline] svg[role="group"]').getAttribute('data-scale')) ?? '';
	const corners = text.split(' ').map((pair) => pair.split(':').map(Number) as [number, number]);
	const between = (value: number, from: 0 | 1) => {
		const to = from === 0 ? 1 : 0;
		let i = 0;
		while (i < corners.length - 2 && value > corners[i + 1]![from]) i++;
		const [a, b] = [corners[i]!, corners[i + 1]!];
		return a[to] + ((value - a[from]) / (b[from] - a[from])) * (b[to] - a[to]);
	};
	return { x: (time: number) => between(time, 0), invert: (px: number) => between(px, 1) };
}

/**
 * Keys that take the chart through more than fifty windows: in, across, out and back, each step
 * a new window and a new layout.
 */
export const WINDOW_TOUR: readonly string[] = [
	...Array<string>(6).fill('+'),
	...Array<string>(8).fill('Shift+ArrowRight'),
	...Array<string>(10).fill('-'),
	...Array<string>(8).fill('Shift+ArrowLeft'),
	...Array<string>(8).fill('+'),
	...Array<string>(10).fill('Shift+ArrowLeft')
];
