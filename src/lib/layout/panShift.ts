/**
 * A pan that only slides the chart. When the view moves sideways by whole pixels of one and the
 * same drawn scale, and no event enters or leaves the window, the laid-out marks are all where
 * they were, only shifted: the chart moves its marks as one group (one transform) instead of
 * laying them out again. Anything else (a zoom, a widened day coming into view or leaving it,
 * an event crossing an edge, a lane drawn as density) asks for a new layout.
 */
import type { TimeWindow } from '../time/extent';
import { countAfter, countBefore, type TimeIndex } from './timeIndex';

/** A drawn scale: a map from time to px, piecewise linear between its corners. */
export interface DrawnScale {
	x: (time: number) => number;
	breaks: readonly (readonly [number, number])[];
}

export interface Framing {
	window: TimeWindow;
	scale: DrawnScale;
}

/** How far two maps may disagree, px, and still count as one map moved sideways. */
const TOLERANCE_PX = 0.01;

/**
 * The px by which the chart laid out for `laidOut` moves to show `next`, or null when `next`
 * needs a layout of its own. `lanes` are the lanes' time indexes, with the most events a lane
 * may have in view and still be drawn as marks.
 */
export function panShift(
	laidOut: Framing,
	next: Framing,
	lanes: readonly TimeIndex[],
	detailLimit: number
): number | null {
	const length = laidOut.window[1] - laidOut.window[0];
	if (Math.abs(next.window[1] - next.window[0] - length) > 1) return null;
	const anchor = laidOut.window[0];
	const shift = next.scale.x(anchor) - laidOut.scale.x(anchor);
	// Every corner of either map moves by the same px: one map, moved.
	for (const [time] of [...laidOut.scale.breaks, ...next.scale.breaks]) {
		if (Math.abs(next.scale.x(time) - laidOut.scale.x(time) - shift) > TOLERANCE_PX) return null;
	}
	for (const index of lanes) {
		const before = countBefore(index, laidOut.window);
		const after = countAfter(index, laidOut.window);
		if (countBefore(index, next.window) !== before || countAfter(index, next.window) !== after) {
			return null;
		}
		if (index.starts.length - before - after > detailLimit) return null;
	}
	return shift;
}

/**
 * The window the chart's marks are laid out for, as the view moves: kept while a move is a
 * pure slide (panShift), replaced by the view's window otherwise, and always once the view rests
 * (so names cut short at an edge are measured again for where they now stand).
 */
export class LayoutFrame {
	#laidOut: Framing;

	constructor(initial: Framing) {
		this.#laidOut = initial;
	}

	/** The framing to lay out for, and the px to move that layout by to show `next`. */
	follow(
		next: Framing,
		resting: boolean,
		lanes: readonly TimeIndex[],
		detailLimit: number
	): { framing: Framing; shift: number } {
		const shift = resting ? null : panShift(this.#laidOut, next, lanes, detailLimit);
		if (shift === null) this.#laidOut = next;
		return { framing: this.#laidOut, shift: shift ?? 0 };
	}
}
