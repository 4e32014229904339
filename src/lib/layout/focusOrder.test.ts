import { describe, expect, it } from 'vitest';
import { TRACKS, type AllianceEvent, type Track } from '../model/event';
import { toTime, type TimeWindow } from '../time/extent';
import {
	focusOrder,
	laneFocusItems,
	moveFocus,
	nearestItem,
	tabStop,
	type FocusMove
} from './focusOrder';
import type { LaidOutChip, LaidOutMark, LaneView } from './timeline';

const WINDOW: TimeWindow = [toTime('2022-01-01'), toTime('2024-01-01')];

const event = (id: string, track: Track, start: string, end: string | null = null) =>
	({ id, track, start, end }) as AllianceEvent;

/** A mark of an event starting on `start`, at `x0`, in a row of the points (or bars) band. */
function mark(
	id: string,
	track: Track,
	start: string,
	x0: number,
	fields: Partial<LaidOutMark> = {}
): LaidOutMark {
	return {
		event: event(id, track, start),
		band: 'points',
		row: 0,
		x0,
		x1: x0 + 14,
		isBar: false,
		label: null,
		name: id,
		lines: [id],
		...fields
	};
}

function chip(track: Track, x0: number, starts: string[]): LaidOutChip {
	const events = starts.map((start, i) => event(`${track}-c${x0}-${i}`, track, start));
	const ids = events.map((e) => e.id);
	return {
		key: `${ids[0]}+${ids.length}`,
		ids,
		count: ids.length,
		x0,
		x1: x0 + 40,
		row: 3,
		events,
		caption: null
	};
}

const NONE = { count: 0, nearest: null };
const SOME = { count: 2, nearest: null };

function lanes(byTrack: Partial<Record<Track, Partial<LaneView>>>): Record<Track, LaneView> {
	return Object.fromEntries(
		TRACKS.map((track) => [
			track,
			{
				track,
				marks: [],
				clusters: [],
				density: null,
				before: NONE,
				after: NONE,
				rows: { bars: 1, points: 3, chips: true },
				...byTrack[track]
			}
		])
	) as Record<Track, LaneView>;
}

const keys = (lane: LaneView) => laneFocusItems(lane, WINDOW).map((item) => item.key);

describe('laneFocusItems', () => {
	const cases: { name: string; lane: Partial<LaneView>; expected: string[] }[] = [
		{
			name: 'marks by start date, whatever their row or place in the layout',
			lane: {
				marks: [
					mark('c', 'security', '2023-04-26', 300, { row: 0 }),
					mark('a', 'security', '2022-05-21', 100, { row: 2 }),
					mark('b', 'security', '2022-11-01', 200, { row: 1 })
				]
			},
			expected: ['a', 'b', 'c']
		},
		{
			name: 'the same start: left to right',
			lane: {
				marks: [mark('z', 'security', '2022-05-21', 110), mark('y', 'security', '2022-05-21', 90)]
			},
			expected: ['y', 'z']
		},
		{
			name: 'the same start and x: bar rows above point rows, top row first',
			lane: {
				marks: [
					mark('p1', 'security', '2022-05-01', 50, { row: 1 }),
					mark('p0', 'security', '2022-05-01', 50, { row: 0 }),
					mark('bar', 'security', '2022-05-01', 50, { band: 'bars', isBar: true })
				]
			},
			expected: ['bar', 'p0', 'p1']
		},
		{
			name: 'all else equal: by key',
			lane: {
				marks: [mark('n', 'security', '2022-05-21', 50), mark('m', 'security', '2022-05-21', 50)]
			},
			expected: ['m', 'n']
		},
		{
			name: 'a cluster chip takes the date of its earliest event',
			lane: {
				marks: [mark('a', 'security', '2022-03-01', 10), mark('d', 'security', '2023-06-01', 400)],
				clusters: [chip('security', 200, ['2023-04-26', '2022-05-21'])]
			},
			expected: ['a', 'security-c200-0+2', 'd']
		},
		{
			name: 'the earlier count comes first and the later count last, even before a bar starting before the window',
			lane: {
				before: SOME,
				after: SOME,
				marks: [
					mark('old', 'security', '1953-10-01', 0, { band: 'bars', isBar: true }),
					mark('a', 'security', '2022-05-21', 100)
				]
			},
			expected: ['security:before', 'old', 'a', 'security:after']
		},
		{
			name: 'density chips by their start, keyed per lane',
			lane: {
				density: {
					bins: new Uint32Array(0),
					binWidth: 3,
					chips: [
						{ key: 'd-3', count: 9, x0: 132, x1: 172, from: toTime('2023-01-01'), to: 0 },
						{ key: 'd-0', count: 4, x0: 0, x1: 40, from: toTime('2022-01-01'), to: 0 }
					]
				}
			},
			expected: ['security:d-0', 'security:d-3']
		},
		{ name: 'an empty lane has nothing', lane: {}, expected: [] }
	];
	it.each(cases)('$name', ({ lane, expected }) => {
		expect(keys(lanes({ security: lane }).security)).toEqual(expected);
	});
});

