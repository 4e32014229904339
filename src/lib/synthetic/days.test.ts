import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, parseDay } from './days';

const utcDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('day numbers', () => {
	const cases: { name: string; args: [number, number, number]; expected: string }[] = [
		{ name: 'the epoch', args: [1970, 1, 1], expected: '1970-01-01' },
		{ name: 'a leap day', args: [2024, 2, 29], expected: '2024-02-29' },
		{ name: 'a century leap day', args: [2000, 2, 29], expected: '2000-02-29' },
		{ name: 'before the epoch', args: [1950, 6, 25], expected: '1950-06-25' },
		{ name: 'month 13 rolls into January', args: [2022, 13, 1], expected: '2023-01-01' },
		{ name: 'day 0 is the last of the month before', args: [2023, 3, 0], expected: '2023-02-28' }
	];
	it.each(cases)('$name', ({ args, expected }) => {
		const day = dayNumber(...args);
		expect(isoDay(day)).toBe(expected);
		expect(day).toBe(utcDays(expected));
	});

	it('agrees with Date on every day from 1900 to 2100', () => {
		for (let day = utcDays('1900-01-01'); day <= utcDays('2100-12-31'); day++) {
			const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
			if (isoDay(day) !== iso || parseDay(iso) !== day) expect(isoDay(day)).toBe(iso);
		}
	});
});
