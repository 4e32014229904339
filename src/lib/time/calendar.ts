/**
 * Calendar arithmetic on `YYYY-MM-DD` days: month bounds from the text itself, day and month
 * steps with date-fns on local midnights, so no zone shifts a day.
 */
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { daysInMonth } from '../model/date';
import type { IsoDate } from '../model/event';

export const toDate = (day: IsoDate): Date => parseISO(day);
export const toIsoDate = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

export const plusDays = (day: IsoDate, days: number): IsoDate =>
	toIsoDate(addDays(toDate(day), days));
export const plusMonths = (day: IsoDate, months: number): IsoDate =>
	toIsoDate(addMonths(toDate(day), months));

export const yearOf = (day: IsoDate): number => Number(day.slice(0, 4));
/** 1 for January. */
export const monthOf = (day: IsoDate): number => Number(day.slice(5, 7));

/** 1 for the first of the month. */
export const dayOfMonth = (day: IsoDate): number => Number(day.slice(8, 10));

// One definition of a month's length, the model's, which validation also uses.
export { daysInMonth };

// Written out rather than through Date objects: these run for every date the page shows.
const dayString = (year: number, month: number, day: number): IsoDate =>
	`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function monthStart(year: number, month: number): IsoDate {
	return dayString(year, month, 1);
}

export function monthEnd(year: number, month: number): IsoDate {
	return dayString(year, month, daysInMonth(year, month));
}
