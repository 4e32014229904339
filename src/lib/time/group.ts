import type { AllianceEvent } from '../model/event';

export interface YearGroup {
	year: number;
	events: AllianceEvent[];
}

/** Consecutive runs of events by the year they start in; expects events in chronological order. */
export function groupByYear(events: readonly AllianceEvent[]): YearGroup[] {
	const groups: YearGroup[] = [];
	for (const event of events) {
		const year = Number(event.start.slice(0, 4));
		const last = groups.at(-1);
		if (last && last.year === year) last.events.push(event);
		else groups.push({ year, events: [event] });
	}
	return groups;
}
