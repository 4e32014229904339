/**
 * Where things sit vertically: each lane's header, its thin bar rows, its point rows and its
 * chip row. Lanes are as tall as the rows they use, so a lane with little in view is short, and
 * one with nothing in view shrinks to its header.
 */
import { TRACKS, type Track } from '../model/event';

export interface LaneGeometry {
	header: number;
	barRowHeight: number;
	rowHeight: number;
}

/** The rows one lane's layout uses. */
export interface LaneRows {
	bars: number;
	points: number;
	/** Whether it has a row of chips below its points. */
	chips: boolean;
}

export interface LaneBox {
	top: number;
	height: number;
	rows: LaneRows;
}

const PADDING = 4;

export const isEmptyLane = (rows: LaneRows): boolean =>
	rows.bars === 0 && rows.points === 0 && !rows.chips;

export const laneHeight = (g: LaneGeometry, rows: LaneRows): number =>
	isEmptyLane(rows)
		? g.header
		: g.header +
			g.barRowHeight * rows.bars +
			g.rowHeight * (rows.points + (rows.chips ? 1 : 0)) +
			PADDING;

/** The y of a mark's middle, from the top of its lane. */
export function markY(
	g: LaneGeometry,
	rows: LaneRows,
	band: 'bars' | 'points',
	row: number
): number {
	if (band === 'bars') return g.header + g.barRowHeight * row + g.barRowHeight / 2;
	return g.header + g.barRowHeight * rows.bars + g.rowHeight * row + g.rowHeight / 2;
}

/** The y of the chip row's middle, from the top of its lane. */
export const chipY = (g: LaneGeometry, rows: LaneRows): number =>
	markY(g, rows, 'points', rows.points);

/**
 * The least height of a lane with anything in view: its header and two rows, so a lone event has
 * room for a name on two lines and does not sit squeezed against the next lane's header.
 */
export const minLaneHeight = (g: LaneGeometry): number => g.header + 2 * g.rowHeight + PADDING;

/**
 * The lanes stacked in their fixed order from `top`, each as tall as the rows it uses (at least
 * `minLaneHeight` when it holds anything, its header alone when it holds nothing). A filter's
 * freed room is given back to the page, not spread over the lanes left: a lane stretched past
 * what it holds reads as a lane with more in it than there is.
 */
export function stackLanes(
	g: LaneGeometry,
	rows: Record<Track, LaneRows>,
	top: number
): Record<Track, LaneBox> {
	let y = top;
	const boxes = {} as Record<Track, LaneBox>;
	for (const track of TRACKS) {
		const lane = rows[track];
		const height = isEmptyLane(lane) ? g.header : Math.max(laneHeight(g, lane), minLaneHeight(g));
		boxes[track] = { top: y, height, rows: lane };
		y += height;
	}
	return boxes;
}

/** The bottom of the last lane. */
export const lanesBottom = (boxes: Record<Track, LaneBox>): number =>
	Math.max(...TRACKS.map((t) => boxes[t].top + boxes[t].height));
