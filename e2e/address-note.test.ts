import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openTimeline, windowOf } from './pages';

test('an address whose window cannot be shown as asked says what is shown instead', async ({
	page
}) => {
	await openTimeline(page, '/?from=2023-04-25&to=2023-04-28');
	// Four days asked for; the narrowest window is five.
	await expect(page).toHaveURL(/from=2023-04-24&to=2023-04-29/);
	expect((await windowOf(page)).days).toBe(5);
	const note = page.locator('[data-window-note]');
	await expect(note).toBeVisible();
	await expect(note).toContainText('25–28 Apr 2023');
	await expect(note).toContainText('24–29 Apr 2023');
	await expect(note).toContainText('5 days');
	// Said politely to a screen reader too, and put away on request.
	await expect(page.locator('[aria-live="polite"]').filter({ has: note })).toHaveCount(1);
	await note.getByRole('button', { name: 'Dismiss' }).click();
	await expect(note).toHaveCount(0);
});

test('an address shown as asked brings no note', async ({ page }) => {
	await openTimeline(page, '/?from=2023-04-20&to=2023-04-30');
	await expect(page).toHaveURL(/from=2023-04-20&to=2023-04-30/);
	await expect(page.locator('[data-timeline][data-drawn]')).toHaveCount(1);
	await expect(page.locator('[data-window-note]')).toHaveCount(0);
});

test("an export's file name includes the outcome filter", async ({ page }) => {
	await openTimeline(page, '/?outcome=not-mentioned&from=2022-01-01&to=2024-01-01');
	await page.getByText('Export this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export="csv"]').click()
	]);
	expect(download.suggestedFilename()).toBe('alliance-timeline-2022-2023-not-mentioned.csv');
	expect((await readFile(await download.path())).length).toBeGreaterThan(0);
});
