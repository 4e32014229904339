import { describe, expect, it } from 'vitest';
import type { Precision } from '../model/event';
import { describePrecision, formatWhen } from './format';

const cases: { start: string; end: string | null; precision: Precision; expected: string }[] = [
	{ start: '2022-05-21', end: null, precision: 'day', expected: '21 May 2022' },
	{ start: '2021-12-09', end: '2021-12-10', precision: 'day', expected: '9–10 Dec 2021' },
	{
		start: '1950-06-25',
		end: '1953-07-27',
		precision: 'day',
		expected: '25 Jun 1950 – 27 Jul 1953'
	},
	{ start: '2022-11-28', end: '2022-12-02', precision: 'day', expected: '28 Nov – 2 Dec 2022' },
	{ start: '2022-05-01', end: '2022-05-31', precision: 'month', expected: 'May 2022' },
	{ start: '2022-09-01', end: '2022-11-30', precision: 'season', expected: 'Fall 2022' },
	{ start: '2022-12-01', end: '2023-02-28', precision: 'season', expected: 'Winter 2022–23' },
	{ start: '2030-01-01', end: '2030-12-31', precision: 'year', expected: '2030' },
	{ start: '2023-05-01', end: '2023-12-31', precision: 'approximate', expected: 'May–Dec 2023' },
	{ start: '2022-06-01', end: '2022-12-31', precision: 'approximate', expected: 'Jun–Dec 2022' },
	{ start: '2020-01-01', end: '2029-12-31', precision: 'approximate', expected: '2020–2029' },
	{
		start: '2022-05-21',
		end: '2022-11-21',
		precision: 'approximate',
		expected: '21 May – 21 Nov 2022'
	},
	{
		start: '2023-04-27',
		end: '2024-04-26',
		precision: 'approximate',
		expected: '27 Apr 2023 – 26 Apr 2024'
	},
	{
		start: '2022-05-01',
		end: '2023-04-30',
		precision: 'approximate',
		expected: 'May 2022 – Apr 2023'
	}
];

describe('formatWhen', () => {
	it.each(cases)('$precision $start..$end → $expected', ({ start, end, precision, expected }) => {
		expect(formatWhen(start, end, precision)).toBe(expected);
	});
});

describe('describePrecision', () => {
	it.each([
		{
			start: '2022-06-01',
			end: '2022-06-30',
			precision: 'month' as const,
			expected: 'month: sometime in Jun 2022'
		},
		{ start: '2022-05-21', end: null, precision: 'day' as const, expected: 'day: on 21 May 2022' },
		{
			start: '2023-05-01',
			end: '2023-12-31',
			precision: 'approximate' as const,
			expected: 'approximate: sometime within May–Dec 2023'
		}
	])('$expected', ({ start, end, precision, expected }) => {
		expect(describePrecision(start, end, precision)).toBe(expected);
	});
});
