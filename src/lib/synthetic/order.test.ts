import { describe, expect, it } from 'vitest';
import { lexicalOrder, orderByDayThenId } from './order';
import { mulberry32 } from './random';

const byStrings = (n: number) =>
	Array.from({ length: n }, (_, i) => String(i)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('lexicalOrder', () => {
	it.each([0, 1, 2, 9, 10, 11, 99, 100, 101, 1000, 1234, 20_000])(
		'sorts 0..%i - 1 as their decimal strings sort',
		(n) => {
			expect(Array.from(lexicalOrder(n), String)).toEqual(byStrings(n));
		}
	);
});

describe('orderByDayThenId', () => {
	it.each([
		{ name: 'empty', days: [], expected: [] },
		{ name: 'one', days: [5], expected: [0] },
		{ name: 'by day first', days: [3, -2, 1], expected: [1, 2, 0] },
		{
			name: 'then by id as text: syn-1-10 before syn-1-2',
			days: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1],
			expected: [11, 0, 1, 10, 2, 3, 4, 5, 6, 7, 8, 9]
		}
	])('$name', ({ days, expected }) => {
		expect(Array.from(orderByDayThenId(Int32Array.from(days)))).toEqual(expected);
	});

	it('agrees with a string comparator on random days', () => {
		const random = mulberry32(3);
		const days = Int32Array.from({ length: 5000 }, () => Math.floor(random() * 50) - 20);
		const ids = Array.from(days, (_, i) => `syn-3-${i}`);
		const expected = Array.from(days, (_, i) => i).sort((a, b) =>
			days[a] !== days[b] ? days[a]! - days[b]! : ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0
		);
		expect(Array.from(orderByDayThenId(days))).toEqual(expected);
	});
});
