/**
 * The overview strip's scale: focus + context over the data's own extent. Nearly every event
 * falls in the few years around the statements, so those years (the focus) get a large share of
 * the strip and the decades on either side (the context) are compressed, both at one rate so
 * a year is as wide before the focus as after it. Piecewise linear, so time → x and x → time
 * are exact inverses within each part and the whole is monotonic.
 */
import { scaleLinear, utcYear } from 'd3';
import type { TimeWindow } from '../time/extent';

/** The share of the strip the focus years get, unless they are a larger share of the time. */
export const FOCUS_SHARE = 0.5;
/** Years of context either side of the statement years in the focus. */
export const FOCUS_MARGIN_YEARS = 1;
/** Years of empty strip either side of the span, so marks at its ends are not flush to an edge. */
export const EXTENT_PAD_YEARS = 1;

export interface OverviewPart {
	kind: 'context' | 'focus';
	/** The part's time, [from, to). */
	from: number;
	to: number;
	/** The part's pixels on the strip, [x0, x1). */
	x0: number;
	x1: number;
}

export interface OverviewScale {
	/** The time the whole strip shows. */
	readonly extent: TimeWindow;
	readonly width: number;
	/** Left to right, context and focus alternating; one part, the focus, when nothing is compressed. */
	readonly parts: readonly OverviewPart[];
	/** The pixel of a time, held to the strip. */
	toX(time: number): number;
	/** The time under a pixel, held to the extent. */
	toTime(x: number): number;
}

/** The span the view can show, a little wider, so the strip has room around its first and last marks. */
export function overviewExtent(span: TimeWindow, padYears = EXTENT_PAD_YEARS): TimeWindow {
	return [
		utcYear.offset(new Date(span[0]), -padYears).getTime(),
		utcYear.offset(new Date(span[1]), padYears).getTime()
	];
}

/**
 * The dense years: from the year of the first statement to the year of the last, each widened
 * by `margin` whole years (the statements' preparations before, their follow-ups after).
 * Null without statements: the strip is then linear.
 */
export function focusYears(
	statementDates: readonly string[],
	margin = FOCUS_MARGIN_YEARS
): TimeWindow | null {
	const years = statementDates.map((date) => Number(date.slice(0, 4))).filter(Number.isFinite);
	if (years.length === 0) return null;
	return [
		Date.UTC(Math.min(...years) - margin, 0, 1),
		Date.UTC(Math.max(...years) + margin + 1, 0, 1)
	];
}

/**
 * The strip's scale: `focus` (held inside `extent`) on `focusShare` of `width`, or on its own
 * share of the time if that is larger; the rest of the width split between the two sides in
 * proportion to their time.
 */
export function overviewScale(
	extent: TimeWindow,
	focus: TimeWindow | null,
	width: number,
	focusShare = FOCUS_SHARE
): OverviewScale {
	const [start, end] = extent[1] > extent[0] ? extent : [extent[0], extent[0] + 1];
	const w = Math.max(1, width);
	// A focus outside the extent, or of no length, is no focus: the strip is then linear.
	const held = (time: number) => Math.min(Math.max(time, start), end);
	const [f0, f1] =
		focus && held(focus[1]) > held(focus[0]) ? [held(focus[0]), held(focus[1])] : [start, end];
	const share = Math.max(focusShare, (f1 - f0) / (end - start));
	const contextMs = end - start - (f1 - f0);
	const before = contextMs > 0 ? ((1 - share) * w * (f0 - start)) / contextMs : 0;
	const [x0, x1] = [before, before + share * w];

	const parts: OverviewPart[] = [
		{ kind: 'context' as const, from: start, to: f0, x0: 0, x1: x0 },
		{ kind: 'focus' as const, from: f0, to: f1, x0, x1 },
		{ kind: 'context' as const, from: f1, to: end, x0: x1, x1: w }
	].filter((part) => part.to > part.from);
	// d3's polylinear scale, over the parts' own breakpoints so no piece has zero length.
	const scale = scaleLinear()
		.domain([start, ...parts.map((p) => p.to)])
		.range([0, ...parts.map((p) => p.x1)])
		.clamp(true);
	return {
		extent: [start, end],
		width: w,
		parts,
		toX: (time) => scale(time),
		toTime: (x) => scale.invert(x)
	};
}
