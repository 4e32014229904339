import { describe, expect, it } from 'vitest';
import { dodge } from './dodge';

describe('dodge', () => {
	it.each([
		{ name: 'apart already', wanted: [10, 40, 70], expected: [10, 40, 70] },
		{ name: 'two on one spot', wanted: [50, 50], expected: [50, 60] },
		{ name: 'a pile pushes down', wanted: [20, 22, 24], expected: [20, 30, 40] },
		{ name: 'keeps input order in the result', wanted: [24, 20, 22], expected: [40, 20, 30] },
		{ name: 'slides back up from the end', wanted: [95, 96, 97], expected: [80, 90, 100] },
		{ name: 'starts no higher than min', wanted: [-5, 0], expected: [0, 10] },
		{ name: 'empty', wanted: [], expected: [] }
	])('$name', ({ wanted, expected }) => {
		expect(dodge(wanted, 10, 0, 100)).toEqual(expected);
	});

	it('never leaves two labels closer than the gap when they fit', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let run = 0; run < 200; run++) {
			const wanted = Array.from({ length: 1 + Math.floor(random() * 9) }, () => random() * 100);
			const placed = [...dodge(wanted, 10, 0, 100)].sort((a, b) => a - b);
			for (let i = 1; i < placed.length; i++)
				expect((placed[i] as number) - (placed[i - 1] as number)).toBeGreaterThanOrEqual(10 - 1e-9);
			expect(placed[0]).toBeGreaterThanOrEqual(0);
			expect(placed.at(-1)).toBeLessThanOrEqual(100 + 1e-9);
		}
	});
});
