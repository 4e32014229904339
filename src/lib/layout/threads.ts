/**
 * Where the events of the selected event's thread are on screen, so faint connectors can
 * join them: at their mark, at the chip that holds them, or at the lane's edge when they
 * lie outside the window.
 */
import { TRACKS, type Track } from '../model/event';
import { chipY, laneTop, markY, type LaneGeometry } from './laneGeometry';
import type { LaneView } from './timeline';

export interface Point {
	x: number;
	y: number;
}

export function locateEvent(
	id: string,
	lanes: Record<Track, LaneView>,
	geometry: LaneGeometry,
	top: number,
	width: number
): Point | null {
	for (const track of TRACKS) {
		const lane = lanes[track];
		const y0 = laneTop(geometry, track, top);
		const mark = lane.marks.find((m) => m.event.id === id);
		if (mark) {
			const x = mark.isBar
				? mark.x0 + Math.min(6, (mark.x1 - mark.x0) / 2)
				: (mark.x0 + mark.x1) / 2;
			return { x, y: y0 + markY(geometry, mark.band, mark.row) };
		}
		const chip = lane.clusters.find((c) => c.ids.includes(id));
		if (chip) return { x: (chip.x0 + chip.x1) / 2, y: y0 + chipY(geometry) };
		if (lane.before.some((e) => e.id === id)) return { x: 0, y: y0 + geometry.header / 2 };
		if (lane.after.some((e) => e.id === id)) return { x: width, y: y0 + geometry.header / 2 };
	}
	return null;
}

/** Connectors from the selected event to each other event of its thread that can be placed. */
export function threadLinks(
	selectedId: string,
	otherIds: readonly string[],
	lanes: Record<Track, LaneView>,
	geometry: LaneGeometry,
	top: number,
	width: number
): { id: string; from: Point; to: Point }[] {
	const from = locateEvent(selectedId, lanes, geometry, top, width);
	if (!from) return [];
	return otherIds.flatMap((id) => {
		const to = locateEvent(id, lanes, geometry, top, width);
		return to && (to.x !== from.x || to.y !== from.y) ? [{ id, from, to }] : [];
	});
}
