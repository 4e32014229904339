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

test('a saved dark theme is there from the first paint, with the toggle pressed', async ({
	page
}) => {
	// Recorded at DOMContentLoaded, before the page's own code has run a single effect.
	await page.addInitScript(() => {
		localStorage.setItem('alliance-timeline-theme', 'dark');
		const record = window as unknown as { atLoad: unknown; blocked: string[] };
		record.blocked = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			record.blocked.push(`${e.violatedDirective}: ${e.sample}`)
		);
		document.addEventListener('DOMContentLoaded', () => {
			record.atLoad = {
				theme: document.documentElement.dataset.theme ?? null,
				background: getComputedStyle(document.body).backgroundColor,
				pressed: document.querySelector('[data-theme-toggle]')?.getAttribute('aria-pressed')
			};
		});
	});
	await page.emulateMedia({ colorScheme: 'light' });
	for (const path of ['/', '/compare']) {
		await page.goto(path);
		const { atLoad, blocked } = await page.evaluate(() => {
			const record = window as unknown as { atLoad: unknown; blocked: string[] };
			return { atLoad: record.atLoad, blocked: record.blocked };
		});
		expect(atLoad, path).toEqual({
			theme: 'dark',
			background: 'rgb(15, 20, 25)',
			pressed: 'true'
		});
		expect(blocked, path).toEqual([]);
	}
});

test('without a saved theme a dark system shows the toggle pressed from the start', async ({
	page
}) => {
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { pressed: unknown }).pressed = document
				.querySelector('[data-theme-toggle]')
				?.getAttribute('aria-pressed');
		});
	});
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/compare');
	expect(await page.evaluate(() => (window as unknown as { pressed: unknown }).pressed)).toBe(
		'true'
	);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});
