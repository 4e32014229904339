/**
 * Axis ticks that adapt to the zoom: decades, years, months or days, whichever is the finest
 * step whose labels still fit, plus a second row of context labels (the year above months,
 * the month above days) so every tick can be read without the others.
 *
 * No two labels of a row ever overlap, and none runs past the chart's edges: positions come
 * from an x mapping (linear unless one is given), and label widths from an estimate that is
 * never narrower than the text as drawn. A day or month tick that would run into the next
 * period's first tick gives way to it; a context label too long for its room is shortened
 * ("September 2023", "Sep 2023", "Sep") or left out; a tick whose period goes unnamed goes
 * unlabelled, so no tick is read against the wrong month or year.
 */
import { utcDay, utcFormat, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import type { TimeWindow } from '../time/extent';

export type TickUnit = 'day' | 'month' | 'year';

export interface Tick {
	key: string;
	time: number;
	x: number;
	/** The text beside the tick's line, or null where there is no room for it: a line alone. */
	label: string | null;
}

export interface AxisTicks {
	unit: TickUnit;
	/** Step in units: 1, 2, 7 days; 1, 3, 6 months; 1, 2, 5, 10 … years. */
	step: number;
	major: Tick[];
	context: Tick[];
}

/** Where x on the chart (px from its left edge) shows a time (epoch ms). */
export type XMapping = (time: number) => number;

/** How each row's labels are set; the axis draws them with these, the layout measures them. */
export const AXIS_LABELS = {
	major: { fontPx: 11, dx: 3 },
	context: { fontPx: 12, dx: 4 }
} as const;

/** Clear space between two labels of a row. */
export const LABEL_GAP = 4;

/**
 * A glyph's width in em, no less than in DejaVu Sans Bold, the widest of the sans-serifs the
 * page's font stack falls back to (measured in Chromium: digits 0.696em, M 0.995, m 1.042,
 * O 0.85, p 0.716; Arial, Helvetica and Liberation Sans are narrower throughout). Bold is wider
 * than regular, so one table bounds both rows.
 */
function glyphEm(glyph: string): number {
	if (glyph >= '0' && glyph <= '9') return 0.7;
	if (glyph === ' ') return 0.35;
	if ('mwMW'.includes(glyph)) return 1.05;
	if (glyph >= 'A' && glyph <= 'Z') return 0.86;
	return 0.72;
}

/** An upper bound on the width in px of an axis label set at `fontPx`. */
export function axisLabelWidth(text: string, fontPx: number): number {
	let em = 0;
	for (const glyph of text) em += glyphEm(glyph);
	return Math.ceil(em * fontPx);
}

interface Level {
	unit: TickUnit;
	step: number;
	interval: CountableTimeInterval;
	approxMs: number;
	labelPx: number;
	format: (date: Date) => string;
}

const DAY = 86_400_000;
const dayOfMonth = utcFormat('%-d');
const monthName = utcFormat('%b');
const yearNumber = utcFormat('%Y');

function everyDays(step: number): CountableTimeInterval {
	// Days of the month that are multiples of the step, so ticks stay put while panning.
	return step === 1
		? utcDay
		: (utcDay.filter(
				(d) => (d.getUTCDate() - 1) % step === 0 && d.getUTCDate() <= 29
			) as CountableTimeInterval);
}

function everyMonths(step: number): CountableTimeInterval {
	return step === 1
		? utcMonth
		: (utcMonth.filter((d) => d.getUTCMonth() % step === 0) as CountableTimeInterval);
}

function everyYears(step: number): CountableTimeInterval {
	return step === 1
		? utcYear
		: (utcYear.filter((d) => d.getUTCFullYear() % step === 0) as CountableTimeInterval);
}

const LEVELS: Level[] = [
	...[1, 2, 7].map((step) => ({
		unit: 'day' as const,
		step,
		interval: everyDays(step),
		approxMs: step * DAY,
		labelPx: 26,
		format: dayOfMonth
	})),
	...[1, 3, 6].map((step) => ({
		unit: 'month' as const,
		step,
		interval: everyMonths(step),
		approxMs: step * 30.4 * DAY,
		labelPx: 38,
		format: monthName
	})),
	...[1, 2, 5, 10, 20, 50, 100].map((step) => ({
		unit: 'year' as const,
		step,
		interval: everyYears(step),
		approxMs: step * 365.25 * DAY,
		labelPx: 46,
		format: yearNumber
	}))
];

/** The period above each unit, named in ever shorter forms until one fits its room. */
const CONTEXT: Record<
	TickUnit,
	{ interval: CountableTimeInterval; formats: ((d: Date) => string)[] } | null
> = {
	day: { interval: utcMonth, formats: [utcFormat('%B %Y'), utcFormat('%b %Y'), monthName] },
	month: { interval: utcYear, formats: [yearNumber] },
	year: null
};

/** The finest level whose labels fit, or the coarsest one. */
export function chooseLevel(window: TimeWindow, width: number): Level {
	const msPerPx = (window[1] - window[0]) / Math.max(1, width);
	return (
		LEVELS.find((level) => level.approxMs / msPerPx >= level.labelPx) ?? (LEVELS.at(-1) as Level)
	);
}

/** The linear mapping of the window onto [0, width]. */
export function linearX(window: TimeWindow, width: number): XMapping {
	const span = window[1] - window[0];
	return (time) => ((time - window[0]) / span) * width;
}

/** Instants of the interval inside the window whose x falls on the chart. */
function timesInView(
	interval: CountableTimeInterval,
	window: TimeWindow,
	width: number,
	x: XMapping
): { time: number; x: number }[] {
	return interval
		.range(new Date(window[0]), new Date(window[1]))
		.map((date) => ({ time: date.getTime(), x: x(date.getTime()) }))
		.filter((tick) => Number.isFinite(tick.x) && tick.x >= 0 && tick.x <= width);
}

/**
 * The context row: a label at each period's start and one for the period under the left edge,
 * each in the longest form that ends LABEL_GAP before the next period's label and inside the
 * chart, or none. The period under the edge, left without a label, is left out altogether: its
 * line would only double the chart's edge.
 */
function contextTicks(
	level: NonNullable<(typeof CONTEXT)[TickUnit]>,
	window: TimeWindow,
	width: number,
	x: XMapping
): Tick[] {
	const starts = timesInView(level.interval, window, width, x);
	const under = level.interval.floor(new Date(window[0])).getTime();
	const pinned = starts[0]?.time !== under;
	if (pinned) starts.unshift({ time: under, x: 0 });
	const { fontPx, dx } = AXIS_LABELS.context;
	const ticks = starts.map((start, i): Tick => {
		const next = starts[i + 1];
		const limit = next ? Math.min(width, next.x + dx - LABEL_GAP) : width;
		const date = new Date(start.time);
		const label =
			level.formats
				.map((format) => format(date))
				.find((text) => start.x + dx + axisLabelWidth(text, fontPx) <= limit) ?? null;
		return { key: `context-${start.time}`, time: start.time, x: start.x, label };
	});
	return pinned && ticks[0]?.label === null ? ticks.slice(1) : ticks;
}

/**
 * The major row: ticks that start a context period are placed first, then the rest in time
 * order; a tick whose label would come within LABEL_GAP of a placed one is dropped (the 29th
 * before the 1st of a 30-day month). A tick whose label would run past the right edge, or whose
 * period has no context label, keeps its line without a label.
 */
function majorTicks(
	level: Level,
	contextLevel: (typeof CONTEXT)[TickUnit],
	context: readonly Tick[],
	window: TimeWindow,
	width: number,
	x: XMapping
): Tick[] {
	const { fontPx, dx } = AXIS_LABELS.major;
	const startsPeriod = (time: number) =>
		contextLevel !== null && contextLevel.interval.floor(new Date(time)).getTime() === time;
	const periodNamed = (time: number) => {
		if (contextLevel === null) return true;
		const period = context.findLast((tick) => tick.time <= time);
		return period !== undefined && period.label !== null;
	};

	const candidates = timesInView(level.interval, window, width, x).map((tick) => {
		const label = level.format(new Date(tick.time));
		const x0 = tick.x + dx;
		return { ...tick, label, x0, x1: x0 + axisLabelWidth(label, fontPx) };
	});
	const order = [
		...candidates.filter((tick) => startsPeriod(tick.time)),
		...candidates.filter((tick) => !startsPeriod(tick.time))
	];
	const occupied: { x0: number; x1: number }[] = [];
	const kept = new Set<number>();
	const unlabelled = new Set<number>();
	for (const tick of order) {
		if (tick.x1 > width || !periodNamed(tick.time)) {
			unlabelled.add(tick.time);
			kept.add(tick.time);
			continue;
		}
		const clear = occupied.every(
			(other) => tick.x1 + LABEL_GAP <= other.x0 || other.x1 + LABEL_GAP <= tick.x0
		);
		if (!clear) continue;
		occupied.push(tick);
		kept.add(tick.time);
	}
	return candidates
		.filter((tick) => kept.has(tick.time))
		.map((tick) => ({
			key: `major-${tick.time}`,
			time: tick.time,
			x: tick.x,
			label: unlabelled.has(tick.time) ? null : tick.label
		}));
}

/**
 * Whether other text on the major row (a note on a widened day), spanning [x0, x1], keeps
 * LABEL_GAP clear of every tick label there.
 */
export function clearOfMajorLabels(major: readonly Tick[], x0: number, x1: number): boolean {
	const { fontPx, dx } = AXIS_LABELS.major;
	return major.every((tick) => {
		if (tick.label === null) return true;
		const start = tick.x + dx;
		const end = start + axisLabelWidth(tick.label, fontPx);
		return x1 + LABEL_GAP <= start || end + LABEL_GAP <= x0;
	});
}

/** Half the width of the zigzag that breaks the axis at each edge of a widened day. */
export const BREAK_HALF_WIDTH = 3;

/**
 * The ticks as drawn beside widened days: a major tick whose label would come within LABEL_GAP
 * of a break mark (the zigzag at each edge of a band, on the major labels' row) keeps its line
 * and loses its label. The context row sits above the marks and keeps all of its labels, so the
 * period a tick starts is still named above it.
 */
export function clearOfBreaks(
	ticks: AxisTicks,
	bands: readonly { x0: number; x1: number }[]
): AxisTicks {
	if (bands.length === 0) return ticks;
	const edges = bands.flatMap((band) => [band.x0, band.x1]);
	const { fontPx, dx } = AXIS_LABELS.major;
	let changed = false;
	const major = ticks.major.map((tick) => {
		if (tick.label === null) return tick;
		const x0 = tick.x + dx;
		const x1 = x0 + axisLabelWidth(tick.label, fontPx);
		const touches = edges.some(
			(edge) => x0 < edge + BREAK_HALF_WIDTH + LABEL_GAP && edge - BREAK_HALF_WIDTH - LABEL_GAP < x1
		);
		if (!touches) return tick;
		changed = true;
		return { ...tick, label: null };
	});
	return changed ? { ...ticks, major } : ticks;
}

/**
 * The axis for a window drawn `width` px wide. `x` places a time on the chart: the linear
 * mapping of the window by default; a display scale that stretches part of the window can be
 * passed instead, and labels are kept apart where it puts them.
 */
export function axisTicks(
	window: TimeWindow,
	width: number,
	x: XMapping = linearX(window, width)
): AxisTicks {
	const level = chooseLevel(window, width);
	const contextLevel = CONTEXT[level.unit];
	const context = contextLevel ? contextTicks(contextLevel, window, width, x) : [];
	const major = majorTicks(level, contextLevel, context, window, width, x);
	return { unit: level.unit, step: level.step, major, context };
}
