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
	return [toTime(event.start), toTime(event.end ?? event.start) + DAY_MS];
}
