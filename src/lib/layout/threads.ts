/**
 * Where the events of the selected event's thread are on screen, so faint connectors can
 * join them: at their mark, at the chip that holds them, in their lane's density strip, or at
 * the lane's edge when they lie outside the window.
 */
import type { AllianceEvent, IsoDate, Track } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';
import { chipY, markY, type LaneBox, type LaneGeometry } from './laneGeometry';
import type { LaneView } from './timeline';

export interface Point {
	x: number;
	y: number;
}

export interface Frame {
	lanes: Record<Track, LaneView>;
	geometry: LaneGeometry;
	/** Where each lane sits. */
	boxes: Record<Track, LaneBox>;
	width: number;
	window: TimeWindow;
	x: (time: number) => number;
}

export function locateEvent(event: AllianceEvent, frame: Frame): Point {
	const { lanes, geometry, boxes, width, window, x } = frame;
	const lane = lanes[event.track];
	const { top: y0, rows } = boxes[event.track];
	const mark = lane.marks.find((m) => m.event.id === event.id);
	if (mark) {
		const centre = mark.isBar
			? mark.x0 + Math.min(6, (mark.x1 - mark.x0) / 2)
			: (mark.x0 + mark.x1) / 2;
		return { x: centre, y: y0 + markY(geometry, rows, mark.band, mark.row) };
	}
	const chip = lane.clusters.find((c) => c.ids.includes(event.id));
	if (chip) return { x: (chip.x0 + chip.x1) / 2, y: y0 + chipY(geometry, rows) };
	const [start, end] = eventExtent(event);
	if (end <= window[0]) return { x: 0, y: y0 + geometry.header / 2 };
	if (start >= window[1]) return { x: width, y: y0 + geometry.header / 2 };
	// Drawn as density: where it starts, in the middle of the lane.
	return { x: Math.max(0, x(start)), y: y0 + markY(geometry, rows, 'points', 0) };
}

/** Connectors from the selected event to each other event of its thread. */
export function threadLinks(
	selected: AllianceEvent,
	others: readonly AllianceEvent[],
	frame: Frame
): { id: string; from: Point; to: Point }[] {
	const from = locateEvent(selected, frame);
	return others.flatMap((other) => {
		const to = locateEvent(other, frame);
		return to.x !== from.x || to.y !== from.y ? [{ id: other.id, from, to }] : [];
	});
}

export interface OutcomeLink {
	from: Point;
	to: Point;
	/** True when the evidence lies outside the window and the connector stops at its edge. */
	clipped: boolean;
}

/**
 * The connector from a commitment to its evidence: to the later statement's own record of it
 * when the outcome names one (`record`: its mark, chip or lane edge), else to when the later
 * statement says it was done (its outcome's date) or to its day, on the commitment's lane.
 * Null for a record without evidence.
 */
export function outcomeLink(
	event: AllianceEvent,
	laterStatementDate: IsoDate | undefined,
	frame: Frame,
	record?: AllianceEvent
): OutcomeLink | null {
	const outcome = event.outcome;
	if (!outcome || outcome.quote === null || laterStatementDate === undefined) return null;
	const from = locateEvent(event, frame);
	if (record) {
		const to = locateEvent(record, frame);
		const [start, end] = eventExtent(record);
		const clipped = end <= frame.window[0] || start >= frame.window[1];
		return to.x === from.x && to.y === from.y ? null : { from, to, clipped };
	}
	const [start, end] = eventExtent(
		outcome.start
			? { start: outcome.start, end: outcome.end }
			: { start: laterStatementDate, end: null }
	);
	const time = (start + end) / 2;
	const x = frame.x(time);
	const clipped = x < 0 || x > frame.width;
	const to = { x: Math.min(frame.width, Math.max(0, x)), y: from.y };
	return to.x === from.x ? null : { from, to, clipped };
}
