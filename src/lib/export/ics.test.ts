import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Status } from '../model/event';
import { escapeText, eventsToIcs, foldLine } from './ics';
import { makeEvent as event } from '../model/testing';

const TITLES: Record<string, string> = { 'seoul-2022': 'Leaders’ Joint Statement, Seoul' };
const OPTIONS = {
	siteUrl: 'https://alliance-timeline.example',
	statementTitles: TITLES,
	now: new Date('2023-04-26T00:00:00Z')
};

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replaceAll('\r\n ', '');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The value of the first unfolded content line named `name` (parameters included). */
const property = (ics: string, name: string) =>
	unfold(ics)
		.split('\r\n')
		.find((line) => line.startsWith(name))
		?.slice(name.length);

describe('escapeText', () => {
	it.each([
		{ name: 'plain text', text: 'Biden–Yoon summit', expected: 'Biden–Yoon summit' },
		{ name: 'comma', text: 'peace, prosperity', expected: 'peace\\, prosperity' },
		{ name: 'semicolon', text: 'Seoul; Washington', expected: 'Seoul\\; Washington' },
		{ name: 'backslash', text: 'a\\b', expected: 'a\\\\b' },
		{ name: 'a backslash before n stays text', text: '\\n', expected: '\\\\n' },
		{ name: 'line feed', text: 'one\ntwo', expected: 'one\\ntwo' },
		{ name: 'CRLF is one newline', text: 'one\r\ntwo', expected: 'one\\ntwo' },
		{ name: 'lone CR', text: 'one\rtwo', expected: 'one\\ntwo' },
		{ name: 'colon and quotes need nothing', text: 'a: "b"', expected: 'a: "b"' },
		{ name: 'everything at once', text: '\\,;\n', expected: '\\\\\\,\\;\\n' }
	])('$name', ({ text, expected }) => {
		expect(escapeText(text)).toBe(expected);
	});
});

describe('foldLine', () => {
	const ascii = (n: number) => 'x'.repeat(n);
	it.each([
		{ name: 'short ASCII', line: 'SUMMARY:Summit' },
		{ name: 'exactly 75 octets', line: ascii(75) },
		{ name: '76 octets', line: ascii(76) },
		{ name: 'many folds', line: ascii(400) },
		{ name: 'Korean (3 octets each)', line: `SUMMARY:${'한미동맹 70주년 '.repeat(20)}` },
		{ name: 'emoji (4 octets, surrogate pairs)', line: `X:${'🇰🇷🤝🇺🇸'.repeat(30)}` },
		{ name: 'mixed widths at every offset', line: `${ascii(73)}é한😀${'aé한😀'.repeat(40)}` }
	])('$name: physical lines ≤ 75 octets, whole characters, unfolds back', ({ line }) => {
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		for (const part of physical) {
			expect(octets(part)).toBeLessThanOrEqual(75);
			expect(part).not.toMatch(LONE_SURROGATE);
		}
		for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(unfold(folded)).toBe(line);
		// Folds only when it must.
		expect(physical.length > 1).toBe(octets(line) > 75);
	});

	it('fills each line to the limit rather than folding early', () => {
		expect(
			foldLine(ascii(75 + 74 + 1))
				.split('\r\n')
				.map(octets)
		).toEqual([75, 75, 2]);
	});
});

describe('eventsToIcs', () => {
	it('writes CRLF line ends only, ending with one, and every line within 75 octets', () => {
		const ics = eventsToIcs(
			[
				event({
					title: '한미 정상회담: 동맹 70주년을 기념하며 🇰🇷🤝🇺🇸, 워싱턴에서',
					summary: '대한민국과 미국은 '.repeat(30),
					quote: '🤝'.repeat(60)
				})
			],
			OPTIONS
		);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) {
			expect(octets(line)).toBeLessThanOrEqual(75);
			expect(line).not.toMatch(LONE_SURROGATE);
		}
		expect(property(ics, 'SUMMARY:')).toBe(
			'한미 정상회담: 동맹 70주년을 기념하며 🇰🇷🤝🇺🇸\\, 워싱턴에서'
		);
	});

	it.each([
		{ name: 'one day', start: '2022-05-21', end: null, dtend: '20220522' },
		{ name: 'a two-day meeting', start: '2021-12-09', end: '2021-12-10', dtend: '20211211' },
		{ name: 'a month', start: '2022-06-01', end: '2022-06-30', dtend: '20220701' },
		{ name: 'a leap February', start: '2024-02-01', end: '2024-02-29', dtend: '20240301' },
		{ name: 'the last day of a year', start: '2022-12-31', end: null, dtend: '20230101' },
		{ name: 'a window to year end', start: '2022-06-01', end: '2022-12-31', dtend: '20230101' },
		{ name: 'a winter season', start: '2022-12-01', end: '2023-02-28', dtend: '20230301' },
		{ name: 'a war', start: '1950-06-25', end: '1953-07-27', dtend: '19530728' }
	])('$name: DTEND is the day after the last day', ({ start, end, dtend }) => {
		const ics = eventsToIcs([event({ start, end })], OPTIONS);
		expect(property(ics, 'DTSTART;VALUE=DATE:')).toBe(start.replaceAll('-', ''));
		expect(property(ics, 'DTEND;VALUE=DATE:')).toBe(dtend);
	});

	it.each([
		{ status: 'historical', expected: 'CONFIRMED' },
		{ status: 'held', expected: 'CONFIRMED' },
		{ status: 'announced', expected: 'TENTATIVE' },
		{ status: 'planned', expected: 'TENTATIVE' },
		{ status: 'target', expected: 'TENTATIVE' }
	] satisfies { status: Status; expected: string }[])('$status → STATUS:$expected', (c) => {
		expect(property(eventsToIcs([event({ status: c.status })], OPTIONS), 'STATUS:')).toBe(
			c.expected
		);
	});

	it('is the same text for the same events and `now`', () => {
		const events = [event({ id: 'a' }), event({ id: 'b' })];
		const ics = eventsToIcs(events, OPTIONS);
		expect(eventsToIcs(events, { ...OPTIONS, now: new Date(OPTIONS.now) })).toBe(ics);
		expect(property(ics, 'DTSTAMP:')).toBe('20230426T000000Z');
	});

	it('links to the event on the site, with or without a trailing slash', () => {
		const ics = eventsToIcs([event({ id: 'ncg-2023' })], {
			...OPTIONS,
			siteUrl: 'https://example.org/timeline/'
		});
		expect(property(ics, 'URL:')).toBe('https://example.org/timeline/?event=ncg-2023');
	});

	it('writes one entry for a record two statements cite, with both quotes and the outcome', () => {
		const ics = eventsToIcs(
			[
				event({
					mentions: [
						{ statement: 'seoul-2022', paragraph: 'p-1', phrase: null, quote: 'first' },
						{ statement: 'washington-2023', paragraph: 'p-2', phrase: null, quote: 'second' }
					],
					outcome: {
						result: 'done',
						statement: 'washington-2023',
						paragraph: 'p-5',
						quote: 'it was held',
						start: null,
						end: null,
						precision: null,
						record: null,
						lead: null
					}
				})
			],
			OPTIONS
		);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(property(ics, 'DESCRIPTION:')).toBe(
			'They meet.\\n\\n“first” — Leaders’ Joint Statement\\, Seoul\\n\\n“second”\\n\\nOutcome: Done: “it was held”\\n\\nday: on 21 May 2022'
		);
	});

	it('cites the quote without a title when the statement has none', () => {
		const ics = eventsToIcs([event({ statement: 'unknown' })], OPTIONS);
		expect(property(ics, 'DESCRIPTION:')).toBe(
			'They meet.\\n\\n“welcomes”\\n\\nday: on 21 May 2022'
		);
	});
});

