/**
 * Missing pages: the preview server answers 404 with the site's own page, and the prerendered
 * 404.html still works when a static host serves it at any depth of missing address.
 */
import { expect, test, type Page } from '@playwright/test';

const DEEP_MISSING = '/statements/2022/no/such/page';

/** Serves the prerendered 404.html at a deep missing address, as a static host would. */
async function serveLikeAStaticHost(page: Page) {
	const notFound = await (await page.request.get('/404')).text();
	await page.route(`**${DEEP_MISSING}`, (route) =>
		route.fulfill({ status: 404, contentType: 'text/html', body: notFound })
	);
}

async function expectNotFoundPage(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not here');
	await expect(page.locator('[data-error-status="404"]')).toBeVisible();
	await expect(page.getByRole('link', { name: 'The timeline of every milestone' })).toHaveAttribute(
		'href',
		'/'
	);
	// The site's own styles arrived: the page's column, not the browser's default margins.
	expect(await page.locator('main').evaluate((main) => getComputedStyle(main).maxWidth)).not.toBe(
		'none'
	);
}

test('a missing address answers 404 with the site’s own page and a way back', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expectNotFoundPage(page);
	await expect(page).toHaveTitle(/^Not found · /);
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	await page.getByRole('link', { name: 'The timeline of every milestone' }).click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('US–ROK Alliance Timeline');
});

test('404.html works at any depth, with scripts on', async ({ page }) => {
	const failures: string[] = [];
	page.on('requestfailed', (request) => failures.push(request.url()));
	page.on('response', (response) => {
		if (response.status() >= 400 && !response.url().endsWith(DEEP_MISSING)) {
			failures.push(`${response.status()} ${response.url()}`);
		}
	});
	page.on('pageerror', (error) => failures.push(error.message));
	await serveLikeAStaticHost(page);
	const response = await page.goto(DEEP_MISSING);
	expect(response?.status()).toBe(404);
	await expectNotFoundPage(page);
	expect(failures).toEqual([]);
	// Its links lead to the real pages from however deep the reader was.
	await page
		.getByRole('link', { name: 'The text of the statement of 21 May 2022', exact: true })
		.click();
	await expect(page).toHaveURL(/\/statements\/2022-05-21-us-rok-leaders-joint-statement$/);
	await expect(page.locator('mark[data-event-id]').first()).toBeVisible();
});

test('404.html works at any depth, with scripts off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await serveLikeAStaticHost(page);
	await page.goto(DEEP_MISSING);
	await expectNotFoundPage(page);
	await context.close();
});
