import { expect, type Page } from '@playwright/test';

/**
 * Opens the timeline and waits for it to come alive: until hydration the prerendered page
 * lists every event and ignores the URL's filters, and its buttons do nothing yet.
 */
export async function openTimeline(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('#event-list-heading, #virtual-list-heading')).toContainText(
		'Events in view'
	);
}
