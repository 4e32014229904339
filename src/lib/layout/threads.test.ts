import { describe, expect, it } from 'vitest';
import type { AllianceEvent, Track } from '../model/event';
import type { LaneGeometry } from './laneGeometry';
import { locateEvent, threadLinks } from './threads';
import type { LaneView } from './timeline';

const geometry: LaneGeometry = {
	header: 20,
	barRowHeight: 10,
	barRows: 2,
	rowHeight: 20,
	maxRows: 3
};
const e = (id: string, track: Track = 'security') => ({ id, track }) as AllianceEvent;
const empty = (track: Track): LaneView => ({
	track,
	marks: [],
	clusters: [],
	before: [],
	after: []
});

const lanes: Record<Track, LaneView> = {
	security: {
		...empty('security'),
		marks: [
			{ event: e('point'), band: 'points', row: 1, x0: 93, x1: 107, isBar: false, label: null },
			{ event: e('bar'), band: 'bars', row: 0, x0: 200, x1: 400, isBar: true, label: null }
		],
		before: [e('early')]
	},
	economy: {
		...empty('economy'),
		clusters: [
			{ key: 'c+2', ids: ['in-chip', 'other'], count: 2, x0: 300, x1: 340, row: 3, events: [] }
		],
		after: [e('late', 'economy')]
	},
	technology: empty('technology'),
	global: empty('global')
};
const laneSpan = 20 + 20 + 80 + 4; // header + bar rows + point and chip rows + padding

describe('locateEvent', () => {
	it.each([
		{ id: 'point', expected: { x: 100, y: 50 + 20 + 20 + 30 } },
		{ id: 'bar', expected: { x: 206, y: 50 + 20 + 5 } },
		{ id: 'early', expected: { x: 0, y: 50 + 10 } },
		{ id: 'in-chip', expected: { x: 320, y: 50 + laneSpan + 20 + 20 + 70 } },
		{ id: 'late', expected: { x: 800, y: 50 + laneSpan + 10 } },
		{ id: 'filtered-out', expected: null }
	])('$id', ({ id, expected }) => {
		expect(locateEvent(id, lanes, geometry, 50, 800)).toEqual(expected);
	});
});

describe('threadLinks', () => {
	it('joins the selected event to every other placeable event of its thread', () => {
		const links = threadLinks('point', ['bar', 'late', 'filtered-out'], lanes, geometry, 50, 800);
		expect(links.map((l) => l.id)).toEqual(['bar', 'late']);
		expect(links[0]?.from).toEqual({ x: 100, y: 120 });
	});

	it('draws nothing when the selected event is filtered out, or for two events in one chip', () => {
		expect(threadLinks('filtered-out', ['point'], lanes, geometry, 50, 800)).toEqual([]);
		expect(threadLinks('in-chip', ['other'], lanes, geometry, 50, 800)).toEqual([]);
	});
});
