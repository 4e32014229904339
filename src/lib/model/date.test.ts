import { describe, expect, it } from 'vitest';
import { isIsoDate, lastDayOfMonth } from './date';

describe('isIsoDate and lastDayOfMonth on the proleptic Gregorian calendar', () => {
	it.each([
		{ day: '2024-02-29', real: true },
		{ day: '2023-02-29', real: false },
		{ day: '1900-02-29', real: false },
		{ day: '2000-02-29', real: true },
		// Years below 100 are years of their own, not 1900 + the year.
		{ day: '0000-02-29', real: true },
		{ day: '0100-02-29', real: false },
		{ day: '2023-04-31', real: false },
		{ day: '2023-13-01', real: false }
	])('$day: $real', ({ day, real }) => {
		expect(isIsoDate(day)).toBe(real);
	});

	it.each([
		{ day: '0000-02-01', last: '0000-02-29' },
		{ day: '1900-02-10', last: '1900-02-28' },
		{ day: '2023-04-26', last: '2023-04-30' }
	])('the month of $day ends $last', ({ day, last }) => {
		expect(lastDayOfMonth(day)).toBe(last);
	});
});
