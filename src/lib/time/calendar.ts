/** Calendar arithmetic on `YYYY-MM-DD` days (date-fns on local midnights, so no zone shifts a day). */
import { addDays, addMonths, endOfMonth, format, parseISO, startOfMonth } from 'date-fns';
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

export function monthStart(year: number, month: number): IsoDate {
	return toIsoDate(startOfMonth(new Date(year, month - 1, 1)));
}

export function monthEnd(year: number, month: number): IsoDate {
	return toIsoDate(endOfMonth(new Date(year, month - 1, 1)));
}
