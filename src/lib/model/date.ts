import type { IsoDate } from './event';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
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
