import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../server/catalogue';
import { quoteText } from '../statements/quote';
import { resolvePhrase, withinAnyWindow, type DateWindow } from './phrases';

const window = (start: string, end: string, precision: DateWindow['precision']): DateWindow => ({
	start,
	end,
	precision
});

const SEOUL = '2022-05-21';
const WASHINGTON = '2023-04-26';

/** Each phrase the curated data uses, resolved against its own statement's date. */
const DATA_PHRASES: { phrase: string; date: string; expected: DateWindow[] }[] = [
	{ phrase: 'today', date: WASHINGTON, expected: [window('2023-04-26', '2023-04-26', 'day')] },
	{ phrase: 'this year', date: SEOUL, expected: [window('2022-01-01', '2022-12-31', 'year')] },
	{
		phrase: 'by the end of the year',
		date: SEOUL,
		expected: [window('2022-05-21', '2022-12-31', 'approximate')]
	},
	{
		phrase: 'later this year',
		date: WASHINGTON,
		expected: [window('2023-05-01', '2023-12-31', 'approximate')]
	},
	{ phrase: 'this Fall', date: SEOUL, expected: [window('2022-09-01', '2022-11-30', 'season')] },
	{
		phrase: 'at the earliest date',
		date: SEOUL,
		expected: [window('2022-05-21', '2022-11-21', 'approximate')]
	},
	{
		phrase: 'upcoming',
		date: SEOUL,
		expected: [window('2022-05-22', '2023-05-21', 'approximate')]
	},
	{
		phrase: 'next',
		date: WASHINGTON,
		expected: [window('2023-04-27', '2024-04-26', 'approximate')]
	},
	{
		phrase: 'at a time of mutual convenience',
		date: SEOUL,
		expected: [window('2022-05-22', '2023-05-21', 'approximate')]
	},
	{
		phrase: 'at a time of mutual convenience',
		date: WASHINGTON,
		expected: [window('2023-04-27', '2024-04-26', 'approximate')]
	},
	{ phrase: 'recent', date: SEOUL, expected: [window('2021-05-21', '2022-05-21', 'approximate')] },
	{
		phrase: 'recent',
		date: WASHINGTON,
		expected: [window('2022-04-26', '2023-04-26', 'approximate')]
	},
	{ phrase: 'in May', date: WASHINGTON, expected: [window('2023-05-01', '2023-05-31', 'month')] },
	{ phrase: 'in May 2022', date: SEOUL, expected: [window('2022-05-01', '2022-05-31', 'month')] },
	{
		phrase: 'May and September 2022',
		date: WASHINGTON,
		expected: [
			window('2022-05-01', '2022-05-31', 'month'),
			window('2022-09-01', '2022-09-30', 'month')
		]
	},
	{ phrase: '2030', date: SEOUL, expected: [window('2030-01-01', '2030-12-31', 'year')] },
	{ phrase: '2050', date: SEOUL, expected: [window('2050-01-01', '2050-12-31', 'year')] },
	{ phrase: '2050', date: WASHINGTON, expected: [window('2050-01-01', '2050-12-31', 'year')] },
	{ phrase: 'by 2050', date: SEOUL, expected: [window('2050-01-01', '2050-12-31', 'year')] },
	{
		phrase: 'in the 2020s',
		date: SEOUL,
		expected: [window('2020-01-01', '2029-12-31', 'approximate')]
	},
	{
		phrase: '10th anniversary this year',
		date: SEOUL,
		expected: [
			window('2022-01-01', '2022-12-31', 'year'),
			window('2012-01-01', '2012-12-31', 'year')
		]
	},
	{
		phrase: '70th anniversary',
		date: WASHINGTON,
		expected: [
			window('2023-01-01', '2023-12-31', 'year'),
			window('1953-01-01', '1953-12-31', 'year')
		]
	}
];

