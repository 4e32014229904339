import { describe, expect, it } from 'vitest';
import { visibleRows } from './virtual';

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
