import { describe, expect, it } from 'vitest';
import { TRACKS, type AllianceEvent, type Track } from '../model/event';
import { laneHeight, stackLanes, type LaneGeometry, type LaneRows } from './laneGeometry';
import type { LaidOutMark, LaneView } from './timeline';
import { tooltipAnchor } from './tooltipAnchor';

const geometry: LaneGeometry = { header: 22, barRowHeight: 14, rowHeight: 22 };
const ROWS: LaneRows = { bars: 2, points: 3, chips: true };
const TOP = 60;
const BOXES = stackLanes(
	geometry,
	{ security: ROWS, economy: ROWS, technology: ROWS, global: ROWS },
	TOP
);

const event = (id: string, track: Track) => ({ id, track }) as AllianceEvent;

function mark(id: string, track: Track, fields: Partial<LaidOutMark> = {}): LaidOutMark {
	return {
		event: event(id, track),
		band: 'points',
		row: 0,
		x0: 100,
		x1: 114,
		isBar: false,
		label: null,
		name: id,
		lines: [id],
		...fields
	};
}

function lanes(byTrack: Partial<Record<Track, Partial<LaneView>>>): Record<Track, LaneView> {
	const none = { count: 0, nearest: null };
	return Object.fromEntries(
		TRACKS.map((track) => [
			track,
			{
				track,
				marks: [],
				clusters: [],
				density: null,
				before: none,
				after: none,
				rows: ROWS,
				...byTrack[track]
			}
		])
	) as Record<Track, LaneView>;
}

describe('tooltipAnchor', () => {
	const lane = laneHeight(geometry, ROWS);
	// Point rows start under the two bar rows: 22 + 2 × 14 = 50; the middle of row r is 50 + 22r + 11.
	const cases: {
		name: string;
		lanes: Record<Track, LaneView>;
		expected: { x: number; before: number; y: number } | null;
	}[] = [
		{
			name: 'a point in the first lane: past its focus ring, level with its middle',
			lanes: lanes({ security: { marks: [mark('a', 'security')] } }),
			expected: { x: 118, before: 96, y: TOP + 61 }
		},
		{
			name: 'a point with its title drawn: past the title',
			lanes: lanes({
				security: {
					marks: [mark('a', 'security', { label: { id: 'a', x: 120, width: 80 } })]
				}
			}),
			expected: { x: 200, before: 96, y: TOP + 61 }
		},
		{
			name: 'a bar in the third lane, second bar row',
			lanes: lanes({
				technology: {
					marks: [mark('a', 'technology', { band: 'bars', row: 1, x0: 10, x1: 300, isBar: true })]
				}
			}),
			expected: { x: 304, before: 6, y: TOP + 2 * lane + 22 + 14 + 7 }
		},
		{
			name: 'a point whose title is drawn on its left: before the title',
			lanes: lanes({
				security: {
					marks: [mark('a', 'security', { label: { id: 'a', x: 20, width: 76 } })]
				}
			}),
			expected: { x: 118, before: 20, y: TOP + 61 }
		},
		{
			name: 'the same point after a pan moved it',
			lanes: lanes({ security: { marks: [mark('a', 'security', { x0: 400, x1: 414, row: 2 })] } }),
			expected: { x: 418, before: 396, y: TOP + 50 + 44 + 11 }
		},
		{
			name: 'folded into a chip: no mark, no tooltip',
			lanes: lanes({
				security: {
					clusters: [
						{
							key: 'b+2',
							ids: ['b', 'a'],
							count: 2,
							x0: 90,
							x1: 130,
							row: 3,
							events: [event('b', 'security'), event('a', 'security')],
							caption: null
						}
					]
				}
			}),
			expected: null
		}
	];
	it.each(cases)('$name', ({ lanes, expected }) => {
		expect(tooltipAnchor('a', lanes, geometry, BOXES)).toEqual(expected);
	});
});
