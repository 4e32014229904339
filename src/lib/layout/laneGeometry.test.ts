import { describe, expect, it } from 'vitest';
import { TRACKS, type Track } from '../model/event';
import {
	chipY,
	laneHeight,
	lanesBottom,
	markY,
	minLaneHeight,
	stackLanes,
	type LaneGeometry,
	type LaneRows
} from './laneGeometry';

const g: LaneGeometry = { header: 22, barRowHeight: 16, rowHeight: 22 };
const NONE: LaneRows = { bars: 0, points: 0, chips: false };
const ONE: LaneRows = { bars: 0, points: 1, chips: false };
const MANY: LaneRows = { bars: 3, points: 12, chips: true };

const lanes = (rows: Partial<Record<Track, LaneRows>>) =>
	Object.fromEntries(TRACKS.map((t) => [t, rows[t] ?? NONE])) as Record<Track, LaneRows>;

describe('laneHeight', () => {
	it.each([
		{ name: 'nothing in view: the header alone', rows: NONE, expected: 22 },
		{ name: 'one row of points', rows: ONE, expected: 22 + 22 + 4 },
		{ name: 'bars, points and chips', rows: MANY, expected: 22 + 3 * 16 + 13 * 22 + 4 }
	])('$name', ({ rows, expected }) => {
		expect(laneHeight(g, rows)).toBe(expected);
	});
});

describe('stackLanes', () => {
	it.each([
		{
			name: 'one lane holding one event is its least height, the others their headers',
			rows: lanes({ security: ONE }),
			heights: [minLaneHeight(g), 22, 22, 22]
		},
		{
			name: 'a lane holding many rows is as tall as they are',
			rows: lanes({ economy: MANY }),
			heights: [22, laneHeight(g, MANY), 22, 22]
		},
		{
			name: 'lanes holding many rows, none shortened',
			rows: lanes({ security: MANY, economy: MANY, technology: ONE, global: MANY }),
			heights: [laneHeight(g, MANY), laneHeight(g, MANY), minLaneHeight(g), laneHeight(g, MANY)]
		},
		{
			name: 'one lane holding many rows, the others nothing',
			rows: lanes({ technology: MANY }),
			heights: [22, 22, laneHeight(g, MANY), 22]
		}
	])('$name', ({ rows, heights }) => {
		const boxes = stackLanes(g, rows, 60);
		expect(TRACKS.map((t) => boxes[t].height)).toEqual(heights);
		// Stacked with no gap from the top, in the fixed order of the tracks.
		let y = 60;
		for (const track of TRACKS) {
			expect(boxes[track].top).toBe(y);
			expect(boxes[track].rows).toBe(rows[track]);
			y += boxes[track].height;
		}
		expect(lanesBottom(boxes)).toBe(y);
	});

	it('never leaves a lane shorter than the marks and chips it holds', () => {
		for (const rows of [ONE, MANY, { bars: 1, points: 0, chips: false }]) {
			const box = stackLanes(g, lanes({ global: rows }), 0).global;
			const lowest = rows.chips
				? chipY(g, rows) + g.rowHeight / 2
				: markY(g, rows, 'points', Math.max(0, rows.points - 1)) + g.rowHeight / 2;
			expect(box.height).toBeGreaterThanOrEqual(lowest);
		}
	});

	it('ends with the last lane: a filter freed room is not spread over the lanes left', () => {
		const boxes = stackLanes(g, lanes({ security: ONE }), 60);
		expect(lanesBottom(boxes)).toBe(60 + minLaneHeight(g) + 3 * 22);
	});
});
