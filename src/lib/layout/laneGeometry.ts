/** Where things sit vertically in a lane: its header, the thin bar rows, the point rows and the chip row. */
import { TRACKS, type Track } from '../model/event';

export interface LaneGeometry {
	header: number;
	barRowHeight: number;
	barRows: number;
	rowHeight: number;
	/** Rows of points; the chip row comes after them. */
	maxRows: number;
}

export const laneHeight = (g: LaneGeometry): number =>
	g.header + g.barRowHeight * g.barRows + g.rowHeight * (g.maxRows + 1) + 4;

/** The y of a mark's middle, from the top of its lane. */
export function markY(g: LaneGeometry, band: 'bars' | 'points', row: number): number {
	if (band === 'bars') return g.header + g.barRowHeight * row + g.barRowHeight / 2;
	return g.header + g.barRowHeight * g.barRows + g.rowHeight * row + g.rowHeight / 2;
}

export const chipY = (g: LaneGeometry): number => markY(g, 'points', g.maxRows);

/** The top of a track's lane, lanes stacked in their fixed order from `top`. */
export const laneTop = (g: LaneGeometry, track: Track, top: number): number =>
	top + TRACKS.indexOf(track) * laneHeight(g);
