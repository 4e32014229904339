/**
 * The words of the chart's chips, for a screen reader and its list: how many events a chip holds,
 * with its noun agreeing with the count, and when they happened, each end of the span dated as
 * precisely as its event is known ("Fall 2022", never the first day of the season).
 */
import type { AllianceEvent, IsoDate, Track } from '$lib/model/event';
import { countOf, TRACK_LABELS } from '$lib/model/labels';
import { formatWhen } from '$lib/time/format';

type Dated = Pick<AllianceEvent, 'start' | 'end' | 'precision'>;

const dateOf = (event: Dated) => formatWhen(event.start, event.end, event.precision);

/**
 * When a chip's events happened: the one event's date, or from the earliest start to the latest
 * end, each as its own event dates it ("Fall 2022 to 26 Apr 2023").
 */
export function chipWhen(events: readonly Dated[]): string {
	if (events.length === 0) return '';
	let first = events[0]!;
	let last = first;
	for (const event of events) {
		if (event.start < first.start) first = event;
		if ((event.end ?? event.start) > (last.end ?? last.start)) last = event;
	}
	const [from, to] = [dateOf(first), dateOf(last)];
	return from === to ? from : `${from} to ${to}`;
}

/** "3 security events": a count of one track's events. */
export const trackEvents = (count: number, track: Track): string =>
	countOf(count, `${TRACK_LABELS[track].toLowerCase()} event`);

/** A chip of events too close to draw apart: what it holds, when, and what pressing it does. */
export function clusterChipName(
	track: Track,
	events: readonly Dated[],
	caption: string | null
): string {
	return (
		`${trackEvents(events.length, track)}, ${chipWhen(events)}` +
		(caption ? ` (${caption})` : '') +
		': show the list'
	);
}

/** A chip of a lane drawn as density: how many events start in its days (`last` inclusive). */
export function densityChipName(track: Track, count: number, from: IsoDate, last: IsoDate): string {
	return `${trackEvents(count, track)} from ${formatWhen(from, null, 'day')} to ${formatWhen(last, null, 'day')}: zoom in`;
}
