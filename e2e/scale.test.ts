import { expect, test } from '@playwright/test';
import { windowOf } from './pages';

test('the scale lab draws 20,000 events as density, with chips that zoom in and a light list', async ({
	page
}) => {
	await page.goto('/lab/scale?n=20000&seed=3');
	await expect(page.locator('[data-density-canvas]')).toBeVisible();
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('timeline:first-render').length))
		.toBe(1);

	// Every event is counted once: in a chip of the window, or beyond one of its edges.
	await page.locator('[data-timeline] svg[role="group"]').focus();
	await page.keyboard.press('Shift+End');
	// End glides out to the whole span: count and pick a chip once it is there, not mid-glide.
	const timeline = page.locator('[data-timeline]');
	const span = {
		from: await timeline.getAttribute('data-span-from'),
		to: await timeline.getAttribute('data-span-to')
	};
	await expect.poll(() => windowOf(page)).toMatchObject(span);
	const counted = await page.evaluate(() =>
		[
			...document.querySelectorAll('[data-timeline] [data-cluster], [data-timeline] [data-edge]')
		].reduce((sum, el) => sum + Number(el.getAttribute('data-count')), 0)
	);
	expect(counted).toBe(20_000);

	// The list says how many, but draws only the rows in view.
	await expect(page.locator('#virtual-list-heading')).toContainText('20,000');
	expect(await page.locator('.virtual-list li').count()).toBeLessThan(40);

	// A density chip is a button: Enter zooms into exactly the stretch it stands for.
	const chip = page.locator('[data-timeline] [data-track="security"] [data-cluster]').nth(1);
	// Both ends read from the same element at once: two reads could straddle a redraw.
	const [from, to] = await chip.evaluate((el) => [
		el.getAttribute('data-from'),
		el.getAttribute('data-to')
	]);
	expect(from && to && from < to).toBeTruthy();
	await chip.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => windowOf(page)).toMatchObject({ from, to });
});

test('the same seed draws the same events', async ({ page }) => {
	const firstRows = async () => {
		await page.goto('/lab/scale?n=5000&seed=9');
		await page.locator('[data-timeline] svg[role="group"]').focus();
		await page.keyboard.press('Shift+End');
		// End glides out to the whole span; read the list once it is there.
		await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		return page
			.locator('.virtual-list li')
			.evaluateAll((els) => els.slice(0, 10).map((el) => el.getAttribute('data-event-id')));
	};
	const a = await firstRows();
	expect(a.length).toBe(10);
	expect(await firstRows()).toEqual(a);
});

test('leaving the lab mid-glide stops the glide', async ({ page }) => {
	// Counts the animation frames asked for once the page shown is no longer the lab.
	await page.addInitScript(() => {
		const counter = window as unknown as { framesAfterLeaving: number };
		counter.framesAfterLeaving = 0;
		const request = window.requestAnimationFrame.bind(window);
		window.requestAnimationFrame = (callback) => {
			if (!location.pathname.startsWith('/lab/')) counter.framesAfterLeaving += 1;
			return request(callback);
		};
	});
	await page.goto('/lab/scale?n=2000&seed=1');
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('timeline:first-render').length))
		.toBe(1);
	const statementLink = page.getByRole('navigation', { name: 'Site' }).getByRole('link').nth(1);
	const href = (await statementLink.getAttribute('href')) ?? '';
	// Hovering loads the statement's data, so leaving takes a moment rather than a glide's length.
	await statementLink.hover();
	await page.waitForLoadState('networkidle');
	await page.locator('[data-timeline] svg[role="group"]').focus();
	// Zoom in (a glide of about a quarter second) and leave in the same task, as it begins.
	await page.evaluate(() => {
		const plot = document.querySelector('[data-timeline] svg[role="group"]');
		plot?.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
		document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Site"] a')[1].click();
	});
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await page.waitForTimeout(500);
	const frames = await page.evaluate(
		() => (window as unknown as { framesAfterLeaving: number }).framesAfterLeaving
	);
	expect(frames).toBe(0);
});

test('the chosen row of the long list is marked current, not pressed', async ({ page }) => {
	await page.goto('/lab/scale?n=2000&seed=1');
	const rows = page.locator('.virtual-list li[data-event-id] button');
	await expect(rows.first()).toBeVisible();
	await expect(page.locator('.virtual-list button[aria-pressed]')).toHaveCount(0);
	await rows.nth(2).click();
	await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('.virtual-list [aria-current]')).toHaveCount(1);
	await expect(page.locator('.virtual-list button[aria-pressed]')).toHaveCount(0);
});

test('at twice the text size the long list’s rows grow with their text, none clipped', async ({
	page
}) => {
	await page.goto('/lab/scale?n=2000&seed=1');
	await expect(page.locator('.virtual-list li[data-event-id]').first()).toBeVisible();
	// As the browser's text size setting does: the root font size doubles.
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	// Scrolled a little, so rows placed from the measured height are the ones checked.
	await page.locator('.virtual-list .viewport').evaluate((el) => (el.scrollTop = 300));
	await expect
		.poll(() =>
			page.locator('.virtual-list li[data-event-id]').evaluateAll((rows) =>
				rows.every((row) => {
					const box = row.getBoundingClientRect();
					return [...row.querySelectorAll('span')].every((span) => {
						const text = span.getBoundingClientRect();
						return text.top >= box.top - 0.5 && text.bottom <= box.bottom + 0.5;
					});
				})
			)
		)
		.toBe(true);
	const rows = await page.locator('.virtual-list li[data-event-id]').evaluateAll((els) =>
		els.map((el) => {
			const box = el.getBoundingClientRect();
			const button = el.querySelector('button') as HTMLElement;
			return {
				top: box.top,
				bottom: box.bottom,
				clipped: button.scrollHeight > button.clientHeight + 1
			};
		})
	);
	expect(rows.length).toBeGreaterThan(3);
	for (const [i, row] of rows.entries()) {
		expect(row.clipped, `row ${i}`).toBe(false);
		const next = rows[i + 1];
		if (next)
			expect(next.top, `row ${i + 1} starts after row ${i}`).toBeGreaterThanOrEqual(
				row.bottom - 1.5
			);
	}
});
