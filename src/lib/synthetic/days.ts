/**
 * Calendar days as whole numbers (days since 1970-01-01), converted with Howard Hinnant's
 * integer algorithms. The generator makes a few hundred thousand dates at once, so it avoids
 * Date objects and date-fns here; the results are the same proleptic Gregorian days.
 */
import type { IsoDate } from '../model/event';

/** The day number of a calendar date; a month of 13 or 0 rolls into the next or previous year. */
export function dayNumber(year: number, month: number, day: number): number {
	const rolled = year + Math.floor((month - 1) / 12);
	const m = ((((month - 1) % 12) + 12) % 12) + 1;
	const y = m <= 2 ? rolled - 1 : rolled;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : String(value));

/** The `YYYY-MM-DD` of a day number (years 1000–9999). */
export function isoDay(days: number): IsoDate {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const dayOfEra = z - era * 146097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36524) -
			Math.floor(dayOfEra / 146096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shifted = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
	const month = shifted < 10 ? shifted + 3 : shifted - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of a `YYYY-MM-DD` date. */
export const parseDay = (date: IsoDate): number =>
	dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
