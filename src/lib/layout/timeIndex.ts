/**
 * One lane's events indexed by time, built once per set of events, so each zoom or pan
 * frame answers "what is in the window, what lies beyond it, how dense is it" with binary
 * searches instead of a pass over every event.
 */
import type { AllianceEvent } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';

export interface TimeIndex {
	/** By start, then id: the order every view uses. */
	byStart: readonly AllianceEvent[];
	starts: Float64Array;
	/** Ends in start order, so a window test never parses a date again. */
	endsByStart: Float64Array;
	/** The same events by end, for what lies wholly before a window. */
	byEnd: readonly AllianceEvent[];
	ends: Float64Array;
	/** The longest extent: how far before a window an event can start and still reach into it. */
	longest: number;
}

/** Expects events sorted by start (as the catalogue and filters give them). */
export function buildTimeIndex(events: readonly AllianceEvent[]): TimeIndex {
	const extents = events.map((event) => ({ event, extent: eventExtent(event) }));
	const starts = Float64Array.from(extents, (e) => e.extent[0]);
	const endsByStart = Float64Array.from(extents, (e) => e.extent[1]);
	const byEnd = [...extents].sort((a, b) => a.extent[1] - b.extent[1]);
	let longest = 0;
	for (const { extent } of extents) longest = Math.max(longest, extent[1] - extent[0]);
	return {
		byStart: events,
		starts,
		endsByStart,
		byEnd: byEnd.map((e) => e.event),
		ends: Float64Array.from(byEnd, (e) => e.extent[1]),
		longest
	};
}

/** The first position whose value is ≥ `value` (or `values.length`). */
export function lowerBound(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((values[mid] as number) < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The first position whose value is > `value` (or `values.length`). */
export function upperBound(values: Float64Array, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((values[mid] as number) <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Events that end at or before the window starts. */
export const countBefore = (index: TimeIndex, window: TimeWindow): number =>
	upperBound(index.ends, window[0]);

/** Events that start at or after the window ends. */
export const countAfter = (index: TimeIndex, window: TimeWindow): number =>
	index.starts.length - lowerBound(index.starts, window[1]);

export const countVisible = (index: TimeIndex, window: TimeWindow): number =>
	index.starts.length - countBefore(index, window) - countAfter(index, window);

/** The event beyond each edge nearest to the window, for panning to it. */
export function nearestBeyond(
	index: TimeIndex,
	window: TimeWindow
): { before: AllianceEvent | null; after: AllianceEvent | null } {
	const before = countBefore(index, window);
	const firstAfter = lowerBound(index.starts, window[1]);
	return {
		before: before > 0 ? (index.byEnd[before - 1] ?? null) : null,
		after: index.byStart[firstAfter] ?? null
	};
}

/** Events that overlap the window, in start order. */
export function visibleEvents(index: TimeIndex, window: TimeWindow): AllianceEvent[] {
	const from = lowerBound(index.starts, window[0] - index.longest);
	const to = lowerBound(index.starts, window[1]);
	const visible: AllianceEvent[] = [];
	for (let i = from; i < to; i++) {
		if ((index.endsByStart[i] as number) > window[0])
			visible.push(index.byStart[i] as AllianceEvent);
	}
	return visible;
}

/**
 * How many visible events start in each of `bins` equal slices of the window; one that began
 * before the window counts in the first slice. The counts add up to `countVisible`.
 */
export function densityBins(index: TimeIndex, window: TimeWindow, bins: number): Uint32Array {
	const counts = new Uint32Array(Math.max(0, bins));
	if (bins <= 0) return counts;
	const width = (window[1] - window[0]) / bins;
	let previous = countBefore(index, window);
	for (let i = 0; i < bins; i++) {
		const edge = i === bins - 1 ? window[1] : window[0] + width * (i + 1);
		const upTo = lowerBound(index.starts, edge);
		counts[i] = Math.max(0, upTo - previous);
		previous = Math.max(previous, upTo);
	}
	return counts;
}
