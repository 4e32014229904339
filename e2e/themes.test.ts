import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openTimeline } from './pages';

test.describe('dark', () => {
	test.use({ colorScheme: 'dark' });

	for (const path of [
		'/',
		'/statements/2023-04-26-us-rok-70th-anniversary-joint-statement',
		'/compare'
	]) {
		test(`${path} follows the system's dark setting and stays readable`, async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto(path);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background).toBe('rgb(15, 20, 25)');
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
			expect(
				results.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				)
			).toEqual([]);
		});
	}
});

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
