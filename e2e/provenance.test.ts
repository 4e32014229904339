import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

interface Mention {
	statement: string;
	paragraph: string;
	quote: string;
}
interface EventRecord {
	id: string;
	title: string;
	track: string;
	kind: string;
	status: string;
	thread: string | null;
	mentions: Mention[];
	outcome: {
		result: string;
		statement: string;
		paragraph: string | null;
		quote: string | null;
		record: string | null;
		lead: number | null;
	} | null;
}

/** Each event's words in one statement, one entry per mention. */
const mentionsIn = (events: EventRecord[], slug: string) =>
	events.flatMap((e) =>
		e.mentions.filter((m) => m.statement === slug).map((m) => ({ id: e.id, ...m }))
	);

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
		const events = mentionsIn(await loadEvents(page), slug);
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
	const note = page.locator('[data-note="washington-declaration-2023"] a');
	await expect(note).toHaveAttribute('href', '/?event=washington-declaration-2023');
	await note.click();
	// Once there, the page adds the window it centred on the event to the link.
	await expect(page).toHaveURL(/\/\?(from=[\d-]+&to=[\d-]+&)?event=washington-declaration-2023$/);
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
	const covered = new Set(mentionsIn(events, slug).map((m) => m.paragraph)).size;
	await expect(page.locator('[data-coverage]')).toContainText(`${covered} of ${total} paragraphs`);
	await page.getByLabel('Show only paragraphs with no event').check();
	await expect(paragraphs).toHaveCount(total - covered);
	if (total === covered) await expect(page.locator('[data-no-uncovered]')).toBeVisible();
	await page.getByLabel('Show only paragraphs with no event').uncheck();
	await expect(paragraphs).toHaveCount(total);
});

test('selecting a threaded event draws connectors to the rest of its thread', async ({ page }) => {
	// The connectors' code loads with the first selected event, so they arrive a moment after the
	// chart.
	await openTimeline(
		page,
		'/?event=extended-deterrence-commitment-2022&from=2022-01-01&to=2024-01-01'
	);
	const links = page.locator('[data-thread-link]');
	await expect.poll(() => links.count()).toBeGreaterThanOrEqual(3);
	await page.locator('[data-detail] button[aria-label="Close details"]').click();
	await expect(links).toHaveCount(0);
});

test('the follow-through page: counts agree with /events.json and with the timeline', async ({
	page
}) => {
	const events = await loadEvents(page);
	const [earlier, later] = STATEMENTS;
	await page.goto('/compare');
	const followed = events.filter(
		(e) => e.mentions[0]?.statement === earlier && e.outcome?.statement === later
	);
	const OUTCOMES = ['done', 'continued', 'expanded', 'not-mentioned'];
	const LABELS: Record<string, string> = { 'not-mentioned': 'not mentioned' };
	const count = (track: string, result: string) =>
		followed.filter((e) => e.track === track && e.outcome?.result === result).length;

	// Every commitment of the earlier statement is listed once, under its track, with its outcome.
	const listed = await page.locator('[data-commitment]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-commitment') ?? '',
			outcome: el.getAttribute('data-outcome') ?? '',
			track: el.closest('[data-compare-track]')?.getAttribute('data-compare-track') ?? ''
		}))
	);
	expect(listed.map((c) => c.id).sort()).toEqual(followed.map((e) => e.id).sort());
	for (const item of listed) {
		const event = followed.find((e) => e.id === item.id);
		expect([item.track, item.outcome], item.id).toEqual([event?.track, event?.outcome?.result]);
	}
	const totals = OUTCOMES.map(
		(result) =>
			`${followed.filter((e) => e.outcome?.result === result).length} ${LABELS[result] ?? result}`
	).join(', ');
	await expect(page.locator('[data-totals]')).toContainText(
		`2022: ${followed.length} commitments: ${totals}.`
	);
	for (const track of ['security', 'economy', 'technology', 'global']) {
		for (const result of OUTCOMES) {
			const expected = count(track, result);
			await expect(
				page.locator(`[data-counts="${track}"] [data-count-outcome="${result}"]`)
			).toHaveText(`${expected} ${LABELS[result] ?? result}`);
			const part = page.locator(`[data-bar="${track}"] [data-part="${result}"]`);
			if (expected === 0) await expect(part).toHaveCount(0);
			else await expect(part).toHaveText(String(expected));
		}
	}
	// Evidence is shown in the later statement's words, or said to be absent.
	for (const event of followed.slice(0, 8)) {
		const evidence = page.locator(`[data-evidence="${event.id}"]`);
		if (event.outcome?.quote)
			await expect(evidence.locator('blockquote')).toHaveText(event.outcome.quote);
		else await expect(evidence).toContainText('Not mentioned');
	}

	// A count's link opens the timeline showing exactly those commitments.
	const link = page.locator('[data-counts="technology"] [data-count-outcome="not-mentioned"]');
	await link.click();
	await expect(page).toHaveURL(/outcome=not-mentioned/);
	await expect(page.locator('[data-shown-count]')).toHaveAttribute(
		'data-shown-count',
		String(count('technology', 'not-mentioned'))
	);
});

