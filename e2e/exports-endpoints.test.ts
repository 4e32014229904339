import { expect, test } from '@playwright/test';
import { csvParse } from 'd3';
import ICAL from 'ical.js';

interface EventRecord {
	id: string;
	tracks: string[];
	start: string;
	end: string | null;
	quote: string;
}

/** The calendar day after `day`: an all-day DTEND is exclusive. */
function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

test.describe('the export endpoints', () => {
	test('serve the same events as /events.json, in the same order', async ({ request }) => {
		const [json, csv, ics] = await Promise.all([
			request.get('/events.json'),
			request.get('/events.csv'),
			request.get('/events.ics')
		]);
		for (const response of [json, csv, ics]) expect(response.status()).toBe(200);
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect(ics.headers()['content-type']).toContain('text/calendar');

		const events: EventRecord[] = await json.json();
		expect(events.length).toBeGreaterThan(100);
		const ids = events.map((e) => e.id);

		const rows = csvParse(await csv.text());
		expect(rows.map((row) => row.id)).toEqual(ids);
		expect(rows.map((row) => [row.start, row.end || null])).toEqual(
			events.map((e) => [e.start, e.end])
		);
		expect(rows.map((row) => row.quote)).toEqual(events.map((e) => e.quote));
		expect(rows.map((row) => row.tracks?.split(';'))).toEqual(events.map((e) => e.tracks));

		const icsText = await ics.text();
		// Every physical line of the calendar stays within RFC 5545's 75 octets.
		for (const line of icsText.split('\r\n')) {
			expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		}
		const vevents = new ICAL.Component(ICAL.parse(icsText)).getAllSubcomponents('vevent');
		expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(
			ids.map((id) => `${id}@alliance-timeline`)
		);
		expect(
			vevents.map((v) => [
				String(v.getFirstPropertyValue('dtstart')),
				String(v.getFirstPropertyValue('dtend'))
			])
		).toEqual(events.map((e) => [e.start, nextDay(e.end ?? e.start)]));
		vevents.forEach((vevent, index) => {
			expect(String(vevent.getFirstPropertyValue('description'))).toContain(
				`“${events[index]?.quote}”`
			);
		});
	});
});
