import { describe, expect, it } from 'vitest';
import { drawnPerGroup, visibleRows } from './virtual';

describe('visibleRows', () => {
	it.each([
		{
			name: 'top of a long list',
			args: [0, 360, 36, 100_000, 2],
			expected: { first: 0, last: 12 }
		},
		{
			name: 'scrolled into the middle',
			args: [36_000, 360, 36, 100_000, 2],
			expected: { first: 998, last: 1012 }
		},
		{
			name: 'the end',
			args: [3_599_640, 360, 36, 100_000, 2],
			expected: { first: 99_988, last: 100_000 }
		},
		{
			name: 'shorter than the viewport',
			args: [0, 360, 36, 3, 8],
			expected: { first: 0, last: 3 }
		},
		{ name: 'empty', args: [0, 360, 36, 0, 8], expected: { first: 0, last: 0 } },
		{
			name: 'scrolled past the end after the list shrank',
			args: [50_000, 360, 36, 10, 2],
			expected: { first: 10, last: 10 }
		}
	])('$name', ({ args, expected }) => {
		const [scrollTop, viewport, rowHeight, count, overscan] = args as number[];
		expect(
			visibleRows(scrollTop ?? 0, viewport ?? 0, rowHeight ?? 0, count ?? 0, overscan)
		).toEqual(expected);
	});
});

describe('drawnPerGroup', () => {
	it.each([
		{ name: 'nothing drawn yet', sizes: [3, 5, 2], drawn: 0, expected: [0, 0, 0] },
		{ name: 'part of the first group', sizes: [3, 5, 2], drawn: 2, expected: [2, 0, 0] },
		{ name: 'exactly the first group', sizes: [3, 5, 2], drawn: 3, expected: [3, 0, 0] },
		{ name: 'into the second group', sizes: [3, 5, 2], drawn: 6, expected: [3, 3, 0] },
		{ name: 'everything', sizes: [3, 5, 2], drawn: 10, expected: [3, 5, 2] },
		{ name: 'more than there is', sizes: [3, 5, 2], drawn: 99, expected: [3, 5, 2] },
		{ name: 'an empty group is skipped', sizes: [1, 0, 4], drawn: 3, expected: [1, 0, 2] },
		{ name: 'negative or fractional budgets', sizes: [2, 2], drawn: -1.5, expected: [0, 0] },
		{ name: 'no groups', sizes: [], drawn: 5, expected: [] }
	])('$name', ({ sizes, drawn, expected }) => {
		expect(drawnPerGroup(sizes, drawn)).toEqual(expected);
	});

	it('never draws more than the budget or a group holds', () => {
		const sizes = [7, 0, 90, 77, 1, 3];
		const total = sizes.reduce((a, b) => a + b, 0);
		for (let drawn = 0; drawn <= total + 20; drawn += 13) {
			const split = drawnPerGroup(sizes, drawn);
			expect(split.reduce((a, b) => a + b, 0)).toBe(Math.min(drawn, total));
			split.forEach((n, i) => expect(n).toBeLessThanOrEqual(sizes[i] ?? 0));
		}
	});
});
