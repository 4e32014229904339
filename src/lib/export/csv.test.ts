import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { AllianceEvent, Mention, Track } from '../model/event';
import { CSV_COLUMNS, MENTION_SEPARATOR, eventsToCsv, spreadsheetSafe } from './csv';
import { makeEvent as event } from '../model/testing';

const COLUMNS = CSV_COLUMNS.map(([name]) => name);
type Column = (typeof COLUMNS)[number];
const HEADER = COLUMNS.join(',');
/** The cells of `event()` as written, so each case states only the cell it changes. */
const BASE: Record<Column, string> = {
	id: 'summit',
	title: 'Summit',
	summary: 'They meet.',
	track: 'security',
	tracks: 'security',
	kind: 'summit',
	status: 'held',
	start: '2022-05-21',
	end: '',
	precision: 'day',
	thread: '',
	statement: 'seoul-2022',
	paragraph: 'p-1',
	phrase: '',
	quote: 'welcomes',
	outcome: '',
	outcome_statement: '',
	outcome_paragraph: '',
	outcome_quote: '',
	outcome_start: '',
	outcome_end: '',
	outcome_precision: ''
};
const row = (cells: Partial<typeof BASE>) =>
	COLUMNS.map((field) => cells[field] ?? BASE[field]).join(',');

describe('eventsToCsv', () => {
	it.each([
		{ name: 'plain values', fields: {}, cells: {} },
		{ name: 'null as an empty field', fields: { end: null, thread: null }, cells: {} },
		{
			name: 'dates and nullable text',
			fields: { end: '2022-12-31', phrase: 'this year', thread: 'summits' },
			cells: { end: '2022-12-31', phrase: 'this year', thread: 'summits' }
		},
		{
			name: 'tracks joined with semicolons',
			fields: { tracks: ['security', 'economy', 'global'] as Track[] },
			cells: { tracks: 'security;economy;global' }
		},
		{
			name: 'a comma quotes the field',
			fields: { title: 'Peace, prosperity' },
			cells: { title: '"Peace, prosperity"' }
		},
		{
			name: 'quotes are doubled inside quotes',
			fields: { quote: 'the "linchpin" of peace' } as Partial<Mention>,
			cells: { quote: '"the ""linchpin"" of peace"' }
		},
		{
			name: 'a line feed quotes the field',
			fields: { summary: 'one\ntwo' },
			cells: { summary: '"one\ntwo"' }
		},
		{
			name: 'a carriage return quotes the field',
			fields: { summary: 'one\r\ntwo' },
			cells: { summary: '"one\r\ntwo"' }
		},
		{
			name: 'a semicolon or apostrophe alone needs no quotes',
			fields: { title: 'Yoon; Biden’s visit' },
			cells: { title: 'Yoon; Biden’s visit' }
		},
		{
			name: 'non-ASCII text passes through as is',
			fields: { title: '한미 정상회담 🇰🇷' },
			cells: { title: '한미 정상회담 🇰🇷' }
		}
	])('$name', ({ fields, cells }) => {
		expect(eventsToCsv([event(fields)])).toBe(`${HEADER}\r\n${row(cells)}\r\n`);
	});

	it('writes the header of every column, in order, even with no events', () => {
		expect(eventsToCsv([])).toBe(
			'id,title,summary,track,tracks,kind,status,start,end,precision,thread,statement,paragraph,phrase,quote,outcome,outcome_statement,outcome_paragraph,outcome_quote,outcome_start,outcome_end,outcome_precision\r\n'
		);
	});

	it('joins the mentions of a record cited twice, one line each, in one row', () => {
		const csv = eventsToCsv([
			event({
				mentions: [
					{ statement: 's-2022', paragraph: 'p-3', phrase: null, quote: 'the Treaty' },
					{
						statement: 's-2023',
						paragraph: 'p-1',
						phrase: '70th anniversary',
						quote: 'our  70th\nanniversary'
					}
				]
			})
		]);
		expect(csv).toBe(
			`${HEADER}\r\n${row({
				statement: '"s-2022\ns-2023"',
				paragraph: '"p-3\np-1"',
				phrase: '"\n70th anniversary"',
				quote: '"the Treaty\nour 70th anniversary"'
			})}\r\n`
		);
	});

	it('writes the outcome and its evidence', () => {
		const csv = eventsToCsv([
			event({
				outcome: {
					result: 'done',
					statement: 's-2023',
					paragraph: 'p-7',
					quote: 'was held, in September',
					start: '2022-09-01',
					end: '2022-09-30',
					precision: 'month',
					record: null,
					lead: null
				}
			})
		]);
		expect(csv).toBe(
			`${HEADER}\r\n${row({
				outcome: 'done',
				outcome_statement: 's-2023',
				outcome_paragraph: 'p-7',
				outcome_quote: '"was held, in September"',
				outcome_start: '2022-09-01',
				outcome_end: '2022-09-30',
				outcome_precision: 'month'
			})}\r\n`
		);
	});

	it('ends every record with CRLF, the last included, and has no blank line', () => {
		const csv = eventsToCsv([event({ id: 'a' }), event({ id: 'b' })]);
		expect(csv.split('\r\n')).toEqual([HEADER, row({ id: 'a' }), row({ id: 'b' }), '']);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});
});

