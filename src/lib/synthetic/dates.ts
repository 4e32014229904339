/**
 * The date shapes of synthetic events, as day numbers: a long tail of single days, calendar
 * windows of the exact shapes the schema demands, approximate windows, and summit days.
 */
import type { Precision } from '../model/event';
import { dayNumber } from './days';
import { pick, randomInt, type Random } from './random';

export interface DateShape {
	start: number;
	/** Null for a single day. */
	end: number | null;
	precision: Precision;
}

const TAIL_FROM = dayNumber(1950, 1, 1);
const TAIL_TO = dayNumber(2050, 12, 31);
const CORE_FROM = dayNumber(2000, 1, 1);
const CORE_TO = dayNumber(2030, 12, 31);
/** Share of tail dates drawn from the core years 2000–2030 rather than from all of 1950–2050. */
const CORE_SHARE = 0.55;

/** A day in 1950–2050, denser in 2000–2030 (where the real statements and plans cluster). */
export function tailDay(random: Random): number {
	return random() < CORE_SHARE
		? randomInt(random, CORE_FROM, CORE_TO)
		: randomInt(random, TAIL_FROM, TAIL_TO);
}

/** A year in 1950–2050 with the same density as `tailDay`. */
export function tailYear(random: Random): number {
	return random() < CORE_SHARE ? randomInt(random, 2000, 2030) : randomInt(random, 1950, 2050);
}

const SEASON_STARTS = [3, 6, 9, 12] as const;

/** A month (half of them), a season or a year, each a window of whole months. */
export function calendarWindow(random: Random): DateShape {
	const year = tailYear(random);
	const roll = random();
	if (roll < 0.5) {
		const month = randomInt(random, 1, 12);
		return {
			start: dayNumber(year, month, 1),
			end: dayNumber(year, month + 1, 1) - 1,
			precision: 'month'
		};
	}
	if (roll < 0.75) {
		// Three whole months from March, June, September or December (which runs into February).
		const month = pick(random, SEASON_STARTS);
		return {
			start: dayNumber(year, month, 1),
			end: dayNumber(year, month + 3, 1) - 1,
			precision: 'season'
		};
	}
	return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
}

const SHORTEST = Math.log(2);
const LONGEST = Math.log(3 * 365);

/** A window of two days to three years (spread evenly on a log scale) from a tail day. */
export function approximateWindow(random: Random): DateShape {
	const start = tailDay(random);
	const length = Math.round(Math.exp(SHORTEST + random() * (LONGEST - SHORTEST)));
	return { start, end: start + length, precision: 'approximate' };
}

const SUMMITS_FROM = dayNumber(1990, 1, 1);
const SUMMITS_TO = dayNumber(2045, 12, 31);

/**
 * `count` distinct days spread over 1990–2045, one in each of `count` equal stretches, none
 * of them in `taken` (the statements' own days).
 */
export function summitDays(random: Random, count: number, taken: ReadonlySet<number>): number[] {
	const stretch = (SUMMITS_TO - SUMMITS_FROM + 1) / count;
	const days: number[] = [];
	for (let k = 0; k < count; k++) {
		const from = Math.ceil(SUMMITS_FROM + k * stretch);
		const to = Math.ceil(SUMMITS_FROM + (k + 1) * stretch) - 1;
		let day = randomInt(random, from, to);
		while (taken.has(day)) day = day < to ? day + 1 : from;
		days.push(day);
	}
	return days;
}
