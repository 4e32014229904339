import { expect, test } from '@playwright/test';
import { openTimeline } from './pages';

test('the milestones page and the data files are linked from the timeline', async ({ page }) => {
	await openTimeline(page);
	for (const [name, path] of [
		[/every milestone/i, '/milestones'],
		[/JSON/, '/events.json'],
		[/CSV/, '/events.csv'],
		[/calendar/i, '/events.ics']
	] as const) {
		const link = page.locator(`a[href="${path}"]`).filter({ hasText: name });
		await expect(link, path).toHaveCount(1);
		await expect(link, path).toBeVisible();
		expect((await page.request.get(path)).status(), path).toBe(200);
	}
});

test('the comparison is named as one of promises, and a statement filter as the statement', async ({
	page
}) => {
	await openTimeline(page, '/?statement=2022-05-21');
	await expect(page.getByRole('navigation', { name: 'Site' })).toContainText(
		'Promises 2022 → 2023'
	);
	const chip = page.locator('[data-active-filter^="statements:"]');
	await expect(chip).toHaveText('Statement of 21 May 2022 ×');
	await expect(chip).toHaveAccessibleName('Remove filter: Statement of 21 May 2022');
});
