/**
 * A focus lens on the time axis. A statement day holds dozens of events; drawn to its time it
 * is a few pixels wide at most zooms, and its events can only pile up. The lens widens such a
 * day to the room its events' names need and shares what is left of the width among the rest
 * of the window, so the scale is piecewise linear: linear inside each widened day, linear (and
 * compressed) between them. As the view zooms in and a day's own width reaches what it needs,
 * its lens fades into the plain scale without a jump.
 */
import type { TimeWindow } from '../time/extent';

import type { CrowdedDay } from '../layout/crowdedDays';

/** A widened day as drawn: its time and its pixels. */
export interface LensBand {
	from: number;
	to: number;
	x0: number;
	x1: number;
}

export interface LensScale {
	x: (time: number) => number;
	invert: (px: number) => number;
	/** The days drawn wider than their time, left to right; empty when the scale is linear. */
	bands: LensBand[];
	/** The map's corners as [time, px], from the window's start to its end. */
	breaks: [number, number][];
}

export interface LensOptions {
	/** The most of the width all widened days together may take. */
	maxShare: number;
	/** The most of the width one widened day may take (`maxShare` when not set). */
	maxDayShare?: number;
	/**
	 * More crowded days in view than this, and none is widened: a lens is for a few days that
	 * stand out, and many would leave each too little room (and cost a search per pixel).
	 */
	maxDays?: number;
}

export const DEFAULT_MAX_LENS_DAYS = 4;

/** The plain scale: the window across the width. */
function linear(window: TimeWindow, width: number): LensScale {
	const msPerPx = (window[1] - window[0]) / Math.max(1, width);
	return {
		x: (time) => (time - window[0]) / msPerPx,
		invert: (px) => window[0] + px * msPerPx,
		bands: [],
		breaks: [
			[window[0], 0],
			[window[1], width]
		]
	};
}

/**
 * The scale for a window and width with each crowded day in view widened to its wanted width
 * (or its share of `maxShare` of the width, when they want more together). A day partly in
 * view wants the part of its width that is in view.
 */
export function lensScale(
	window: TimeWindow,
	width: number,
	days: readonly CrowdedDay[],
	{ maxShare, maxDayShare = maxShare, maxDays = DEFAULT_MAX_LENS_DAYS }: LensOptions
): LensScale {
	const span = window[1] - window[0];
	if (!(span > 0) || !(width > 0)) return linear(window, width);
	const natural = (ms: number) => (ms / span) * width;

	const inView = days
		.map((day) => {
			const from = Math.max(day.from, window[0]);
			const to = Math.min(day.to, window[1]);
			const share = (to - from) / (day.to - day.from);
			const wanted = Math.min(day.wantedPx * share, maxDayShare * width);
			return { from, to, wanted, own: natural(to - from) };
		})
		.filter((day) => day.to > day.from && day.wanted > day.own)
		.sort((a, b) => a.from - b.from);
	if (inView.length === 0 || inView.length > maxDays) return linear(window, width);

	const budget = maxShare * width;
	const wantedTotal = inView.reduce((sum, day) => sum + day.wanted, 0);
	const fit = Math.min(1, budget / wantedTotal);
	// Never narrower than its own time: squeezed by the budget, a day keeps at least that.
	const widths = inView.map((day) => Math.max(day.own, day.wanted * fit));
	const lensMs = inView.reduce((sum, day) => sum + (day.to - day.from), 0);
	const lensPx = widths.reduce((sum, w) => sum + w, 0);
	// Days that fill the window on their own leave nothing to widen them into.
	if (lensPx >= width) return linear(window, width);
	const restMs = span - lensMs;
	const restPerMs = restMs > 0 ? (width - lensPx) / restMs : 0;

	// Breakpoints of the piecewise-linear map, time → px, in order.
	const times: number[] = [window[0]];
	const pixels: number[] = [0];
	const bands: LensBand[] = [];
	let px = 0;
	let time = window[0];
	inView.forEach((day, i) => {
		px += (day.from - time) * restPerMs;
		times.push(day.from);
		pixels.push(px);
		const x0 = px;
		px += widths[i] as number;
		times.push(day.to);
		pixels.push(px);
		bands.push({ from: day.from, to: day.to, x0, x1: px });
		time = day.to;
	});
	times.push(window[1]);
	pixels.push(width);

	const segment = (values: readonly number[], value: number) => {
		let i = 0;
		while (i < values.length - 2 && value > (values[i + 1] as number)) i++;
		return i;
	};
	const interpolate = (
		from: readonly number[],
		to: readonly number[],
		value: number,
		i: number
	) => {
		const a = from[i] as number;
		const b = from[i + 1] as number;
		const c = to[i] as number;
		const d = to[i + 1] as number;
		// Outside the window the outer segments carry on at their own rate.
		if (b === a) return c;
		return c + ((value - a) / (b - a)) * (d - c);
	};
	const outerRate = restPerMs > 0 ? restPerMs : width / span;
	return {
		x: (t) => {
			if (t < window[0]) return (t - window[0]) * outerRate;
			if (t > window[1]) return width + (t - window[1]) * outerRate;
			return interpolate(times, pixels, t, segment(times, t));
		},
		invert: (p) => {
			if (p < 0) return window[0] + p / outerRate;
			if (p > width) return window[1] + (p - width) / outerRate;
			return interpolate(pixels, times, p, segment(pixels, p));
		},
		bands,
		breaks: times.map((t, i) => [t, pixels[i] as number])
	};
}

/**
 * The window moved so that `time` is drawn at `px` again, under the scale the window gets.
 * Gestures are measured in plain pixels; under a lens the time under the pointer would drift
 * away from it as the view zooms or pans, so each step is put back under the pointer. The
 * scale depends on the window, and the time drawn at a pixel grows with the window's shift, so
 * the shift is found by halving (a widened day barely moves with a small shift: only a search
 * over the whole range finds how far).
 */
export function keepUnderPointer(
	window: TimeWindow,
	time: number,
	px: number,
	scaleFor: (window: TimeWindow) => Pick<LensScale, 'x' | 'invert'>
): TimeWindow {
	const moved = (shift: number): TimeWindow => [window[0] + shift, window[1] + shift];
	const span = window[1] - window[0];
	let low = -span;
	let high = span;
	for (let step = 0; step < 60; step++) {
		const shift = (low + high) / 2;
		const scale = scaleFor(moved(shift));
		if (Math.abs(scale.x(time) - px) < 0.1) return moved(shift);
		if (scale.invert(px) < time) low = shift;
		else high = shift;
	}
	return moved((low + high) / 2);
}

/**
 * The piecewise-linear map through a scale's corners ([time, px], in order), carried on past
 * either end at its outer rates: a lens scale rebuilt from its `breaks`, where only plain data
 * can go (to a worker).
 */
export function breaksScale(breaks: readonly [number, number][]): (time: number) => number {
	return (time) => {
		let i = 0;
		while (i < breaks.length - 2 && time > (breaks[i + 1] as [number, number])[0]) i++;
		const [t0, x0] = breaks[i] as [number, number];
		const [t1, x1] = (breaks[i + 1] ?? breaks[i]) as [number, number];
		return t1 === t0 ? x0 : x0 + ((time - t0) / (t1 - t0)) * (x1 - x0);
	};
}
