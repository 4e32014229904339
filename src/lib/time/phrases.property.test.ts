import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../model/date';
import { PRECISIONS } from '../model/event';
import { resolvePhrase } from './phrases';

const days = fc
	.date({
		min: new Date('1900-01-01T00:00:00Z'),
		max: new Date('2100-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const PHRASES = [
	'today',
	'this year',
	'by the end of the year',
	'later this year',
	'this Fall',
	'this winter',
	'at the earliest date',
	'upcoming',
	'recent',
	'in May',
	'in February 2024',
	'May and September 2022',
	'2030',
	'by 2050',
	'in the 2020s',
	'70th anniversary',
	'10th anniversary this year'
];
const phrases = fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 40 }));

describe('the date-phrase resolver under any input', () => {
	it('never throws; whatever it resolves is a set of real, ordered windows', () => {
		fc.assert(
			fc.property(phrases, days, (phrase, date) => {
				const windows = resolvePhrase(phrase, date);
				if (windows === null) return;
				expect(windows.length).toBeGreaterThan(0);
				for (const window of windows) {
					expect(isIsoDate(window.start) && isIsoDate(window.end)).toBe(true);
					expect(window.start <= window.end).toBe(true);
					expect(PRECISIONS).toContain(window.precision);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('places relative phrases around the statement date as they promise', () => {
		fc.assert(
			fc.property(days, (date) => {
				const [later] = resolvePhrase('later this year', date) ?? [];
				expect(later && later.start > date === date < `${date.slice(0, 4)}-12-31`).toBe(true);
				expect(later?.end).toBe(`${date.slice(0, 4)}-12-31`);
				const [recent] = resolvePhrase('recent', date) ?? [];
				expect(recent?.end).toBe(date);
				const [upcoming] = resolvePhrase('upcoming', date) ?? [];
				expect(upcoming && upcoming.start > date).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});
