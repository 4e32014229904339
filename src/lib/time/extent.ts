/**
 * Calendar days as instants: UTC midnight in epoch milliseconds, the unit of the timeline's
 * axis. A day-precision event covers its whole day; a window runs to the end of its last day.
 */
import type { AllianceEvent, IsoDate } from '../model/event';

export const DAY_MS = 86_400_000;

/** A stretch of time as epoch milliseconds [start, end). */
export type TimeWindow = readonly [number, number];

export const toTime = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`);
export const fromTime = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export function eventExtent(event: Pick<AllianceEvent, 'start' | 'end'>): TimeWindow {
	let extent = extents.get(event);
	if (!extent) {
		extent = [toTime(event.start), toTime(event.end ?? event.start) + DAY_MS];
		extents.set(event, extent);
	}
	return extent;
}

/**
 * Extents already read, per event: every zoom step asks for those in view, and reading two ISO
 * dates each time was a good part of a step's script. Events are never changed in place.
 */
const extents = new WeakMap<object, TimeWindow>();
