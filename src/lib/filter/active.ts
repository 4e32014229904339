/**
 * The filters in force, one entry per chosen value, each with the filters that remain once it
 * is removed: what the filter row shows as removable chips ("Economy ×").
 */
import { KINDS, OUTCOME_RESULTS, STATUSES, TRACKS } from '../model/event';
import { KIND_LABELS, OUTCOME_LABELS, STATUS_LABELS, TRACK_LABELS } from '../model/labels';
import type { Filters } from './filters';
import { searchTerms } from './search';

export interface ActiveFilter {
	/** Unique among the entries: the facet and the value (`track:economy`, `q`). */
	key: string;
	label: string;
	/** The filters without this one. */
	without: Filters;
}

/** In the order the filter panel lists them: track, statement, status, outcome, kind, search. */
export function activeFilters(
	filters: Filters,
	statementLabel: (slug: string) => string
): ActiveFilter[] {
	const entries: ActiveFilter[] = [];
	const add = <T extends string>(
		facet: 'tracks' | 'statements' | 'statuses' | 'outcomes' | 'kinds',
		order: readonly T[] | null,
		label: (value: T) => string
	) => {
		const chosen = filters[facet] as readonly string[];
		const values = order ? order.filter((v) => chosen.includes(v)) : (chosen as readonly T[]);
		for (const value of values) {
			entries.push({
				key: `${facet}:${value}`,
				label: label(value),
				without: { ...filters, [facet]: chosen.filter((v) => v !== value) }
			});
		}
	};
	add('tracks', TRACKS, (t) => TRACK_LABELS[t]);
	add('statements', null, statementLabel);
	add('statuses', STATUSES, (s) => STATUS_LABELS[s]);
	add('outcomes', OUTCOME_RESULTS, (r) => OUTCOME_LABELS[r]);
	add('kinds', KINDS, (k) => KIND_LABELS[k]);
	if (searchTerms(filters.q).length > 0) {
		entries.push({ key: 'q', label: `“${filters.q.trim()}”`, without: { ...filters, q: '' } });
	}
	return entries;
}
