/**
 * A file name that says which view an export holds, so several saved views do not all arrive
 * as `alliance-timeline.csv`: the window's years, then each active filter, e.g.
 * `alliance-timeline-2023-economy.csv` or `alliance-timeline-2022-not-mentioned.csv`.
 */
import type { Filters } from '../filter/filters';
import { OUTCOME_RESULTS } from '../model/event';
import { foldForSearch } from '../filter/search';
import type { TimeWindow } from '../time/extent';

const STEM = 'alliance-timeline';
/** Enough of a search to recognise it; the rest would only make the name unwieldy. */
const MAX_SEARCH_CHARS = 30;

/** Lower-case letters and digits, runs of anything else as one hyphen (`Yoon’s` is `yoons`). */
function slug(text: string): string {
	return foldForSearch(text)
		.replace(/'/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** `2023` for a window within one year, else `2022-2023`; the window's end is exclusive. */
function years([start, end]: TimeWindow): string {
	const first = new Date(start).getUTCFullYear();
	const last = new Date(Math.max(start, end - 1)).getUTCFullYear();
	return first === last ? String(first) : `${first}-${last}`;
}

/** The name, without extension, of an export of the events in `window` under `filters`. */
export function viewFileStem(
	window: TimeWindow,
	filters: Filters,
	statementLabel: (slug: string) => string = (s) => s
): string {
	const search = slug(filters.q).slice(0, MAX_SEARCH_CHARS).replace(/-+$/, '');
	return [
		STEM,
		years(window),
		...filters.tracks,
		...filters.statements.map((s) => slug(statementLabel(s))),
		...filters.statuses,
		// "not-mentioned" tells a file of the promises left unmentioned from one of them all.
		...OUTCOME_RESULTS.filter((r) => filters.outcomes.includes(r)),
		...filters.kinds,
		search
	]
		.filter((part) => part !== '')
		.join('-');
}
