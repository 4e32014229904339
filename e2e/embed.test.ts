/**
 * /embed in another site's page: a page served from a second server, on another port and so
 * another origin, frames the view that "Copy embed code" gives, at 640 × 400. The chart draws
 * inside the frame with the view's filter, the keyboard works there, and axe finds nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { openChart } from './pages';

let host: Server;
let hostOrigin = '';
/** The embed code the article page holds, set by each test before it opens the page. */
let snippet = '';

test.beforeAll(async () => {
	host = createServer((_request, response) => {
		response.setHeader('content-type', 'text/html; charset=utf-8');
		response.end(
			`<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>An article</h1><p>The alliance's economic track, from the timeline:</p>${snippet}</main></body></html>`
		);
	});
	await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((done) => host.close(done));
});

/** "Copy embed code" on the timeline at `path`, as the reader would: the snippet copied. */
async function copyEmbedCode(page: Page, path: string): Promise<string> {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await openChart(page, path);
	await page.getByText('Export this view').click();
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Embed code' })).toHaveText(
		'Embed code for this view copied.'
	);
	return page.evaluate(() => navigator.clipboard.readText());
}

test('the embed code of a view frames that view, which draws in a page of another origin', async ({
	page,
	baseURL
}) => {
	snippet = await copyEmbedCode(page, '/?track=economy');
	expect(snippet).toBe(
		`<iframe src="${baseURL}/embed?track=economy" title="US–ROK Alliance Timeline" width="640" height="400" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
	);
	expect(new URL(baseURL!).origin).not.toBe(hostOrigin);

	await page.goto(hostOrigin);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('[data-timeline][data-drawn]')).toHaveCount(1, { timeout: 15_000 });
	await expect(frame.locator('h1')).toHaveText('US–ROK Alliance Timeline');
	await expect(frame.locator('.title-line')).toContainText('Tracks: Economy');
	// Only the economy lane holds marks; the chart and its legend, and no site navigation.
	await expect(frame.locator('[data-track="economy"] [data-event-id]').first()).toBeVisible();
	await expect(
		frame.locator('[data-track]:not([data-track="economy"]) [data-event-id]')
	).toHaveCount(0);
	await expect(frame.locator('nav')).toHaveCount(0);
	await expect(frame.getByText('Economy', { exact: false }).first()).toBeVisible();

	// Sized to the frame: the chart spans its width, the title line and its link stay inside it.
	const chartWidth = await frame
		.locator('[data-timeline] svg[role="group"]')
		.evaluate((svg) => svg.getBoundingClientRect().width);
	expect(chartWidth).toBeGreaterThan(560);
	expect(chartWidth).toBeLessThanOrEqual(640);
	const open = frame.getByRole('link', { name: 'Open in alliance-timeline' });
	await expect(open).toBeInViewport({ ratio: 1 });
	await expect(open).toHaveAttribute('href', '/?track=economy');
	await expect(open).toHaveAttribute('target', '_blank');
});

test('the keyboard works inside the frame, and axe finds no violation', async ({ page }) => {
	snippet = await copyEmbedCode(page, '/?track=economy');
	await page.goto(hostOrigin);
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('[data-timeline][data-drawn]')).toHaveCount(1, { timeout: 15_000 });
	const embedded = page.frames().find((f) => f.url().includes('/embed'))!;
	const focusedKey = () =>
		embedded.evaluate(() =>
			document.activeElement?.closest('[data-timeline] svg[role="group"]')
				? (document.activeElement.getAttribute('data-focus-key') ?? 'chart')
				: null
		);

	// Tab from the article into the frame, through its title line, into the chart.
	let key: string | null = null;
	for (let presses = 0; presses < 30 && key === null; presses++) {
		await page.keyboard.press('Tab');
		key = await focusedKey();
	}
	expect(key).not.toBeNull();
	await page.keyboard.press('ArrowRight');
	await expect.poll(focusedKey).not.toBe(key);
	const id = await embedded.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	expect(id).toBeTruthy();
	await page.keyboard.press('Enter');
	await expect(frame.locator(`[data-embed-selected="${id}"]`)).toBeVisible();
	await expect(frame.getByRole('link', { name: 'Open in alliance-timeline' })).toHaveAttribute(
		'href',
		new RegExp(`^/\\?track=economy.*&event=${id}$`)
	);

	const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
	expect(results.violations).toEqual([]);
});

test('a frame as narrow as a phone opens on the latest statement, its title line inside it', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 500 });
	await page.goto('/embed');
	await expect(page.locator('[data-timeline][data-drawn]')).toHaveCount(1, { timeout: 15_000 });
	await expect(page.locator('[data-timeline] [data-lens-day]')).toHaveCount(1);
	await expect(page.locator('[data-timeline] [data-lens-day="2023-04-26"]')).toHaveCount(1);
	// That is the frame's default view: its link opens the site's, with no window named, and
	// it fits in the frame whole.
	const open = page.getByRole('link', { name: 'Open in alliance-timeline' });
	await expect(open).toHaveAttribute('href', '/');
	await expect(open).toBeInViewport({ ratio: 1 });
	await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
});
