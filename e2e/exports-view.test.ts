import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

interface EventRecord {
	id: string;
	track: string;
	status: string;
	start: string;
	end: string | null;
}

/** The file a format of "Export this view" saves: its name and its bytes. */
async function saveView(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
	await page.getByText('Export this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-export="${format}"]`).click()
	]);
	return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function exportView(page: Page, format: string): Promise<string> {
	return (await saveView(page, format)).bytes.toString('utf8');
}

test('a filtered view downloads exactly its events as CSV and JSON, named after the view', async ({
	page
}) => {
	// What the view must hold, worked out here from /events.json rather than read off the page:
	// economy, announced, and touching 2022 or 2023.
	const all: EventRecord[] = await (await page.request.get('/events.json')).json();
	const expected = all
		.filter((e) => e.track === 'economy' && e.status === 'announced')
		.filter((e) => e.start < '2024-01-01' && (e.end ?? e.start) >= '2022-01-01')
		.map((e) => e.id);
	expect(expected.length).toBeGreaterThan(5);
	await openTimeline(page, '/?track=economy&status=announced&from=2022-01-01&to=2024-01-01');

	const csv = await saveView(page, 'csv');
	expect(csv.name).toBe('alliance-timeline-2022-2023-economy-announced.csv');
	// A byte-order mark first, so a spreadsheet reads the file as UTF-8.
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = csvParse(csv.bytes.toString('utf8').slice(1));
	expect(rows.map((r) => r.id)).toEqual(expected);
	await expect(page.getByRole('status')).toHaveText(`Saved ${expected.length} events as CSV.`);

	const json = await saveView(page, 'json');
	expect(json.name).toBe('alliance-timeline-2022-2023-economy-announced.json');
	const records: { id: string }[] = JSON.parse(json.bytes.toString('utf8'));
	expect(records.map((e) => e.id)).toEqual(expected);
});

test('the CSV saved from the page is for spreadsheets; /events.csv stays plain RFC 4180', async ({
	page
}) => {
	// A search is the one place a reader's own words reach a saved file: its name.
	await openTimeline(page, '/?q=Yoon&from=2022-01-01&to=2023-01-01');
	const saved = await saveView(page, 'csv');
	expect(saved.name).toBe('alliance-timeline-2022-yoon.csv');
	const plain = await (await page.request.get('/events.csv')).body();
	expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
	expect(plain.toString('utf8').startsWith('id,title,')).toBe(true);
	// No cell of the statements starts like a formula, so past its mark the saved file says
	// exactly what /events.csv says of the same events.
	const savedRows = csvParse(saved.bytes.toString('utf8').slice(1));
	const ids = new Set(savedRows.map((r) => r.id));
	expect(ids.size).toBeGreaterThan(0);
	const plainRows = csvParse(plain.toString('utf8')).filter((r) => ids.has(r.id));
	expect([...savedRows]).toEqual([...plainRows]);
});

test('the calendar export of a view holds one entry per event in it', async ({ page }) => {
	await openTimeline(page, '/?kind=meeting,dialogue,summit');
	const listed = await page
		.locator('.event-list li[data-event-id]:not([hidden])')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	const ics = await exportView(page, 'ics');
	const uids = [...ics.matchAll(/^UID:([a-z0-9-]+)@/gm)].map((m) => m[1]);
	expect(uids).toEqual(listed);
	expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
});

test('the SVG snapshot is well-formed, self-contained and shows every visible mark', async ({
	page
}) => {
	await openTimeline(page, '/?track=security,technology&from=2022-01-01&to=2024-01-01');
	const onScreen = await page
		.locator('[data-timeline] [data-track] [data-event-id], [data-timeline] [data-cluster]')
		.evaluateAll((els) =>
			els.map((el) => el.getAttribute('data-event-id') ?? el.getAttribute('data-cluster'))
		);
	const namesOnScreen = await page
		.locator('[data-timeline] [data-label-for]')
		.evaluateAll((els) => els.map((el) => [el.getAttribute('data-label-for'), el.textContent]));
	expect(namesOnScreen.length).toBeGreaterThan(10);
	const svg = await exportView(page, 'svg');
	const inPicture = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		if (doc.querySelector('parsererror')) return null;
		return {
			marks: [...doc.querySelectorAll('[data-event-id], [data-cluster]')].map(
				(el) => el.getAttribute('data-event-id') ?? el.getAttribute('data-cluster')
			),
			names: [...doc.querySelectorAll('[data-label-for]')].map((el) => [
				el.getAttribute('data-label-for'),
				el.textContent
			]),
			text: doc.documentElement.textContent ?? '',
			links: [...doc.querySelectorAll('[href], [src]')].length
		};
	}, svg);
	expect(inPicture).not.toBeNull();
	expect(inPicture?.marks).toEqual(onScreen);
	// Every name the reader sees on the chart, cut where the chart cuts it.
	expect(inPicture?.names).toEqual(namesOnScreen);
	expect(inPicture?.text).toContain('US–ROK Alliance Timeline');
	expect(inPicture?.text).toContain('Tracks: Security, Technology');
	expect(inPicture?.text).toContain('1 Jan 2022 – 31 Dec 2023');
	expect(inPicture?.text).toContain('joint statements of 21 May 2022 and 26 Apr 2023');
	expect(inPicture?.links).toBe(0);
	// The picture's legend says what the one under the chart says, every shape included.
	const legend = await page.locator('.legend li').allTextContents();
	expect(legend.length).toBeGreaterThan(8);
	for (const entry of legend) expect(inPicture?.text).toContain(entry.trim());
	// Nothing in it reaches out: no stylesheet, font or image to fetch.
	expect(svg).not.toMatch(/@import|@font-face|<image|xlink:href="http/);
});

test('the PNG snapshot is twice the size of the picture', async ({ page }) => {
	await openTimeline(page);
	await page.getByText('Export this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export="png"]').click()
	]);
	const bytes = await readFile(await download.path());
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	const width = bytes.readUInt32BE(16);
	const chartWidth = await page
		.locator('[data-timeline] svg[role="group"]')
		.evaluate((el) => (el as SVGSVGElement).width.baseVal.value);
	expect(width).toBe(Math.round(chartWidth * 2));
});

test('a picture saved in the dark theme keeps the page’s dark colours and font', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openTimeline(page);
	const theme = await page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return {
			surface: style.getPropertyValue('--surface').trim(),
			text: style.getPropertyValue('--text').trim(),
			font: getComputedStyle(document.body).fontFamily
		};
	});
	expect(theme.surface).toBe('#0f1419');
	const svg = await exportView(page, 'svg');
	const picture = await page.evaluate((text) => {
		const root = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
		return {
			surface: root.querySelector(':scope > rect')?.getAttribute('fill'),
			text: root.querySelector(':scope > text')?.getAttribute('fill'),
			font: root.getAttribute('font-family')
		};
	}, svg);
	// The names were cut to widths measured in the page's font: the picture sets them in it too.
	expect(picture).toEqual(theme);
});