describe('moveFocus', () => {
	// security: a (2022-05) b (2022-11) c (2023-04); economy empty; technology: t1 (2022-01)
	// t2 (2023-03) with an earlier count; global: g (2022-12).
	const order = focusOrder(
		lanes({
			security: {
				marks: [
					mark('c', 'security', '2023-04-26', 300),
					mark('a', 'security', '2022-05-21', 100),
					mark('b', 'security', '2022-11-01', 200)
				]
			},
			technology: {
				before: SOME,
				marks: [
					mark('t1', 'technology', '2022-01-10', 5),
					mark('t2', 'technology', '2023-03-01', 280)
				]
			},
			global: { marks: [mark('g', 'global', '2022-12-01', 220)] }
		}),
		WINDOW
	);
	const cases: { from: string; move: FocusMove; expected: string | null }[] = [
		{ from: 'a', move: 'next', expected: 'b' },
		{ from: 'b', move: 'next', expected: 'c' },
		{ from: 'c', move: 'next', expected: null },
		{ from: 'b', move: 'previous', expected: 'a' },
		{ from: 'a', move: 'previous', expected: null },
		{ from: 'b', move: 'first', expected: 'a' },
		{ from: 'b', move: 'last', expected: 'c' },
		{ from: 'a', move: 'first', expected: null },
		{ from: 'c', move: 'last', expected: null },
		// Down from security skips the empty economy lane; nearest in time, not in order.
		{ from: 'a', move: 'lane-below', expected: 't1' },
		{ from: 'c', move: 'lane-below', expected: 't2' },
		{ from: 'b', move: 'lane-below', expected: 't2' },
		{ from: 't1', move: 'lane-above', expected: 'a' },
		{ from: 't2', move: 'lane-above', expected: 'c' },
		// The earlier count stands at the window's start: nearest to it is the lane's first.
		{ from: 'technology:before', move: 'lane-above', expected: 'a' },
		{ from: 't1', move: 'lane-below', expected: 'g' },
		{ from: 'a', move: 'lane-above', expected: null },
		{ from: 'g', move: 'lane-below', expected: null },
		{ from: 't1', move: 'previous', expected: 'technology:before' },
		{ from: 'missing', move: 'next', expected: null }
	];
	it.each(cases)('$move from $from → $expected', ({ from, move, expected }) => {
		expect(moveFocus(order, from, move)).toBe(expected);
	});

	it('of two as near in time, takes the earlier', () => {
		const twoNear = focusOrder(
			lanes({
				security: { marks: [mark('s', 'security', '2022-06-11', 100)] },
				economy: {
					marks: [mark('e2', 'economy', '2022-06-21', 110), mark('e1', 'economy', '2022-06-01', 90)]
				}
			}),
			WINDOW
		);
		expect(moveFocus(twoNear, 's', 'lane-below')).toBe('e1');
	});
});

describe('nearestItem', () => {
	const order = focusOrder(
		lanes({
			security: {
				marks: [mark('a', 'security', '2022-05-21', 100), mark('c', 'security', '2023-04-26', 300)]
			},
			technology: { marks: [mark('t', 'technology', '2022-09-01', 180)] }
		}),
		WINDOW
	);
	const cases: { name: string; lost: { track: Track; at: number }; expected: string | null }[] = [
		{
			name: 'the same lane, nearest in time',
			lost: { track: 'security', at: toTime('2023-01-01') },
			expected: 'c'
		},
		{
			name: 'an empty lane: the nearest lane with items, the one below before the one above',
			lost: { track: 'economy', at: toTime('2023-04-01') },
			expected: 't'
		},
		{
			name: 'the last lane empty: up to the nearest lane with items',
			lost: { track: 'global', at: toTime('2022-05-01') },
			expected: 't'
		}
	];
	it.each(cases)('$name', ({ lost, expected }) => {
		expect(nearestItem(order, lost)).toBe(expected);
	});

	it('nothing in view: nowhere', () => {
		expect(nearestItem(focusOrder(lanes({}), WINDOW), { track: 'security', at: 0 })).toBeNull();
	});
});

describe('tabStop', () => {
	const order = focusOrder(
		lanes({
			economy: {
				marks: [mark('e2', 'economy', '2023-01-01', 250), mark('e1', 'economy', '2022-02-01', 20)],
				clusters: [chip('economy', 150, ['2022-05-21', '2022-05-21'])]
			},
			global: { marks: [mark('g', 'global', '2022-12-01', 220)] }
		}),
		WINDOW
	);
	const chipKey = 'economy-c150-0+2';
	const cases: {
		name: string;
		lastFocused: string | null;
		selectedId: string | null;
		expected: string | null;
	}[] = [
		{
			name: 'the first item in date order of the first lane with items',
			lastFocused: null,
			selectedId: null,
			expected: 'e1'
		},
		{ name: 'the open event’s mark', lastFocused: null, selectedId: 'g', expected: 'g' },
		{
			name: 'the chip holding the open event',
			lastFocused: null,
			selectedId: 'economy-c150-1',
			expected: chipKey
		},
		{
			name: 'the last focused, before the open event',
			lastFocused: 'e2',
			selectedId: 'g',
			expected: 'e2'
		},
		{
			name: 'the last focused no longer drawn: the open event',
			lastFocused: 'gone',
			selectedId: 'g',
			expected: 'g'
		},
		{
			name: 'the open event not drawn: the first item',
			lastFocused: 'gone',
			selectedId: 'elsewhere',
			expected: 'e1'
		}
	];
	it.each(cases)('$name', ({ lastFocused, selectedId, expected }) => {
		expect(tabStop(order, { lastFocused, selectedId })).toBe(expected);
	});

	it('no item in view: no stop among them (the chart itself is the stop)', () => {
		expect(
			tabStop(focusOrder(lanes({}), WINDOW), { lastFocused: 'a', selectedId: 'a' })
		).toBeNull();
	});
});
