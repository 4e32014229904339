import { describe, expect, it } from 'vitest';
import { makeEvent } from '../model/testing';
import { DAY_MS, toTime } from '../time/extent';
import { columnsWanted, crowdedDays } from './crowdedDays';
import type { Track } from '../model/event';

const OPTIONS = { minEvents: 3, columnPx: 200, rowsPerColumn: 2 };
const on = (start: string, track: Track, n: number, extra = {}) =>
	Array.from({ length: n }, (_, i) =>
		makeEvent({ id: `${start}-${track}-${i}`, start, track, ...extra })
	);

describe('columnsWanted', () => {
	it.each([
		{ perLane: [], rows: 4, expected: 1 },
		{ perLane: [4, 1], rows: 4, expected: 1 },
		{ perLane: [5, 1], rows: 4, expected: 2 },
		{ perLane: [21, 15, 13, 20], rows: 12, expected: 2 },
		{ perLane: [3], rows: 0, expected: 3 }
	])('$perLane in columns of $rows rows: $expected', ({ perLane, rows, expected }) => {
		expect(columnsWanted(perLane, rows)).toBe(expected);
	});
});

describe('crowdedDays', () => {
	it('finds the days holding at least minEvents single-day events, by their most crowded lane', () => {
		const days = crowdedDays(
			[
				...on('2023-04-26', 'security', 5),
				...on('2023-04-26', 'global', 1),
				...on('2022-05-21', 'economy', 3),
				...on('2022-06-01', 'economy', 2)
			],
			OPTIONS
		);
		expect(days).toEqual([
			{ from: toTime('2022-05-21'), to: toTime('2022-05-21') + DAY_MS, wantedPx: 408 },
			{ from: toTime('2023-04-26'), to: toTime('2023-04-26') + DAY_MS, wantedPx: 608 }
		]);
	});

	it('leaves out months, windows and events of several days', () => {
		const days = crowdedDays(
			[
				...on('2023-04-26', 'security', 2),
				...on('2023-04-26', 'security', 5, { precision: 'month' }),
				...on('2023-04-26', 'economy', 5, { end: '2023-04-27' })
			],
			OPTIONS
		);
		expect(days).toEqual([]);
	});
});
