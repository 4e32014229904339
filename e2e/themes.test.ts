import { expect, test } from '@playwright/test';
import { openTimeline } from './pages';

test('the theme toggle switches and is remembered', async ({ page }) => {
	await openTimeline(page);
	const toggle = page.locator('[data-theme-toggle]');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
		'rgb(15, 20, 25)'
	);
	await page.goto('/compare');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
	await page.locator('[data-theme-toggle]').click();
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
		'rgb(255, 255, 255)'
	);
});
