import { describe, expect, it } from 'vitest';
import { swipeAxis } from './swipe';

describe('swipeAxis', () => {
	it.each([
		{ dx: 2, dy: 3, expected: null },
		{ dx: 0, dy: 20, expected: 'y' },
		{ dx: 5, dy: -20, expected: 'y' },
		{ dx: 20, dy: 5, expected: 'x' },
		{ dx: -20, dy: 19, expected: 'x' }
	])('($dx, $dy) → $expected', ({ dx, dy, expected }) => {
		expect(swipeAxis(dx, dy)).toBe(expected);
	});
});