const EDGE_CASES: { name: string; phrase: string; date: string; expected: DateWindow[] | null }[] =
	[
		{
			name: 'later this year in December keeps to December',
			phrase: 'later this year',
			date: '2022-12-10',
			expected: [window('2022-12-11', '2022-12-31', 'approximate')]
		},
		{
			name: 'later this year on 31 December',
			phrase: 'later this year',
			date: '2022-12-31',
			expected: [window('2022-12-31', '2022-12-31', 'approximate')]
		},
		{
			name: 'later this year in November',
			phrase: 'later this year',
			date: '2022-11-30',
			expected: [window('2022-12-01', '2022-12-31', 'approximate')]
		},
		{
			name: 'by the end of the year on 31 December',
			phrase: 'by the end of this year',
			date: '2022-12-31',
			expected: [window('2022-12-31', '2022-12-31', 'approximate')]
		},
		{
			name: 'winter crosses the year end',
			phrase: 'this winter',
			date: '2022-10-01',
			expected: [window('2022-12-01', '2023-02-28', 'season')]
		},
		{
			name: 'winter in January is the one under way',
			phrase: 'this winter',
			date: '2024-01-15',
			expected: [window('2023-12-01', '2024-02-29', 'season')]
		},
		{
			name: 'spring',
			phrase: 'this Spring',
			date: '2023-01-10',
			expected: [window('2023-03-01', '2023-05-31', 'season')]
		},
		{
			name: 'autumn is fall',
			phrase: 'this autumn',
			date: '2023-01-10',
			expected: [window('2023-09-01', '2023-11-30', 'season')]
		},
		{
			name: 'a month already past is next year',
			phrase: 'in March',
			date: '2023-04-26',
			expected: [window('2024-03-01', '2024-03-31', 'month')]
		},
		{
			name: 'the statement month itself',
			phrase: 'in April',
			date: '2023-04-26',
			expected: [window('2023-04-01', '2023-04-30', 'month')]
		},
		{
			name: 'February of a leap year',
			phrase: 'February 2024',
			date: '2023-04-26',
			expected: [window('2024-02-01', '2024-02-29', 'month')]
		},
		{
			name: 'three months',
			phrase: 'in May, June and July 2022',
			date: SEOUL,
			expected: [
				window('2022-05-01', '2022-05-31', 'month'),
				window('2022-06-01', '2022-06-30', 'month'),
				window('2022-07-01', '2022-07-31', 'month')
			]
		},
		{
			name: 'earliest date near year end',
			phrase: 'at the earliest date',
			date: '2022-08-31',
			expected: [window('2022-08-31', '2023-02-28', 'approximate')]
		},
		{
			name: 'upcoming from 29 February',
			phrase: 'upcoming',
			date: '2024-02-29',
			expected: [window('2024-03-01', '2025-02-28', 'approximate')]
		},
		{
			name: 'anniversary with ordinal markup',
			phrase: '70<sup>th</sup> anniversary',
			date: WASHINGTON,
			expected: [
				window('2023-01-01', '2023-12-31', 'year'),
				window('1953-01-01', '1953-12-31', 'year')
			]
		},
		{
			name: '1st anniversary',
			phrase: '1st anniversary this year',
			date: '2024-06-01',
			expected: [
				window('2024-01-01', '2024-12-31', 'year'),
				window('2023-01-01', '2023-12-31', 'year')
			]
		},
		{
			name: 'extra spaces and case',
			phrase: '  Later   THIS year ',
			date: WASHINGTON,
			expected: [window('2023-05-01', '2023-12-31', 'approximate')]
		},
		{ name: 'not a date phrase', phrase: 'soon-ish', date: WASHINGTON, expected: null },
		{ name: 'a month name inside other words', phrase: 'Mayor', date: WASHINGTON, expected: null },
		{ name: 'empty', phrase: '', date: WASHINGTON, expected: null }
	];

describe('resolvePhrase', () => {
	it.each(DATA_PHRASES)('"$phrase" for a statement of $date', ({ phrase, date, expected }) => {
		expect(resolvePhrase(phrase, date)).toEqual(expected);
	});

	it.each(EDGE_CASES)('$name', ({ phrase, date, expected }) => {
		expect(resolvePhrase(phrase, date)).toEqual(expected);
	});

	it('has a case above for every phrase the data uses', () => {
		const { events, statements } = loadCatalogue();
		const dateOf = new Map(statements.map((s) => [s.slug, s.date]));
		const covered = new Set(DATA_PHRASES.map((c) => `${c.phrase}|${c.date}`));
		const used = new Set(
			events
				.flatMap((e) => e.mentions)
				.filter((m) => m.phrase)
				.map((m) => `${quoteText(m.phrase ?? '')}|${dateOf.get(m.statement)}`)
		);
		expect([...used].filter((key) => !covered.has(key))).toEqual([]);
	});
});

describe('withinAnyWindow', () => {
	const windows = [
		window('2022-05-01', '2022-05-31', 'month'),
		window('2022-09-01', '2022-09-30', 'month')
	];
	it.each([
		{ start: '2022-05-12', end: null, expected: true },
		{ start: '2022-05-01', end: '2022-05-31', expected: true },
		{ start: '2022-09-30', end: null, expected: true },
		{ start: '2022-05-30', end: '2022-06-02', expected: false },
		{ start: '2022-07-01', end: null, expected: false },
		{ start: '2022-05-01', end: '2022-09-30', expected: false }
	])('$start..$end → $expected', ({ start, end, expected }) => {
		expect(withinAnyWindow(start, end, windows)).toBe(expected);
	});
});
