/**
 * Where things sit vertically: each lane's header, its thin bar rows, its point rows and its
 * chip row. Lanes are as tall as the rows they use, so a lane with little in view gives its
 * room to the others, and one with nothing in view shrinks to its header.
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
 * The lanes stacked in their fixed order from `top`, each as tall as its rows. When they end
 * above `bottom`, the lanes with something in view share the rest of the height, so the chart
 * keeps its frame and a filter's freed room goes to what is left.
 */
export function stackLanes(
	g: LaneGeometry,
	rows: Record<Track, LaneRows>,
	top: number,
	bottom = top
): Record<Track, LaneBox> {
	const heights = TRACKS.map((track) => laneHeight(g, rows[track]));
	const sharing = TRACKS.filter((track) => !isEmptyLane(rows[track])).length;
	const spare = bottom - top - heights.reduce((sum, h) => sum + h, 0);
	const extra = spare > 0 && sharing > 0 ? Math.floor(spare / sharing) : 0;
	let y = top;
	const boxes = {} as Record<Track, LaneBox>;
	TRACKS.forEach((track, i) => {
		const height = heights[i]! + (isEmptyLane(rows[track]) ? 0 : extra);
		boxes[track] = { top: y, height, rows: rows[track] };
		y += height;
	});
	return boxes;
}

/** The bottom of the last lane. */
export const lanesBottom = (boxes: Record<Track, LaneBox>): number =>
	Math.max(...TRACKS.map((t) => boxes[t].top + boxes[t].height));
