import { describe, expect, it } from 'vitest';
import type { AllianceEvent, Track } from '../model/event';
import { toTime, type TimeWindow } from '../time/extent';
import { stackLanes, type LaneGeometry, type LaneRows } from './laneGeometry';
import { locateEvent, outcomeLink, threadLinks, type Frame } from './threads';
import type { LaneView } from './timeline';

const geometry: LaneGeometry = { header: 20, barRowHeight: 10, rowHeight: 20 };
const ROWS: LaneRows = { bars: 2, points: 3, chips: true };
const e = (id: string, start = '2022-06-01', track: Track = 'security') =>
	({ id, track, start, end: null }) as AllianceEvent;
const none = { count: 0, nearest: null };
const empty = (track: Track): LaneView => ({
	track,
	marks: [],
	clusters: [],
	density: null,
	before: none,
	after: none,
	rows: ROWS
});
const window: TimeWindow = [toTime('2022-01-01'), toTime('2023-01-01')];

const frame: Frame = {
	lanes: {
		security: {
			...empty('security'),
			marks: [
				{
					event: e('point'),
					band: 'points',
					row: 1,
					x0: 93,
					x1: 107,
					isBar: false,
					label: null,
					name: 'point',
					lines: ['point']
				},
				{
					event: e('bar'),
					band: 'bars',
					row: 0,
					x0: 200,
					x1: 400,
					isBar: true,
					label: null,
					name: 'bar',
					lines: ['bar']
				}
			]
		},
		economy: {
			...empty('economy'),
			clusters: [
				{
					key: 'c+2',
					ids: ['in-chip', 'other'],
					count: 2,
					x0: 300,
					x1: 340,
					row: 3,
					events: [],
					caption: null
				}
			]
		},
		technology: empty('technology'),
		global: { ...empty('global'), density: { bins: new Uint32Array(1), binWidth: 800, chips: [] } }
	},
	geometry,
	boxes: stackLanes(
		geometry,
		{ security: ROWS, economy: ROWS, technology: ROWS, global: ROWS },
		50
	),
	width: 800,
	window,
	x: (time) => ((time - window[0]) / (window[1] - window[0])) * 800
};
const laneSpan = 20 + 20 + 80 + 4; // header + bar rows + point and chip rows + padding

describe('locateEvent', () => {
	it.each([
		{ event: e('point'), expected: { x: 100, y: 50 + 20 + 20 + 30 } },
		{ event: e('bar'), expected: { x: 206, y: 50 + 20 + 5 } },
		{ event: e('early', '2020-01-01'), expected: { x: 0, y: 50 + 10 } },
		{
			event: e('in-chip', '2022-06-01', 'economy'),
			expected: { x: 320, y: 50 + laneSpan + 20 + 20 + 70 }
		},
		{ event: e('late', '2024-01-01', 'economy'), expected: { x: 800, y: 50 + laneSpan + 10 } },
		{
			event: e('dense', '2022-07-02', 'global'),
			expected: { x: (182 / 365) * 800, y: 50 + 3 * laneSpan + 20 + 20 + 10 }
		}
	])('$event.id', ({ event, expected }) => {
		const point = locateEvent(event, frame);
		expect(point.x).toBeCloseTo(expected.x, 6);
		expect(point.y).toBe(expected.y);
	});
});

describe('threadLinks', () => {
	it('joins the selected event to every other event of its thread', () => {
		const links = threadLinks(e('point'), [e('bar'), e('late', '2024-01-01', 'economy')], frame);
		expect(links.map((l) => l.id)).toEqual(['bar', 'late']);
		expect(links[0]?.from).toEqual({ x: 100, y: 120 });
	});

	it('draws nothing between two events in one chip', () => {
		expect(
			threadLinks(
				e('in-chip', '2022-06-01', 'economy'),
				[e('other', '2022-06-01', 'economy')],
				frame
			)
		).toEqual([]);
	});
});

describe('outcomeLink', () => {
	const commitment = (outcome: Partial<NonNullable<AllianceEvent['outcome']>> | null) =>
		({
			...e('point'),
			outcome: outcome && {
				result: 'done',
				statement: 'later',
				paragraph: 'p-1',
				quote: 'was held',
				start: null,
				end: null,
				precision: null,
				...outcome
			}
		}) as AllianceEvent;
	const xOf = (day: string) => frame.x(toTime(day) + 12 * 3600 * 1000);

	it.each([
		{
			name: 'to the later statement’s day when the text gives no date',
			event: commitment({}),
			expected: { from: { x: 100, y: 120 }, to: { x: xOf('2022-11-01'), y: 120 }, clipped: false }
		},
		{
			name: 'to the middle of the dated outcome',
			event: commitment({ start: '2022-09-01', end: '2022-09-30', precision: 'month' }),
			expected: {
				from: { x: 100, y: 120 },
				to: { x: frame.x((toTime('2022-09-01') + toTime('2022-10-01')) / 2), y: 120 },
				clipped: false
			}
		},
		{
			name: 'stopping at the edge when the evidence is out of the window',
			event: commitment({ start: '2023-04-26', precision: 'day' }),
			expected: { from: { x: 100, y: 120 }, to: { x: 800, y: 120 }, clipped: true }
		}
	])('$name', ({ event, expected }) => {
		expect(outcomeLink(event, '2022-11-01', frame)).toEqual(expected);
	});

	it('joins the later statement’s own record where the outcome names one', () => {
		const pledge = commitment({ record: 'bar' });
		expect(outcomeLink(pledge, '2022-11-01', frame, e('bar'))).toEqual({
			from: { x: 100, y: 120 },
			to: locateEvent(e('bar'), frame),
			clipped: false
		});
		// Out of the window, the connector stops at the lane's edge where the record is.
		const late = e('late', '2024-01-01', 'economy');
		expect(outcomeLink(pledge, '2022-11-01', frame, late)).toMatchObject({
			to: locateEvent(late, frame),
			clipped: true
		});
	});

	it('draws nothing without evidence', () => {
		expect(outcomeLink(commitment(null), '2022-11-01', frame)).toBeNull();
		expect(
			outcomeLink(
				commitment({ result: 'not-mentioned', quote: null, paragraph: null }),
				'2022-11-01',
				frame
			)
		).toBeNull();
	});
});
