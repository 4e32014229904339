import type { IsoDate } from './event';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar; month 1 is January. */
export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? Number.NaN);
}

/** True for a real calendar day written `YYYY-MM-DD` (so 2023-02-30 is false). */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The last day of the month holding `date`. */
export function lastDayOfMonth(date: IsoDate): IsoDate {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}
