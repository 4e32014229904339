import { describe, expect, it } from 'vitest';
import { stackSegments } from './stack';

const KEYS = ['a', 'b', 'c'] as const;

describe('stackSegments', () => {
	const cases = [
		{
			name: 'parts end to end, in key order',
			counts: { a: 1, b: 2, c: 1 },
			width: 100,
			total: undefined,
			expected: [
				{ key: 'a', count: 1, x: 0, width: 25 },
				{ key: 'b', count: 2, x: 25, width: 50 },
				{ key: 'c', count: 1, x: 75, width: 25 }
			]
		},
		{
			name: 'a zero part is left out',
			counts: { a: 0, b: 3, c: 1 },
			width: 40,
			total: undefined,
			expected: [
				{ key: 'b', count: 3, x: 0, width: 30 },
				{ key: 'c', count: 1, x: 30, width: 10 }
			]
		},
		{
			name: 'a shared total keeps bars of several tracks on one scale',
			counts: { a: 1, b: 1, c: 0 },
			width: 100,
			total: 4,
			expected: [
				{ key: 'a', count: 1, x: 0, width: 25 },
				{ key: 'b', count: 1, x: 25, width: 25 }
			]
		},
		{
			name: 'nothing to stack',
			counts: { a: 0, b: 0, c: 0 },
			width: 100,
			total: undefined,
			expected: []
		}
	];
	it.each(cases)('$name', ({ counts, width, total, expected }) => {
		expect(stackSegments(counts, KEYS, width, total)).toEqual(expected);
	});
});
