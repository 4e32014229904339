/**
 * The chart is what the page is for, so it starts on the first screen, a keyboard reader gets
 * to it in a few presses, links name the days they show (`to` is the last day), and Back
 * returns to the very window the reader left.
 */
import { expect, test, type Page } from '@playwright/test';
import { openChart, windowOf } from './pages';

/** Where the first lane starts, in CSS pixels from the top of the first screen. */
async function lanesTop(page: Page): Promise<number> {
	return page
		.locator('[data-timeline] [data-track]')
		.first()
		.evaluate((lane) => lane.getBoundingClientRect().top);
}

test.describe('on a wide screen', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the lanes start in the top 260 pixels', async ({ page }) => {
		await openChart(page);
		expect(await lanesTop(page)).toBeLessThanOrEqual(260);
	});

	test('the chart takes at least 60 % of the first screen', async ({ page }) => {
		await openChart(page);
		const share = await page.locator('[data-timeline] svg[role="group"]').evaluate((chart) => {
			const { top, bottom } = chart.getBoundingClientRect();
			return (Math.min(bottom, window.innerHeight) - Math.max(top, 0)) / window.innerHeight;
		});
		expect(share).toBeGreaterThanOrEqual(0.6);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the lanes start on the first screen', async ({ page }) => {
		await openChart(page);
		expect(await lanesTop(page)).toBeLessThan(844);
	});

	test('the year shown is in sight in the year strip', async ({ page }) => {
		await openChart(page, '/?from=2023-01-01&to=2023-12-31');
		const year = page.getByRole('group', { name: 'Show one year' }).getByRole('button', {
			name: '2023'
		});
		await expect(year).toHaveAttribute('aria-pressed', 'true');
		await expect(year).toBeInViewport({ ratio: 1 });
	});
});

test('Tab from page load reaches the chart within 10 presses, by the skip link', async ({
	page
}) => {
	await openChart(page);
	const inChart = () =>
		page.evaluate(
			() => document.activeElement?.closest('[data-timeline] svg[role="group"]') != null
		);
	let presses = 0;
	while (presses < 10 && !(await inChart())) {
		await page.keyboard.press('Tab');
		presses += 1;
		const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
		if (name === 'Skip to the chart') await page.keyboard.press('Enter');
	}
	expect(await inChart()).toBe(true);
	expect(presses).toBeLessThanOrEqual(10);
	// The chart, once focused, takes its keys.
	const before = await windowOf(page);
	await page.keyboard.press('+');
	await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(before.days);
});

test('the year strip shows every year and marks the one shown, at 1440 pixels', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openChart(page, '/?from=2023-01-01&to=2023-12-31');
	const year = page.getByRole('group', { name: 'Show one year' }).getByRole('button', {
		name: '2023'
	});
	await expect(year).toHaveAttribute('aria-pressed', 'true');
	await expect(year).toBeInViewport({ ratio: 1 });
});

for (const [name, query] of [
	['`to` is the last day shown', '?from=2023-01-01&to=2023-12-31'],
	['an old link with an exclusive `to` reads the same', '?from=2023-01-01&to=2024-01-01']
]) {
	test(`${name}: ${query}`, async ({ page }) => {
		await openChart(page, `/${query}`);
		const chart = page.locator('[data-timeline] svg[role="group"]');
		await expect(chart).toHaveAttribute('aria-label', /showing 1 Jan 2023 to 31 Dec 2023\./);
		await expect.poll(() => windowOf(page)).toMatchObject({ from: '2023-01-01', to: '2024-01-01' });
		await expect(
			page.getByRole('group', { name: 'Show one year' }).getByRole('button', { name: '2023' })
		).toHaveAttribute('aria-pressed', 'true');
		// The next link the page writes names the window in today's form.
		await page.locator('[data-timeline] [data-track] [data-event-id]').first().click();
		await expect(page).toHaveURL(/[?&]from=2023-01-01&to=2023-12-31&event=/);
	});
}

test('a year button writes the year with its last day', async ({ page }) => {
	await openChart(page);
	await page
		.getByRole('group', { name: 'Show one year' })
		.getByRole('button', { name: '2022' })
		.click();
	await expect(page).toHaveURL(/[?&]from=2022-01-01&to=2022-12-31(&|$)/);
});

/**
 * Arriving at a paragraph's link (`#p-1`), SvelteKit sets the focus starting point there in a
 * task of its own, rewriting the history entry's URL as it does: a Back taken before that task
 * has run would have it rewrite the entry gone back to. One task later it has run.
 */
const afterArrival = (page: Page) =>
	page.evaluate(() => new Promise((done) => setTimeout(done, 0)));

for (const leaving of ['once the URL has caught up', 'before the URL has caught up']) {
	test(`Back from a statement restores the window the reader left, ${leaving}`, async ({
		page
	}) => {
		const early = leaving.startsWith('before');
		// Zooming jumps, so the window read after Zoom in is where it ends, not a step of a glide.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// The page's clock, held still from Zoom in until the link is clicked: the URL's write, due
		// 400 ms after the window last moved, cannot come first however slow the machine.
		if (early) await page.clock.install();
		await openChart(page, '/?from=2023-01-01&to=2023-12-31');
		await page.locator('[data-timeline] [data-track] [data-event-id]').first().click();
		const detail = page.locator('[data-detail]');
		await expect(detail).toBeVisible();
		const before = await windowOf(page);
		if (early) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(before.days * 0.6);
		const zoomed = await windowOf(page);
		if (early) expect(new URL(page.url()).searchParams.get('from')).not.toBe(zoomed.from);
		else await expect(page).toHaveURL(new RegExp(`from=${zoomed.from}&`));
		const label = await page
			.locator('[data-timeline] svg[role="group"]')
			.getAttribute('aria-label');
		await detail.locator('[data-reader-link]').first().click();
		// The click has been taken: from here the page's own navigation runs on time again.
		if (early) await page.clock.resume();
		await expect(page).toHaveURL(/\/statements\//);
		await expect(page.locator('mark[data-event-id]').first()).toBeVisible();
		await afterArrival(page);
		// The entry left behind names the zoomed window (its URL was written before leaving).
		await page.goBack();
		await expect(page.locator('[data-timeline]')).toHaveCount(1);
		const left = new URL(page.url());
		expect(left.searchParams.get('from')).toBe(zoomed.from);
		// The window may reach part way into its last day: `to` is that day.
		const lastWhole = new Date(Date.parse(`${zoomed.to}T00:00:00Z`) - 86_400_000);
		expect([lastWhole.toISOString().slice(0, 10), zoomed.to]).toContain(
			left.searchParams.get('to')
		);
		// The chart is back at that very window, not centred on the open event.
		await expect.poll(() => windowOf(page)).toEqual(zoomed);
		await expect(page.locator('[data-timeline] svg[role="group"]')).toHaveAttribute(
			'aria-label',
			label ?? ''
		);
		await expect(detail).toBeVisible();
		// Forward and Back again, each once the page gone to is there: the same URL, the same window.
		const url = page.url();
		await page.goForward();
		await expect(page).toHaveURL(/\/statements\//);
		await expect(page.locator('mark[data-event-id]').first()).toBeVisible();
		await afterArrival(page);
		await page.goBack();
		await expect(page).toHaveURL(url);
		await expect.poll(() => windowOf(page)).toEqual(zoomed);
	});
}
