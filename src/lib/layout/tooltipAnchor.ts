/**
 * Where a mark's tooltip stands, read from the layout rather than from the page, so that it
 * moves with the mark as the view zooms or pans and goes when the mark does.
 */
import { TRACKS, type Track } from '../model/event';
import { markY, type LaneBox, type LaneGeometry } from './laneGeometry';
import type { Point } from './threads';
import type { LaneView } from './timeline';

/** How far a mark's focus ring reaches past its right end. */
const RING_PX = 4;

/**
 * Just past the right end of the event's mark (or of its title, when drawn), level with its
 * middle, in the plot's pixels, and `before`, just before the left end of the two, for a
 * tooltip that must open leftwards; null when the event is not drawn as a mark of its own:
 * folded into a chip, drawn as density, or out of the window.
 */
export function tooltipAnchor(
	id: string,
	lanes: Record<Track, LaneView>,
	geometry: LaneGeometry,
	boxes: Record<Track, LaneBox>
): (Point & { before: number }) | null {
	for (const track of TRACKS) {
		const mark = lanes[track].marks.find((m) => m.event.id === id);
		if (!mark) continue;
		const labelEnd = mark.label ? mark.label.x + mark.label.width : -Infinity;
		const labelStart = mark.label ? mark.label.x : Infinity;
		return {
			x: Math.max(mark.x1 + RING_PX, labelEnd),
			before: Math.min(mark.x0 - RING_PX, labelStart),
			y: boxes[track].top + markY(geometry, boxes[track].rows, mark.band, mark.row)
		};
	}
	return null;
}
