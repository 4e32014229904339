/**
 * The timeline's filters as a plain value, and the pure functions that apply them. A filter
 * list that is empty means "no restriction", so the default value filters nothing.
 */
import {
	KINDS,
	OUTCOME_RESULTS,
	STATUSES,
	TRACKS,
	citesStatement,
	type AllianceEvent,
	type Kind,
	type OutcomeResult,
	type Status,
	type Track
} from '../model/event';
import { matchesTerms, searchTerms } from './search';

export { matchesSearch } from './search';

export interface Filters {
	/** Primary tracks (the event's lane); empty = all tracks. */
	tracks: Track[];
	/** Empty = all kinds. */
	kinds: Kind[];
	/** Empty = all statuses. */
	statuses: Status[];
	/** Statement slugs: events any of them cites; empty = all statements. */
	statements: string[];
	/** Commitments whose later statement reports this outcome; empty = every event. */
	outcomes: OutcomeResult[];
	/** Free-text search; '' = none. */
	q: string;
}

/** Shared; the functions here never mutate it, and neither should callers. */
export const NO_FILTERS: Filters = {
	tracks: [],
	kinds: [],
	statuses: [],
	statements: [],
	outcomes: [],
	q: ''
};

/** True when some filter would hide events; a blank search does not count. */
export function isFiltered(filters: Filters): boolean {
	return (
		filters.tracks.length > 0 ||
		filters.kinds.length > 0 ||
		filters.statuses.length > 0 ||
		filters.statements.length > 0 ||
		filters.outcomes.length > 0 ||
		searchTerms(filters.q).length > 0
	);
}

type Facet = 'track' | 'kind' | 'status' | 'statement' | 'outcome';
const FACETS: readonly Facet[] = ['track', 'kind', 'status', 'statement', 'outcome'];

/** Each facet's test for one event, built once per call so sets and terms are not rebuilt. */
function matchers(filters: Filters) {
	const allows = <T>(chosen: readonly T[]) => {
		const set = new Set(chosen);
		return (value: T) => set.size === 0 || set.has(value);
	};
	const track = allows(filters.tracks);
	const kind = allows(filters.kinds);
	const status = allows(filters.statuses);
	const chosenStatements = filters.statements;
	const outcome = allows(filters.outcomes);
	const terms = searchTerms(filters.q);
	return {
		facet: {
			track: (event: AllianceEvent) => track(event.track),
			kind: (event: AllianceEvent) => kind(event.kind),
			status: (event: AllianceEvent) => status(event.status),
			statement: (event: AllianceEvent) =>
				chosenStatements.length === 0 ||
				chosenStatements.some((slug) => citesStatement(event, slug)),
			outcome: (event: AllianceEvent) =>
				filters.outcomes.length === 0 || (event.outcome !== null && outcome(event.outcome.result))
		} satisfies Record<Facet, (event: AllianceEvent) => boolean>,
		search: (event: AllianceEvent) => matchesTerms(event, terms)
	};
}

/** The events every filter lets through, in their input order. */
export function filterEvents(events: readonly AllianceEvent[], filters: Filters): AllianceEvent[] {
	const match = matchers(filters);
	return events.filter(
		(event) => match.search(event) && FACETS.every((facet) => match.facet[facet](event))
	);
}

export interface FacetCounts {
	track: Record<Track, number>;
	kind: Record<Kind, number>;
	status: Record<Status, number>;
	statement: Record<string, number>;
	outcome: Record<OutcomeResult, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
	return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * How many events each chip would show if chosen alone within its facet: a facet's counts
 * apply every other filter but not its own, so picking a second track never zeroes the first.
 * Events of statements not in `statementSlugs` are counted in no statement key.
 */
export function facetCounts(
	events: readonly AllianceEvent[],
	filters: Filters,
	statementSlugs: readonly string[]
): FacetCounts {
	const counts: FacetCounts = {
		track: zeros(TRACKS),
		kind: zeros(KINDS),
		status: zeros(STATUSES),
		statement: zeros(statementSlugs),
		outcome: zeros(OUTCOME_RESULTS)
	};
	const match = matchers(filters);
	for (const event of events) {
		if (!match.search(event)) continue;
		const failing = FACETS.filter((facet) => !match.facet[facet](event));
		// Failing two facets hides the event whichever one is relaxed.
		if (failing.length > 1) continue;
		const counted = (facet: Facet) => failing.length === 0 || failing[0] === facet;
		if (counted('track')) counts.track[event.track] += 1;
		if (counted('kind')) counts.kind[event.kind] += 1;
		if (counted('status')) counts.status[event.status] += 1;
		// hasOwn, not a lookup: a slug such as `constructor` must not find Object.prototype's.
		if (counted('statement')) {
			for (const slug of new Set(event.mentions.map((m) => m.statement))) {
				if (Object.hasOwn(counts.statement, slug))
					counts.statement[slug] = (counts.statement[slug] ?? 0) + 1;
			}
		}
		if (counted('outcome') && event.outcome) counts.outcome[event.outcome.result] += 1;
	}
	return counts;
}

/** `values` with `value` removed if present, else appended; a new array either way. */
export function toggleValue<T>(values: readonly T[], value: T): T[] {
	return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
