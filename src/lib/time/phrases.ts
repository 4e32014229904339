/**
 * Resolves the date phrases the statements use ("later this year", "this Fall", "in May",
 * "10th anniversary this year") against the statement's date into date windows.
 *
 * A phrase may denote more than one window: an anniversary points both at its year and at
 * the founding year it implies; "May and September 2022" names two months. An event agrees
 * with its phrase when its own dates lie inside one of them.
 */
import type { IsoDate, Precision } from '../model/event';
import { monthEnd, monthOf, monthStart, plusDays, plusMonths, yearOf } from './calendar';

export interface DateWindow {
	start: IsoDate;
	end: IsoDate;
	precision: Precision;
}

/** "At the earliest date" is read as within half a year of the statement. */
export const EARLIEST_DATE_MONTHS = 6;
/** "Upcoming", "next" and "at a time of mutual convenience" are read as within a year. */
export const NEAR_FUTURE_MONTHS = 12;
/** "Recent" is read as within the year before the statement. */
export const RECENT_PAST_MONTHS = 12;

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const MONTH_NAME = `(${MONTHS.join('|')})`;
const SEASON_START_MONTH: Record<string, number> = {
	spring: 3,
	summer: 6,
	fall: 9,
	autumn: 9,
	winter: 12
};

const monthNumber = (name: string): number => MONTHS.indexOf(name) + 1;

/** 1 January to 31 December, both days included (a DateWindow, not the chart's TimeWindow). */
function yearDates(year: number): DateWindow {
	return {
		start: `${String(year).padStart(4, '0')}-01-01`,
		end: `${String(year).padStart(4, '0')}-12-31`,
		precision: 'year'
	};
}

function monthDates(year: number, month: number): DateWindow {
	return { start: monthStart(year, month), end: monthEnd(year, month), precision: 'month' };
}

function seasonDates(year: number, firstMonth: number): DateWindow {
	const start = monthStart(year, firstMonth);
	const last = plusMonths(start, 2);
	return { start, end: monthEnd(yearOf(last), monthOf(last)), precision: 'season' };
}

type Rule = [RegExp, (match: RegExpExecArray, date: IsoDate) => DateWindow[]];

const RULES: Rule[] = [
	[/^today$/, (_, date) => [{ start: date, end: date, precision: 'day' }]],
	[/^this year$/, (_, date) => [yearDates(yearOf(date))]],
	[
		/^by the end of (?:the|this) year$/,
		(_, date) => [{ start: date, end: `${yearOf(date)}-12-31`, precision: 'approximate' }]
	],
	[
		/^later this year$/,
		(_, date) => {
			const yearEnd = `${yearOf(date)}-12-31`;
			const nextMonth = monthStart(yearOf(date), monthOf(date) + 1);
			// In December "later" can only mean the rest of the month.
			const start =
				nextMonth <= yearEnd
					? nextMonth
					: plusDays(date, 1) <= yearEnd
						? plusDays(date, 1)
						: yearEnd;
			return [{ start, end: yearEnd, precision: 'approximate' }];
		}
	],
	[
		/^this (spring|summer|fall|autumn|winter)$/,
		(match, date) => {
			const first = SEASON_START_MONTH[match[1] ?? ''] ?? 1;
			// January and February belong to the winter that began the December before.
			const year = first === 12 && monthOf(date) <= 2 ? yearOf(date) - 1 : yearOf(date);
			return [seasonDates(year, first)];
		}
	],
	[
		/^at the earliest (?:date|opportunity)$/,
		(_, date) => [
			{ start: date, end: plusMonths(date, EARLIEST_DATE_MONTHS), precision: 'approximate' }
		]
	],
	[
		/^(?:upcoming|next|at a time of mutual convenience)$/,
		(_, date) => [
			{
				start: plusDays(date, 1),
				end: plusMonths(date, NEAR_FUTURE_MONTHS),
				precision: 'approximate'
			}
		]
	],
	[
		/^(?:recent|recently)$/,
		(_, date) => [
			{ start: plusMonths(date, -RECENT_PAST_MONTHS), end: date, precision: 'approximate' }
		]
	],
	[
		new RegExp(`^(?:in )?${MONTH_NAME}$`),
		(match, date) => {
			const month = monthNumber(match[1] ?? '');
			// A bare month is the next one of that name, counting the statement's own month.
			const year = month >= monthOf(date) ? yearOf(date) : yearOf(date) + 1;
			return [monthDates(year, month)];
		}
	],
	[
		new RegExp(`^(?:in |during )?((?:${MONTH_NAME}(?:, | and ))*${MONTH_NAME}) (\\d{4})$`),
		(match) => {
			const year = Number(match.at(-1));
			return (match[1] ?? '').split(/, | and /).map((name) => monthDates(year, monthNumber(name)));
		}
	],
	[/^(?:in |by )?(\d{4})$/, (match) => [yearDates(Number(match[1]))]],
	[
		/^(?:in )?the (\d{3})0s$/,
		(match) => {
			const first = Number(match[1]) * 10;
			return [{ start: `${first}-01-01`, end: `${first + 9}-12-31`, precision: 'approximate' }];
		}
	],
	[
		/^(\d+)(?:st|nd|rd|th) anniversary(?: this year)?$/,
		(match, date) => [yearDates(yearOf(date)), yearDates(yearOf(date) - Number(match[1]))]
	]
];

function normalise(phrase: string): string {
	return phrase
		.replace(/<\/?sup>/gi, '')
		.replace(/[\s\u00a0]+/g, ' ')
		.trim()
		.toLowerCase();
}

/** The windows a phrase denotes for a statement of `statementDate`, or null if it is not understood. */
export function resolvePhrase(phrase: string, statementDate: IsoDate): DateWindow[] | null {
	const text = normalise(phrase);
	for (const [pattern, resolve] of RULES) {
		const match = pattern.exec(text);
		if (match) return resolve(match, statementDate);
	}
	return null;
}

/** True when the event's own window lies inside one of the phrase's windows. */
export function withinAnyWindow(
	start: IsoDate,
	end: IsoDate | null,
	windows: DateWindow[]
): boolean {
	const last = end ?? start;
	return windows.some((window) => start >= window.start && last <= window.end);
}
