import { addDays, endOfMonth, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWhen } from './format';
import { daysInMonth, monthEnd, monthStart } from './calendar';

// The calendar and the date wording read YYYY-MM-DD text directly, for speed; date-fns on
// Date objects is the independent reference they must agree with on every day.
const days = fc
	.date({
		min: new Date('1000-01-01T00:00:00Z'),
		max: new Date('9999-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const months = fc.record({
	year: fc.integer({ min: 1000, max: 9999 }),
	month: fc.integer({ min: 1, max: 12 })
});

describe('calendar arithmetic agrees with date-fns', () => {
	it('month ends, starts and lengths', () => {
		fc.assert(
			fc.property(months, ({ year, month }) => {
				const first = new Date(year, month - 1, 1);
				const last = endOfMonth(first);
				expect(monthStart(year, month)).toBe(format(first, 'yyyy-MM-dd'));
				expect(monthEnd(year, month)).toBe(format(last, 'yyyy-MM-dd'));
				expect(daysInMonth(year, month)).toBe(last.getDate());
			}),
			{ numRuns: 1000 }
		);
	});

	it('a single day reads as date-fns writes "d MMM yyyy"', () => {
		fc.assert(
			fc.property(days, (day) => {
				expect(formatWhen(day, null, 'day')).toBe(format(parseISO(day), 'd MMM yyyy'));
				expect(formatWhen(day, null, 'month')).toBe(format(parseISO(day), 'MMM yyyy'));
			}),
			{ numRuns: 1000 }
		);
	});

	it('a range within a year names the year once, at its end', () => {
		const dayOfYear = (year: number, offset: number) =>
			format(addDays(new Date(year, 0, 1), offset), 'yyyy-MM-dd');
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 9999 }),
				fc.integer({ min: 0, max: 363 }),
				fc.integer({ min: 1, max: 364 }),
				(year, from, length) => {
					const start = dayOfYear(year, from);
					const end = dayOfYear(year, Math.min(364, from + length));
					const text = formatWhen(start, end, 'day');
					expect(text.endsWith(String(year))).toBe(true);
					expect(text.match(/\d{4}/g)).toHaveLength(1);
				}
			),
			{ numRuns: 500 }
		);
	});
});
