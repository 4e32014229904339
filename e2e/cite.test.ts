/**
 * "Cite" on a statement's paragraph and in an event's detail: the citation a reader sees and
 * copies, dated the day they read it, and both statements as files for reference managers.
 */
import { expect, test } from '@playwright/test';
import { axe } from './axe';
import { openChart } from './pages';

const SEOUL = '/statements/2022-05-21-us-rok-leaders-joint-statement';
const SEOUL_URL =
	'https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/21/united-states-republic-of-korea-leaders-joint-statement/';

test.beforeEach(async ({ page }) => {
	// The access date is the reader's day: hold the clock on one.
	await page.clock.setFixedTime(new Date('2026-12-07T10:00:00'));
});

test('a paragraph of a statement is cited in Chicago and APA, and copied', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(SEOUL);
	const row = page.locator('[data-paragraph="p-3"]');
	await row.locator('summary').click();
	const chicago = `The White House, “United States-Republic of Korea Leaders’ Joint Statement,” May 21, 2022, par. 3, accessed December 7, 2026, ${SEOUL_URL}.`;
	await expect(row.locator('[data-cite="chicago"]')).toHaveText(chicago);
	await expect(row.locator('[data-cite="apa"]')).toHaveText(
		`The White House. (2022, May 21). United States-Republic of Korea leaders’ joint statement. Retrieved December 7, 2026, from ${SEOUL_URL}`
	);
	await expect(row.locator('[data-cite="apa"] i')).toHaveText(
		'United States-Republic of Korea leaders’ joint statement'
	);
	await expect(row.locator('[data-cite="apa-in-text"]')).toHaveText(
		'In text: (The White House, 2022, para. 3)'
	);

	await row.getByRole('button', { name: 'Copy Chicago' }).click();
	await expect(row.getByRole('status')).toHaveText('Chicago citation copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chicago);

	const results = await axe(page).include('[data-paragraph="p-3"]').analyze();
	expect(results.violations).toEqual([]);
});

test('each paragraph offers its own Cite, named for screen readers', async ({ page }) => {
	await page.goto(SEOUL);
	const paragraphs = await page.locator('[data-paragraph]').count();
	expect(paragraphs).toBeGreaterThan(20);
	await expect(page.locator('[data-cite-menu]')).toHaveCount(paragraphs);
	await expect(page.locator('[data-paragraph="p-12"] summary')).toHaveText('Cite paragraph 12');
});

test("an event's detail cites the paragraph its words come from", async ({ page }) => {
	await openChart(page, '/?event=washington-declaration-2023');
	const panel = page.locator('[data-detail="washington-declaration-2023"]');
	await panel.locator('summary', { hasText: 'Cite' }).click();
	await expect(panel.locator('[data-cite="chicago"]')).toContainText(
		'The White House, “Leaders’ Joint Statement in Commemoration of the 70th Anniversary of the Alliance between the United States of America and the Republic of Korea,” April 26, 2023, par. 1, accessed December 7, 2026, https://www.whitehouse.gov/'
	);
	await expect(panel.locator('[data-cite="apa-in-text"]')).toHaveText(
		'In text: (The White House, 2023, para. 1)'
	);
});

test('both statements download as RIS and CSL-JSON', async ({ page, request }) => {
	await page.goto(SEOUL);
	const row = page.locator('[data-paragraph="p-1"]');
	await row.locator('summary').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		row.locator('[data-cite-file="ris"]').click()
	]);
	expect(download.suggestedFilename()).toBe('statements.ris');

	const risText = await (await request.get('/statements.ris')).text();
	expect(risText.match(/^TY {2}- ELEC\r$/gm)).toHaveLength(2);
	expect(risText).toContain(`UR  - ${SEOUL_URL}\r\n`);
	const csl = await (await request.get('/statements.csl.json')).json();
	expect(csl.map((item: { id: string; issued: unknown }) => [item.id, item.issued])).toEqual([
		['2022-05-21-us-rok-leaders-joint-statement', { 'date-parts': [[2022, 5, 21]] }],
		['2023-04-26-us-rok-70th-anniversary-joint-statement', { 'date-parts': [[2023, 4, 26]] }]
	]);
});

test('a Cite opened before the page comes alive shows its citations once it does', async ({
	page
}) => {
	// The page's scripts wait until the reader has pressed "Cite", as on a slow phone.
	let release = () => {};
	const scripts = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await scripts;
		await route.continue();
	});
	await page.goto(SEOUL, { waitUntil: 'domcontentloaded' });
	const row = page.locator('[data-paragraph="p-1"]');
	await row.locator('summary').click();
	release();
	await expect(row.locator('[data-cite="chicago"]')).toContainText('par. 1');
	await expect(row.locator('[data-cite-file="ris"]')).toBeVisible();
});
