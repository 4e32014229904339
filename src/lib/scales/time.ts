/** The timeline's x axis: windows of time, the scale for a width, and d3-zoom transforms. */
import {
	scaleUtc,
	utcDay,
	utcMonth,
	utcYear,
	zoomIdentity,
	type ScaleTime,
	type ZoomTransform
} from 'd3';
import type { AllianceEvent } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';

/** Whole years around every event, so the widest view starts and ends on a year. */
export function dataSpan(events: readonly Pick<AllianceEvent, 'start' | 'end'>[]): TimeWindow {
	if (events.length === 0) {
		const now = utcYear.floor(new Date()).getTime();
		return [now, utcYear.offset(new Date(now), 1).getTime()];
	}
	let first = Infinity;
	let last = -Infinity;
	for (const event of events) {
		const [start, end] = eventExtent(event);
		if (start < first) first = start;
		if (end > last) last = end;
	}
	return [utcYear.floor(new Date(first)).getTime(), utcYear.ceil(new Date(last)).getTime()];
}

export function windowScale(window: TimeWindow, width: number): ScaleTime<number, number> {
	return scaleUtc()
		.domain([new Date(window[0]), new Date(window[1])])
		.range([0, Math.max(1, width)]);
}

/** Keeps a window at least `minMs` and at most the span wide, and inside the span. */
export function clampWindow(window: TimeWindow, span: TimeWindow, minMs: number): TimeWindow {
	const spanWidth = span[1] - span[0];
	const width = Math.min(spanWidth, Math.max(minMs, window[1] - window[0]));
	const centre = (window[0] + window[1]) / 2;
	let start = centre - width / 2;
	start = Math.min(Math.max(start, span[0]), span[1] - width);
	return [start, start + width];
}

/** Zooms by `factor` (> 1 zooms in) keeping the time under `anchor` where it is. */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number): TimeWindow {
	return [anchor - (anchor - window[0]) / factor, anchor + (window[1] - anchor) / factor];
}

/** Moves the window by a share of its own width (negative = earlier). */
export function panWindow(window: TimeWindow, share: number): TimeWindow {
	const shift = (window[1] - window[0]) * share;
	return [window[0] + shift, window[1] + shift];
}

/** The calendar year as a window: 1 January to 1 January. */
export function yearWindow(year: number): TimeWindow {
	return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/** A window of the same width centred on `time`. */
export function centreWindow(window: TimeWindow, time: number): TimeWindow {
	const half = (window[1] - window[0]) / 2;
	return [time - half, time + half];
}

/**
 * The d3-zoom transform that shows `window` when applied to the scale of the whole span.
 * The window is the state; the transform is derived whenever d3-zoom needs to know it.
 */
export function transformForWindow(
	window: TimeWindow,
	span: TimeWindow,
	width: number
): ZoomTransform {
	const k = (span[1] - span[0]) / (window[1] - window[0]);
	const x = (-(window[0] - span[0]) / (span[1] - span[0])) * width * k;
	return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * Whether two transforms show the same window to within a hundredth of a pixel: then writing one
 * over the other would change nothing but cost a round of updates.
 */
export function sameTransform(
	a: Pick<ZoomTransform, 'k' | 'x' | 'y'>,
	b: Pick<ZoomTransform, 'k' | 'x' | 'y'>
): boolean {
	return (
		Math.abs(a.k - b.k) <= 1e-9 * Math.max(a.k, b.k) &&
		Math.abs(a.x - b.x) < 0.01 &&
		Math.abs(a.y - b.y) < 0.01
	);
}

/** The window a d3-zoom transform shows: `rescaleX` of the whole span's scale. */
export function windowForTransform(
	transform: ZoomTransform,
	span: TimeWindow,
	width: number
): TimeWindow {
	const [start, end] = transform.rescaleX(windowScale(span, width)).domain();
	return [start?.getTime() ?? span[0], end?.getTime() ?? span[1]];
}

/** Days in a window, for wording such as "3 days". */
export const windowDays = (window: TimeWindow): number =>
	utcDay.count(new Date(window[0]), new Date(window[1]));

/**
 * The window the timeline opens on: the statements and their planned follow-ups, where the
 * events are dense, from a few months before the first statement to the end of the last
 * planned meeting (at most two years after the last statement), on month boundaries.
 */
export function homeWindow(
	statementDates: readonly string[],
	events: readonly Pick<AllianceEvent, 'start' | 'end' | 'status'>[]
): TimeWindow {
	const times = statementDates.map((date) => Date.parse(`${date}T00:00:00Z`)).sort((a, b) => a - b);
	const first = times[0];
	const last = times.at(-1);
	if (first === undefined || last === undefined) return dataSpan(events);
	const cap = utcMonth.offset(new Date(last), 24).getTime();
	let end = utcMonth.offset(new Date(last), 2).getTime();
	for (const event of events) {
		if (event.status !== 'planned') continue;
		const [, eventEnd] = eventExtent(event);
		if (eventEnd > end && eventEnd <= cap) end = eventEnd;
	}
	return [
		utcMonth.offset(utcMonth.floor(new Date(first)), -4).getTime(),
		utcMonth.ceil(new Date(end)).getTime()
	];
}

/**
 * The window a narrow chart opens on: the latest statement and what it plans. Two statement
 * days side by side would leave each a column too narrow to name its events.
 */
export function narrowHomeWindow(
	statementDates: readonly string[],
	events: readonly Pick<AllianceEvent, 'start' | 'end' | 'status'>[]
): TimeWindow {
	return homeWindow([...statementDates].sort().slice(-1), events);
}
