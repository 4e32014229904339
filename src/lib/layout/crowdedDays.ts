/**
 * The days too crowded to draw to their time: a statement day carries dozens of events known
 * to the day. Each is given the width its events need to be drawn named, in columns of names
 * per lane (the scale's lens, scales/lens.ts, decides how much of that it gets).
 */
import { TRACKS, type AllianceEvent, type Track } from '../model/event';
import { DAY_MS, toTime } from '../time/extent';

/** A day that may be widened, and the width in px its events need. */
export interface CrowdedDay {
	from: number;
	to: number;
	wantedPx: number;
}

export interface CrowdedDayOptions {
	/** A day holding at least this many single-day events is crowded. */
	minEvents: number;
	/** Width of one column of names, px. */
	columnPx: number;
	/** Rows of one lane a column may fill before the next column starts. */
	rowsPerColumn: number;
}

/** Clear space inside a day's edges, so its first and last columns stand apart from its neighbours. */
export const DAY_PADDING = 4;

/** Known to the day, and lasting only that day. */
export const isSingleDay = (event: Pick<AllianceEvent, 'precision' | 'start' | 'end'>) =>
	event.precision === 'day' && (event.end === null || event.end === event.start);

/** Columns a day's events need so no lane holds more than `rowsPerColumn` of them a column. */
export function columnsWanted(perLane: readonly number[], rowsPerColumn: number): number {
	const most = Math.max(0, ...perLane);
	return Math.max(1, Math.ceil(most / Math.max(1, rowsPerColumn)));
}

export function crowdedDays(
	events: readonly AllianceEvent[],
	{ minEvents, columnPx, rowsPerColumn }: CrowdedDayOptions
): CrowdedDay[] {
	const byDay = new Map<string, Record<Track, number>>();
	for (const event of events) {
		if (!isSingleDay(event)) continue;
		const counts =
			byDay.get(event.start) ??
			(Object.fromEntries(TRACKS.map((t) => [t, 0])) as Record<Track, number>);
		counts[event.track] += 1;
		byDay.set(event.start, counts);
	}
	const days: CrowdedDay[] = [];
	for (const [day, counts] of byDay) {
		const perLane = TRACKS.map((t) => counts[t]);
		if (perLane.reduce((sum, n) => sum + n, 0) < minEvents) continue;
		const from = toTime(day);
		days.push({
			from,
			to: from + DAY_MS,
			wantedPx: columnsWanted(perLane, rowsPerColumn) * columnPx + 2 * DAY_PADDING
		});
	}
	return days.sort((a, b) => a.from - b.from);
}
