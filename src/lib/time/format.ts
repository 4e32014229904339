/** Human wording of event dates: "21 May 2022", "Fall 2022", "Jun–Dec 2022". */
import type { IsoDate, Precision } from '../model/event';
import { dayOfMonth, monthEnd, monthOf } from './calendar';

const SEASON_NAMES: Record<number, string> = { 3: 'Spring', 6: 'Summer', 9: 'Fall', 12: 'Winter' };

const MONTH_NAMES = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

// Read straight from the YYYY-MM-DD text: every mark and list entry names its date, so this
// runs hundreds of times as the page starts.
const yearText = (day: IsoDate) => day.slice(0, 4);
const isMonthStart = (day: IsoDate) => day.endsWith('-01');
const isMonthEnd = (day: IsoDate) => day === monthEnd(Number(yearText(day)), monthOf(day));
const monthText = (day: IsoDate, withYear = true) => {
	const month = MONTH_NAMES[monthOf(day) - 1] ?? '';
	return withYear ? `${month} ${yearText(day)}` : month;
};
const dayText = (day: IsoDate, withYear = true) => `${dayOfMonth(day)} ${monthText(day, withYear)}`;

function rangeText(start: IsoDate, end: IsoDate): string {
	const sameYear = yearText(start) === yearText(end);
	if (start.endsWith('-01-01') && end.endsWith('-12-31')) {
		return sameYear ? yearText(start) : `${yearText(start)}–${yearText(end)}`;
	}
	if (isMonthStart(start) && isMonthEnd(end)) {
		if (start.slice(0, 7) === end.slice(0, 7)) return monthText(start);
		return sameYear
			? `${monthText(start, false)}–${monthText(end)}`
			: `${monthText(start)} – ${monthText(end)}`;
	}
	if (start.slice(0, 7) === end.slice(0, 7)) return `${dayOfMonth(start)}–${dayText(end)}`;
	return sameYear
		? `${dayText(start, false)} – ${dayText(end)}`
		: `${dayText(start)} – ${dayText(end)}`;
}

/** The date of an event as a reader would write it, exact or as the window it falls in. */
export function formatWhen(start: IsoDate, end: IsoDate | null, precision: Precision): string {
	switch (precision) {
		case 'day':
			return end && end !== start ? rangeText(start, end) : dayText(start);
		case 'month':
			return monthText(start);
		case 'season': {
			const season = SEASON_NAMES[monthOf(start)];
			const year =
				monthOf(start) === 12
					? `${yearText(start)}–${String(Number(yearText(start)) + 1).slice(2)}`
					: yearText(start);
			return season ? `${season} ${year}` : rangeText(start, end ?? start);
		}
		case 'year':
			return yearText(start);
		case 'approximate':
			return rangeText(start, end ?? start);
	}
}

const PRECISION_WORDS: Record<Precision, string> = {
	day: 'on',
	month: 'sometime in',
	season: 'sometime in',
	year: 'sometime in',
	approximate: 'sometime between'
};

/** "month: sometime in May 2022": the precision spelled out with its date. */
export function describePrecision(
	start: IsoDate,
	end: IsoDate | null,
	precision: Precision
): string {
	const when = formatWhen(start, end, precision);
	if (precision === 'approximate') return `approximate: sometime within ${when}`;
	return `${precision}: ${PRECISION_WORDS[precision]} ${when}`;
}
