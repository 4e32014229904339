import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

interface EventRecord {
	id: string;
	track: string;
	statement: string;
	paragraph: string;
	quote: string;
	thread: string | null;
}

const STATEMENTS = [
	'2022-05-21-us-rok-leaders-joint-statement',
	'2023-04-26-us-rok-70th-anniversary-joint-statement'
];

async function loadEvents(page: Page): Promise<EventRecord[]> {
	return (await page.request.get('/events.json')).json();
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const slug of STATEMENTS) {
	test(`${slug.slice(0, 10)}: every quote is highlighted exactly once and every anchor resolves`, async ({
		page
	}) => {
		const events = (await loadEvents(page)).filter((e) => e.statement === slug);
		await page.goto(`/statements/${slug}`);
		const marks = await page.locator('mark[data-event-id]').evaluateAll((els) =>
			els.map((el) => ({
				id: el.getAttribute('data-event-id') ?? '',
				text: el.textContent ?? '',
				paragraph: el.closest('p[id]')?.id ?? ''
			}))
		);
		expect(marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
		for (const event of events) {
			const mark = marks.find((m) => m.id === event.id);
			expect(mark?.paragraph, event.id).toBe(event.paragraph);
			expect(normalise(mark?.text ?? ''), event.id).toBe(
				normalise(event.quote).replace(/<\/?sup>/g, '')
			);
		}
		// Every in-page anchor and every paragraph an event names exists.
		const hrefs = await page
			.locator('main a[href^="#"]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
		const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id)));
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs) expect(ids.has(href.slice(1)), href).toBe(true);
		for (const event of events) expect(ids.has(event.paragraph), event.paragraph).toBe(true);
		// Nothing from the statement file arrives as markup of its own.
		await expect(page.locator('main script, main img, main iframe')).toHaveCount(0);
	});
}

test('from a timeline mark to its paragraph in the statement, and back', async ({ page }) => {
	await page.goto('/?event=washington-declaration-2023');
	const panel = page.locator('[data-detail="washington-declaration-2023"]');
	await expect(panel).toBeVisible();
	await panel.locator('[data-reader-link]').click();
	await expect(page).toHaveURL(
		/\/statements\/2023-04-26-us-rok-70th-anniversary-joint-statement#p-1$/
	);
	await expect(page.locator('#p-1')).toBeInViewport();
	const mark = page.locator('mark[data-event-id="washington-declaration-2023"]');
	await expect(mark).toBeVisible();
	await page.locator('[data-note="washington-declaration-2023"] a').click();
	await expect(page).toHaveURL(/\/\?event=washington-declaration-2023$/);
	await expect(page.locator('[data-detail="washington-declaration-2023"]')).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(/#p-1$/);
});

test('Back from a statement returns to the same place in the list', async ({ page }) => {
	await openTimeline(page);
	// An entry far down the list, reached by scrolling.
	const entry = page.locator('.event-list li[data-event-id]:not([hidden])').last();
	const id = await entry.getAttribute('data-event-id');
	await entry.scrollIntoViewIfNeeded();
	const before = await page.evaluate(() => window.scrollY);
	expect(before).toBeGreaterThan(2000);
	await entry.locator('[data-reader-link]').click();
	await expect(page).toHaveURL(/\/statements\//);
	await page.goBack();
	await expect(page.locator(`.event-list li[data-event-id="${id}"]`)).toBeInViewport();
});

test('the coverage line and the "no event" toggle', async ({ page }) => {
	const events = await loadEvents(page);
	const slug = STATEMENTS[0] ?? '';
	await page.goto(`/statements/${slug}`);
	const paragraphs = page.locator('[data-paragraph]');
	const total = await paragraphs.count();
	const covered = new Set(events.filter((e) => e.statement === slug).map((e) => e.paragraph)).size;
	await expect(page.locator('[data-coverage]')).toContainText(`${covered} of ${total} paragraphs`);
	await page.getByLabel('Show only paragraphs with no event').check();
	await expect(paragraphs).toHaveCount(total - covered);
	if (total === covered) await expect(page.locator('[data-no-uncovered]')).toBeVisible();
	await page.getByLabel('Show only paragraphs with no event').uncheck();
	await expect(paragraphs).toHaveCount(total);
});

test('selecting a threaded event draws connectors to the rest of its thread', async ({ page }) => {
	await page.goto('/?event=extended-deterrence-commitment-2022&from=2022-01-01&to=2024-01-01');
	const links = page.locator('[data-thread-link]');
	await expect(links.first()).toBeAttached();
	expect(await links.count()).toBeGreaterThanOrEqual(3);
	await page.locator('[data-detail] button[aria-label="Close details"]').click();
	await expect(links).toHaveCount(0);
});

test('the compare page: counts agree with the data, and quotes open by keyboard', async ({
	page
}) => {
	const events = await loadEvents(page);
	const [earlier, later] = STATEMENTS;
	await page.goto('/compare');
	const threads = new Map<string, { earlier: number; later: number; tracks: string[] }>();
	for (const event of events) {
		const key = event.thread ?? event.id;
		const entry = threads.get(key) ?? { earlier: 0, later: 0, tracks: [] };
		if (event.statement === earlier) entry.earlier++;
		if (event.statement === later) entry.later++;
		entry.tracks.push(event.track);
		threads.set(key, entry);
	}
	const rows = await page.locator('tr[data-thread]').evaluateAll((els) =>
		els.map((el) => ({
			key: el.getAttribute('data-thread') ?? '',
			cls: el.getAttribute('data-class') ?? '',
			earlier: Number(el.querySelectorAll('td')[0]?.textContent),
			later: Number(el.querySelectorAll('td')[1]?.textContent)
		}))
	);
	expect(rows.map((r) => r.key).sort()).toEqual([...threads.keys()].sort());
	for (const row of rows) {
		const expected = threads.get(row.key);
		expect(row.earlier, row.key).toBe(expected?.earlier);
		expect(row.later, row.key).toBe(expected?.later);
		const cls =
			expected?.earlier && expected.later ? 'continued' : expected?.later ? 'new' : 'dropped';
		expect(row.cls, row.key).toBe(cls);
	}
	for (const track of ['security', 'economy', 'technology', 'global']) {
		const section = page.locator(`[data-compare-track="${track}"]`);
		if ((await section.count()) === 0) continue;
		for (const cls of ['continued', 'new', 'dropped']) {
			const shown = await section.locator(`tr[data-class="${cls}"]`).count();
			await expect(section.locator(`[data-count-class="${cls}"]`)).toHaveText(
				new RegExp(`^${shown} `)
			);
		}
	}

	// Keyboard: Tab to the first thread, Enter shows both statements' quotes.
	const summary = page.locator('tr[data-thread] summary').first();
	await page.locator('h1').click();
	for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	const row = page.locator('tr[data-thread]').first();
	await expect(row.locator('figure[data-quote-of] blockquote').first()).toBeVisible();
	const quoteIds = await row
		.locator('figure[data-quote-of]')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-of')));
	const key = await row.getAttribute('data-thread');
	const expectedIds = events.filter((e) => (e.thread ?? e.id) === key).map((e) => e.id);
	expect(quoteIds.sort()).toEqual(expectedIds.sort());
});