describe('a round trip through d3-dsv', () => {
	const NULLABLE = new Set(['end', 'thread']);
	const TRICKY: AllianceEvent[] = [
		event({ id: 'plain' }),
		event({
			id: 'punctuation',
			title: 'Commas, "quotes", and; semicolons',
			summary: '"Starts with a quote',
			quote: 'ends with a quote"; and a semicolon',
			tracks: ['economy', 'technology', 'global', 'security'],
			track: 'economy'
		}),
		event({
			id: 'line-breaks',
			summary: 'Two\nlines',
			phrase: 'later this year',
			end: '2022-12-31',
			precision: 'approximate'
		}),
		event({
			id: 'spaces-and-unicode',
			title: '  padded  ',
			summary: 'Korea 대한민국, 🤝 and NBSP\u00a0here',
			quote: '"',
			thread: 'state-visits'
		}),
		event({
			id: 'cited-twice',
			mentions: [
				{ statement: 'a', paragraph: 'p-1', phrase: 'this year', quote: 'one, "two"' },
				{ statement: 'b', paragraph: 'p-9', phrase: null, quote: 'three; four' }
			]
		}),
		event({ id: 'separators-only', title: ',', summary: '""', quote: ',' })
	];

	it('gives back every field and every mention of every event', () => {
		const rows = csvParse(eventsToCsv(TRICKY));
		expect(rows.columns).toEqual(COLUMNS);
		const parsed = rows.map((cells) => {
			const list = (name: string) => (cells[name] ?? '').split(MENTION_SEPARATOR);
			const statements = list('statement');
			return {
				...Object.fromEntries(
					(
						[
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
							'thread'
						] as const
					).map((field) => {
						const text = cells[field] ?? '';
						if (field === 'tracks') return [field, text.split(';')];
						return [field, NULLABLE.has(field) && text === '' ? null : text];
					})
				),
				mentions: statements.map((statement, i) => ({
					statement,
					paragraph: list('paragraph')[i],
					phrase: list('phrase')[i] || null,
					quote: list('quote')[i]
				})),
				outcome: cells.outcome ? cells.outcome : null
			};
		});
		expect(parsed).toEqual(TRICKY);
	});
});

describe('spreadsheetSafe', () => {
	it.each([
		{
			name: 'an equals sign',
			text: '=HYPERLINK("http://x","y")',
			expected: `'=HYPERLINK("http://x","y")`
		},
		{ name: 'a plus sign', text: '+1 555', expected: "'+1 555" },
		{ name: 'a minus sign', text: '-2+3', expected: "'-2+3" },
		{ name: 'an at sign', text: '@SUM(A1)', expected: "'@SUM(A1)" },
		{ name: 'a tab', text: '\t=1', expected: "'\t=1" },
		{ name: 'a carriage return', text: '\r=1', expected: "'\r=1" },
		{ name: 'ordinary text', text: 'Summit', expected: 'Summit' },
		{ name: 'a sign later in the text', text: 'a = b - c', expected: 'a = b - c' },
		{ name: 'a date', text: '2022-05-21', expected: '2022-05-21' },
		{ name: 'an empty cell', text: '', expected: '' }
	])('$name', ({ text, expected }) => {
		expect(spreadsheetSafe(text)).toBe(expected);
	});
});

describe('eventsToCsv for a spreadsheet', () => {
	const hostile = event({
		title: '=HYPERLINK("http://example.com","click")',
		summary: '+cmd',
		quote: '-1+1',
		phrase: '@here'
	});

	it('starts with a UTF-8 byte-order mark, then the same header', () => {
		const csv = eventsToCsv([event({ title: 'Yoon’s visit' })], { spreadsheet: true });
		expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
		expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(
			new Uint8Array([0xef, 0xbb, 0xbf])
		);
	});

	it('defuses every cell that would start a formula, quoting as usual after', () => {
		const [, line] = eventsToCsv([hostile], { spreadsheet: true }).split('\r\n');
		expect(line).toBe(
			row({
				title: `"'=HYPERLINK(""http://example.com"",""click"")"`,
				summary: "'+cmd",
				quote: "'-1+1",
				phrase: "'@here"
			})
		);
	});

	it('leaves the plain form for programs untouched: no mark, no prefix', () => {
		const csv = eventsToCsv([hostile]);
		expect(csv.startsWith(HEADER)).toBe(true);
		const [parsed] = csvParse(csv);
		expect(parsed?.title).toBe(hostile.title);
		expect(parsed?.summary).toBe('+cmd');
	});

	it('reads back, once the apostrophes are dropped, as the same records', () => {
		const csv = eventsToCsv([hostile, event({ id: 'plain' })], { spreadsheet: true });
		const rows = csvParse(csv.slice(1));
		expect(rows.map((r) => r.id)).toEqual(['summit', 'plain']);
		expect(rows[0]?.title?.slice(1)).toBe(hostile.title);
	});
});
