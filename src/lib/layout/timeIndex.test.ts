import { describe, expect, it } from 'vitest';
import type { AllianceEvent } from '../model/event';
import { toTime, type TimeWindow } from '../time/extent';
import {
	buildTimeIndex,
	countAfter,
	countBefore,
	countVisible,
	densityBins,
	lowerBound,
	nearestBeyond,
	visibleEvents
} from './timeIndex';

const e = (id: string, start: string, end: string | null = null) =>
	({ id, start, end }) as AllianceEvent;
const events = [
	e('a', '2020-01-01'),
	e('long', '2020-06-01', '2029-12-31'),
	e('b', '2022-03-01'),
	e('c', '2022-03-01'),
	e('d', '2022-09-15'),
	e('e', '2024-01-01')
];
const index = buildTimeIndex(events);
const w = (from: string, to: string): TimeWindow => [toTime(from), toTime(to)];

describe('the time index', () => {
	it.each([
		{
			window: w('2022-01-01', '2023-01-01'),
			before: 1,
			after: 1,
			visible: ['long', 'b', 'c', 'd'],
			nearest: ['a', 'e']
		},
		{
			window: w('2020-01-02', '2020-02-01'),
			before: 1,
			after: 5,
			visible: [],
			nearest: ['a', 'long']
		},
		{
			window: w('2030-01-01', '2031-01-01'),
			before: 6,
			after: 0,
			visible: [],
			nearest: ['long', null]
		},
		{
			window: w('2019-01-01', '2031-01-01'),
			before: 0,
			after: 0,
			visible: ['a', 'long', 'b', 'c', 'd', 'e'],
			nearest: [null, null]
		}
	])('window $window', ({ window, before, after, visible, nearest }) => {
		expect(countBefore(index, window)).toBe(before);
		expect(countAfter(index, window)).toBe(after);
		expect(visibleEvents(index, window).map((x) => x.id)).toEqual(visible);
		expect(countVisible(index, window)).toBe(visible.length);
		const beyond = nearestBeyond(index, window);
		expect([beyond.before?.id ?? null, beyond.after?.id ?? null]).toEqual(nearest);
	});

	it('bins visible events by where they start, the early ones in the first bin', () => {
		const bins = densityBins(index, w('2022-01-01', '2023-01-01'), 4);
		expect([...bins]).toEqual([3, 0, 1, 0]);
	});

	it('keeps every event in exactly one bin or beyond an edge, for any window', () => {
		let seed = 11;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		const many = Array.from({ length: 500 }, (_, i) => {
			const start = toTime('1950-01-01') + random() * 100 * 365 * 86_400_000;
			const day = new Date(start).toISOString().slice(0, 10);
			const end =
				random() < 0.3
					? new Date(start + random() * 2000 * 86_400_000).toISOString().slice(0, 10)
					: null;
			return e(`x${i}`, day, end);
		}).sort((a, b) => (a.start < b.start ? -1 : 1));
		const big = buildTimeIndex(many);
		for (let run = 0; run < 200; run++) {
			const a = toTime('1940-01-01') + random() * 120 * 365 * 86_400_000;
			const window: TimeWindow = [a, a + random() * 40 * 365 * 86_400_000 + 86_400_000];
			const bins = densityBins(big, window, 1 + Math.floor(random() * 400));
			const inBins = bins.reduce((sum, n) => sum + n, 0);
			expect(inBins).toBe(countVisible(big, window));
			expect(inBins + countBefore(big, window) + countAfter(big, window)).toBe(many.length);
			expect(visibleEvents(big, window)).toHaveLength(inBins);
		}
	});

	it.each([
		{ values: [1, 2, 2, 5], value: 2, expected: 1 },
		{ values: [1, 2, 2, 5], value: 3, expected: 3 },
		{ values: [1, 2, 2, 5], value: 9, expected: 4 },
		{ values: [], value: 1, expected: 0 }
	])('lowerBound($values, $value) = $expected', ({ values, value, expected }) => {
		expect(lowerBound(Float64Array.from(values), value)).toBe(expected);
	});
});
