import { describe, expect, it } from 'vitest';
import { edgeCount, laneNameX } from './laneHeader';

describe('the lane header', () => {
	it.each([
		{ side: 'before' as const, count: 3, expected: { text: '◀ 3', x: 4, width: 37 } },
		{ side: 'after' as const, count: 12, expected: { text: '12 ▶', x: 1000 - 4 - 44, width: 44 } }
	])('places the $side count of $count', ({ side, count, expected }) => {
		expect(edgeCount(side, count, 1000)).toEqual(expected);
	});

	it('starts the name after the left count, further for a longer one', () => {
		expect(laneNameX(0)).toBe(8);
		expect(laneNameX(7)).toBe(54);
		expect(laneNameX(123)).toBe(68);
		expect(laneNameX(123)).toBeGreaterThan(
			edgeCount('before', 123, 1000).x + edgeCount('before', 123, 1000).width
		);
	});
});