describe('parsed by ical.js', () => {
	/** Tricky text in every escaped property, and the precision sentence each should carry. */
	const CASES = [
		{
			event: event({
				id: 'us-rok-summit-seoul-2022',
				title: 'Biden–Yoon summit in Seoul',
				summary: 'President Yoon hosts President Biden; the earliest meeting, in a term.',
				tracks: ['global', 'security', 'economy'],
				track: 'global',
				quote: 'President Yoon Suk Yeol welcomes President Joseph R. Biden to the Republic of Korea'
			}),
			precision: 'day: on 21 May 2022'
		},
		{
			event: event({
				id: 'supply-chain-dialogue-2022',
				title: 'Supply chain, and "economic security", dialogue',
				summary: 'Ministers meet\nlater in the year.',
				track: 'economy',
				tracks: ['economy', 'technology'],
				status: 'planned',
				start: '2022-06-01',
				end: '2022-06-30',
				precision: 'month',
				phrase: 'in June',
				quote: 'launch a \\ supply-chain; dialogue, 한미 공급망 대화 🤝'
			}),
			precision: 'month: sometime in Jun 2022'
		},
		{
			event: event({
				id: 'cited-twice',
				kind: 'agreement',
				status: 'historical',
				start: '1953-10-01',
				mentions: [
					{ statement: 'seoul-2022', paragraph: 'p-3', phrase: null, quote: 'the Treaty; signed' },
					{ statement: 'washington-2023', paragraph: 'p-1', phrase: null, quote: '70 years, on' }
				]
			}),
			precision: 'day: on 1 Oct 1953'
		},
		{
			event: event({
				id: 'net-zero-2050',
				title: 'Net zero',
				status: 'target',
				start: '2050-01-01',
				end: '2050-12-31',
				precision: 'year',
				statement: 'washington-2023'
			}),
			precision: 'year: sometime in 2050'
		}
	];
	const calendar = new ICAL.Component(
		ICAL.parse(
			eventsToIcs(
				CASES.map((c) => c.event),
				OPTIONS
			)
		)
	);
	const vevents = calendar.getAllSubcomponents('vevent');

	it('reads a calendar with one VEVENT per event', () => {
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//alliance-timeline//EN');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('US–ROK Alliance Timeline');
		expect(vevents).toHaveLength(CASES.length);
	});

	it.each(CASES.map((c, index) => ({ ...c, id: c.event.id, index })))(
		'$id',
		({ event: source, precision, index }) => {
			const vevent = vevents[index]!;
			expect(vevent.getFirstPropertyValue('uid')).toBe(`${source.id}@alliance-timeline`);
			expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe(source.start);
			const lastDay = new Date(`${source.end ?? source.start}T00:00:00Z`);
			lastDay.setUTCDate(lastDay.getUTCDate() + 1);
			expect(String(vevent.getFirstPropertyValue('dtend'))).toBe(
				lastDay.toISOString().slice(0, 10)
			);
			expect(vevent.getFirstPropertyValue('summary')).toBe(source.title);
			expect(vevent.getFirstProperty('categories')?.getValues()).toEqual(source.tracks);
			const description = String(vevent.getFirstPropertyValue('description'));
			expect(description).toContain(source.summary);
			for (const mention of source.mentions) {
				const title = TITLES[mention.statement];
				expect(description).toContain(`“${mention.quote}”${title ? ` — ${title}` : ''}`);
			}
			expect(description).toContain(precision);
			expect(vevent.getFirstPropertyValue('url')).toBe(
				`https://alliance-timeline.example/?event=${source.id}`
			);
		}
	);
});
