import { expect, test } from '@playwright/test';
import { csvParse } from 'd3';
import ICAL from 'ical.js';

interface EventRecord {
	id: string;
	tracks: string[];
	start: string;
	end: string | null;
	mentions: { quote: string }[];
	outcome: { result: string } | null;
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
		// One row per event; a record cited twice joins its quotes, one line each.
		expect(rows.map((row) => row.quote)).toEqual(
			events.map((e) => e.mentions.map((m) => m.quote).join('\n'))
		);
		expect(rows.map((row) => row.outcome || null)).toEqual(
			events.map((e) => e.outcome?.result ?? null)
		);
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
			for (const mention of events[index]?.mentions ?? []) {
				expect(String(vevent.getFirstPropertyValue('description'))).toContain(`“${mention.quote}”`);
			}
		});
	});
});