test('a record two statements cite: one mark, both quotes, each highlighted in its own statement', async ({
	page
}) => {
	const events = await loadEvents(page);
	const cited = events.find((e) => new Set(e.mentions.map((m) => m.statement)).size === 2);
	if (!cited) throw new Error('no record cited by both statements');
	await openTimeline(page, `/?event=${cited.id}`);
	await expect(page.locator(`[data-timeline] [data-event-id="${cited.id}"]`)).toHaveCount(1);
	const panel = page.locator(`[data-detail="${cited.id}"]`);
	await expect(panel.locator('[data-cited-in]')).toHaveText(/Cited in 2022 and 2023/);
	await expect(panel.locator('[data-mention] blockquote')).toHaveText(
		cited.mentions.map((m) => m.quote)
	);
	for (const mention of cited.mentions) {
		await page.goto(`/statements/${mention.statement}#${mention.paragraph}`);
		await expect(
			page.locator(`p[id="${mention.paragraph}"] mark[data-event-id="${cited.id}"]`)
		).toHaveCount(1);
	}
});

/** The pledge the comparison leads with, and the later record that carried it. */
async function leadingPledge(page: Page): Promise<{ pledge: EventRecord; record: EventRecord }> {
	const events = await loadEvents(page);
	const pledge = events.find((e) => e.outcome?.lead === 1);
	const record = events.find((e) => e.id === pledge?.outcome?.record);
	if (!pledge || !record) throw new Error('no leading pledge with an evidence record');
	return { pledge, record };
}

test('a pledge whose evidence is a record: its outcome connector, and links both ways', async ({
	page
}) => {
	const { pledge, record } = await leadingPledge(page);
	expect(record.title).toBe('Washington Declaration adopted');
	await openTimeline(page, `/?event=${pledge.id}&from=2022-01-01&to=2023-12-31`);
	await expect(page.locator(`[data-outcome-link="${pledge.id}"]`)).toHaveCount(1);
	const panel = page.locator(`[data-detail="${pledge.id}"]`);
	const named = panel.locator(`[data-outcome-record="${record.id}"]`);
	await expect(named).toContainText(`Expanded: ${record.title}`);
	await named.getByRole('button', { name: record.title }).click();
	await expect(page).toHaveURL(new RegExp(`event=${record.id}$`));
	const back = page.locator(`[data-detail="${record.id}"] [data-follows-from="${pledge.id}"]`);
	await expect(back).toHaveText(pledge.title);
	await expect(page.locator(`[data-detail="${record.id}"] .follows`)).toContainText(
		`Expands the pledge of 21 May 2022: ${pledge.title}`
	);
	await back.click();
	await expect(page).toHaveURL(new RegExp(`event=${pledge.id}$`));
	await expect(page.locator(`[data-detail="${pledge.id}"]`)).toBeVisible();
});

test('a restated position reads "Restated on" the later statement\'s day', async ({ page }) => {
	const events = await loadEvents(page);
	const restated = events.find(
		(e) => e.outcome?.result === 'continued' && e.outcome.record && e.id.startsWith('free-open')
	);
	if (!restated?.outcome?.record) throw new Error('no restated position on file');
	await openTimeline(page, `/?event=${restated.id}`);
	await expect(
		page.locator(
			`[data-detail="${restated.id}"] [data-outcome-record="${restated.outcome.record}"]`
		)
	).toContainText('Restated on 26 Apr 2023');
});

test('selecting a pledge draws its connector to the evidence record, whose mark is in view', async ({
	page
}) => {
	const { pledge, record } = await leadingPledge(page);
	await openTimeline(page, `/?event=${pledge.id}&from=2022-01-01&to=2023-12-31`);
	await expect(page.locator(`[data-outcome-link="${pledge.id}"]`)).toHaveCount(1);
	await expect(page.locator(`[data-timeline] [data-event-id="${record.id}"]`)).toBeInViewport();
});

test('the follow-through page leads with the largest follow-throughs and says what "not mentioned" means', async ({
	page
}) => {
	const events = await loadEvents(page);
	const leading = events
		.filter((e) => e.outcome?.lead != null)
		.sort((a, b) => (a.outcome?.lead ?? 0) - (b.outcome?.lead ?? 0));
	expect(leading.length).toBeGreaterThanOrEqual(3);
	await page.goto('/compare');
	const items = page.locator('[data-leading] [data-leading-item]');
	await expect(items).toHaveCount(leading.length);
	expect(
		await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-leading-item')))
	).toEqual(leading.map((e) => e.id));
	await expect(items.first()).toContainText('Washington Declaration adopted');
	await expect(items.first()).toContainText('expands the 2022 pledge');
	// Above the bars and the totals, as the page's first answer.
	const [list, totals] = await Promise.all([
		page.locator('[data-leading]').boundingBox(),
		page.locator('[data-totals]').boundingBox()
	]);
	expect(list!.y).toBeLessThan(totals!.y);
	await expect(page.locator('[data-not-mentioned-meaning]')).toContainText(
		'means not mentioned in the 2023 statement, not “not done”'
	);
});
