import { expect, test } from '@playwright/test';
import { axe } from './axe';
import { openTimeline } from './pages';

test.describe('the home page', () => {
	test('shows the title, the counts per track and every event grouped by year', async ({
		page,
		request
	}) => {
		const events: { id: string; track: string; start: string; quote: string }[] = await (
			await request.get('/events.json')
		).json();
		await openTimeline(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('US–ROK Alliance Timeline');

		// The counts per track are in the Filters panel, as a reader opens it.
		await page.getByRole('button', { name: /^Filters/ }).click();
		for (const track of ['security', 'economy', 'technology', 'global']) {
			const expected = events.filter((e) => e.track === track).length;
			const count = page.locator(`[data-filter-option="${track}"] .count`);
			await expect(count).toBeVisible();
			await expect(count).toHaveText(String(expected));
		}
		await page.keyboard.press('Escape');
		await expect(page.locator('#filter-panel')).toBeHidden();
		// The list follows the timeline's window; the whole span lists everything.
		await page
			.getByRole('group', { name: 'Show one year' })
			.getByRole('button', { name: 'All' })
			.click();

		const items = page.locator('.event-list li[data-event-id]:not([hidden])');
		await expect(items).toHaveCount(events.length);
		// The list reads in the same order as the data: chronological.
		expect(
			await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))
		).toEqual(events.map((e) => e.id));

		const years = [...new Set(events.map((e) => e.start.slice(0, 4)))];
		await expect(page.locator('.event-list section.year:not([hidden]) h3')).toHaveCount(
			years.length
		);
		await expect(page.locator('.event-list section.year:not([hidden]) h3').first()).toContainText(
			years[0] ?? ''
		);
	});

	test('shows each event with its quote and a link to the statement it comes from', async ({
		page,
		request
	}) => {
		const events: {
			id: string;
			title: string;
			mentions: { quote: string; statement: string; paragraph: string }[];
		}[] = await (await request.get('/events.json')).json();
		const event = events.find((e) => e.id.startsWith('korus-entry-into-force')) ?? events[0];
		if (!event) throw new Error('no events');
		await page.goto('/?from=1945-01-01&to=2051-01-01');
		const item = page.locator(`.event-list li[data-event-id="${event.id}"]`);
		await expect(item.getByRole('heading')).toHaveText(event.title);
		// Cited by both statements: each statement's words, each linked to its paragraph.
		expect(event.mentions).toHaveLength(2);
		await expect(item.locator('blockquote')).toHaveText(event.mentions.map((m) => m.quote));
		const readerLinks = item.getByRole('link', { name: /Joint statement of/ });
		await expect(readerLinks).toHaveCount(2);
		for (const [index, mention] of event.mentions.entries()) {
			await expect(readerLinks.nth(index)).toHaveAttribute(
				'href',
				`/statements/${mention.statement}#${mention.paragraph}`
			);
			await expect(item.getByRole('link', { name: 'official text' }).nth(index)).toHaveAttribute(
				'href',
				/^https:\/\/www\.whitehouse\.gov\/briefing-room\//
			);
		}
	});

	test('has no accessibility violations', async ({ page }) => {
		test.setTimeout(90_000);
		await openTimeline(page);
		// The list under the chart, most of an axe pass here, is the same list that
		// accessibility.test.ts checks in full on this page with an event open.
		const results = await axe(page).exclude('.event-list').analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes`)).toEqual([]);
	});

	test('without scripts, points to the page that lists every event', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		// The controls and the list that need scripts give way to a note saying so.
		// (Playwright's text engine skips <noscript>, so the note is found by its class.)
		const note = page.locator('p.needs-script');
		await expect(note).toBeVisible();
		await expect(note).toContainText('Filtering, zooming and the chart need JavaScript.');
		await expect(page.locator('[data-timeline]')).toBeHidden();
		await expect(page.locator('.filter-bar')).toBeHidden();
		await expect(page.locator('.event-list')).toBeHidden();
		// The statements' sources stay: they need no script.
		await expect(page.locator('section.sources li').first()).toBeVisible();
		await note.locator('a').click();
		await expect(page).toHaveURL(/\/milestones$/);
		await expect(page.locator('li[data-event-id]').first()).toBeVisible();
		await context.close();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });

	test('once the list has filled in, every year holds all of its entries', async ({ page }) => {
		// Years out of sight skip layout and hold a set size; one holding the size it had while
		// still filling in would let its entries spill over the next year's, under its buttons.
		await openTimeline(page);
		const spills = await page
			.locator('.event-list section.year:not([hidden])')
			.evaluateAll((sections) =>
				sections.flatMap((section) => {
					const bottom = section.getBoundingClientRect().bottom;
					const entries = [...section.querySelectorAll('li:not([hidden])')];
					const lowest = Math.max(...entries.map((li) => li.getBoundingClientRect().bottom));
					const overflow = lowest - bottom;
					return overflow > 1 ? [`${section.getAttribute('aria-labelledby')}: ${overflow}px`] : [];
				})
			);
		expect(spills).toEqual([]);
		const targets = await axe(page).withRules(['target-size']).analyze();
		expect(targets.violations).toEqual([]);
	});
});

test.describe('/events.json', () => {
	test('serves the canonical records sorted by start, then id', async ({ request }) => {
		const response = await request.get('/events.json');
		expect(response.headers()['content-type']).toContain('application/json');
		const events: Record<string, unknown>[] = await response.json();
		expect(events.length).toBeGreaterThan(100);
		const fields = [
			'id',
			'title',
			'summary',
			'track',
			'tracks',
			'kind',
			'status',
			'start',
			'end',
			'precision',
			'thread',
			'mentions',
			'outcome'
		];
		for (const event of events) {
			expect(Object.keys(event)).toEqual(fields);
			for (const mention of event.mentions as object[]) {
				expect(Object.keys(mention)).toEqual(['statement', 'paragraph', 'phrase', 'quote']);
			}
		}
		expect(
			events.filter((e) => (e.mentions as unknown[]).length > 1).length
		).toBeGreaterThanOrEqual(6);
		expect(events.filter((e) => e.outcome !== null).length).toBeGreaterThanOrEqual(28);
		const keys = events.map((e) => `${e.start} ${e.id}`);
		expect(keys).toEqual([...keys].sort());
	});
});

test.describe('what a browser reads before the page can start', () => {
	test('every page carries its styles, so the first paint waits for no stylesheet', async ({
		request
	}) => {
		for (const path of ['/', '/statements/2022-05-21-us-rok-leaders-joint-statement', '/compare']) {
			const html = await (await request.get(path)).text();
			// SvelteKit keeps a link to each inlined sheet, disabled, so the client does not fetch it.
			const blocking = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
				.map(([tag]) => tag)
				.filter((tag) => !/\bdisabled\b/.test(tag));
			expect(blocking, path).toEqual([]);
			expect(html, path).toMatch(/<style\b[^>]*>[^<]*\.timeline|<style\b[^>]*>[^<]*--font-sans/);
		}
	});

	test('/ carries its events as JSON to read, not as a script to run', async ({ request }) => {
		const html = await (await request.get('/')).text();
		const events: { id: string }[] = await (await request.get('/events.json')).json();
		const data = html.match(
			/<script type="application\/json" data-sveltekit-fetched data-url="\/events.json"[^>]*>([^]*?)<\/script>/
		);
		expect(data).not.toBeNull();
		const { body } = JSON.parse(data![1]) as { body: string };
		expect((JSON.parse(body) as { id: string }[]).map((e) => e.id)).toEqual(
			events.map((e) => e.id)
		);
		// The scripts that run (not the JSON) are small: the events are not in them.
		const scripts = [...html.matchAll(/<script(?: [^>]*)?>([^]*?)<\/script>/g)]
			.filter(([tag]) => !tag.includes('application/json'))
			.map(([, text]) => text);
		for (const script of scripts) expect(script.length).toBeLessThan(8_000);
		expect(scripts.join('')).not.toContain(events[0].id);
	});

	test('every script / loads is marked for Chrome to compile whole as it downloads', async ({
		page
	}) => {
		// Every script's text, read in full before anything is checked.
		const reads: Promise<[string, string]>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') {
				const path = new URL(response.url()).pathname;
				reads.push(response.text().then((text) => [path, text]));
			}
		});
		await page.goto('/');
		await page.locator('[data-timeline][data-drawn]').waitFor({ state: 'attached' });
		const scripts = new Map(await Promise.all(reads));
		expect(scripts.size).toBeGreaterThan(3);
		for (const [path, text] of scripts) {
			expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), path).toBe(true);
		}
	});
});
