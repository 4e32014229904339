import { expect, type Page } from '@playwright/test';

/**
 * Opens the timeline and waits for it to come alive: until hydration the prerendered page
 * lists every event and ignores the URL's filters, and its buttons do nothing yet; the marks
 * are drawn once the chart knows its width.
 */
export async function openTimeline(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('#event-list-heading, #virtual-list-heading')).toContainText(
		'Events in view'
	);
	await expect(page.locator('[data-timeline][data-drawn]')).toHaveCount(1);
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
