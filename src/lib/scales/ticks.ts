/**
 * Axis ticks that adapt to the zoom: decades, years, months or days, whichever is the finest
 * step whose labels still fit, plus a second row of context labels (the year above months,
 * the month above days) so every tick can be read without the others.
 */
import { utcDay, utcFormat, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import type { TimeWindow } from '../time/extent';

export type TickUnit = 'day' | 'month' | 'year';

export interface Tick {
	key: string;
	time: number;
	x: number;
	label: string;
}

export interface AxisTicks {
	unit: TickUnit;
	/** Step in units: 1, 2, 7 days; 1, 3, 6 months; 1, 2, 5, 10 … years. */
	step: number;
	major: Tick[];
	context: Tick[];
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
const monthAndYear = utcFormat('%B %Y');

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

const CONTEXT: Record<
	TickUnit,
	{ interval: CountableTimeInterval; format: (d: Date) => string } | null
> = {
	day: { interval: utcMonth, format: monthAndYear },
	month: { interval: utcYear, format: yearNumber },
	year: null
};

function ticksOf(
	interval: CountableTimeInterval,
	window: TimeWindow,
	width: number,
	format: (d: Date) => string,
	prefix: string
): Tick[] {
	const span = window[1] - window[0];
	return interval.range(new Date(window[0]), new Date(window[1])).map((date) => {
		const time = date.getTime();
		return {
			key: `${prefix}${time}`,
			time,
			x: ((time - window[0]) / span) * width,
			label: format(date)
		};
	});
}

/** The finest level whose labels fit, or the coarsest one. */
export function chooseLevel(window: TimeWindow, width: number): Level {
	const msPerPx = (window[1] - window[0]) / Math.max(1, width);
	return (
		LEVELS.find((level) => level.approxMs / msPerPx >= level.labelPx) ?? (LEVELS.at(-1) as Level)
	);
}

export function axisTicks(window: TimeWindow, width: number): AxisTicks {
	const level = chooseLevel(window, width);
	const major = ticksOf(level.interval, window, width, level.format, 'major-');
	const contextLevel = CONTEXT[level.unit];
	let context: Tick[] = [];
	if (contextLevel) {
		context = ticksOf(contextLevel.interval, window, width, contextLevel.format, 'context-');
		// The period under the left edge is named too, unless its own boundary label is about to arrive.
		const first = context[0];
		if (!first || first.x > 90) {
			const time = contextLevel.interval.floor(new Date(window[0])).getTime();
			context.unshift({
				key: `context-${time}`,
				time,
				x: 0,
				label: contextLevel.format(new Date(time))
			});
		}
	}
	return { unit: level.unit, step: level.step, major, context };
}
