/**
 * The view as URL search params, so a filtered, zoomed timeline can be linked. Decoding reads
 * whatever a visitor or another site puts in the address bar, so it never throws: a value it
 * does not understand is dropped and that part of the view falls back to its default.
 */
import { NO_FILTERS, type Filters } from '../filter/filters';
import { isIsoDate } from '../model/date';
import { KINDS, OUTCOME_RESULTS, STATUSES, TRACKS, type IsoDate } from '../model/event';
import { ID_PATTERN } from '../model/event';
import { DAY_MS, fromTime, toTime, type TimeWindow } from '../time/extent';

export interface StatementRef {
	slug: string;
	/** `YYYY-MM-DD`. */
	date: string;
}

export interface ViewState {
	filters: Filters;
	/** The visible window, first and last day shown (both inclusive, from <= to), or both null. */
	from: IsoDate | null;
	to: IsoDate | null;
	/** Id of the selected event. */
	event: string | null;
}

export const DEFAULT_VIEW: ViewState = { filters: NO_FILTERS, from: null, to: null, event: null };

/** Every param the view owns, in the order they are written. */
export const VIEW_PARAMS = [
	'track',
	'kind',
	'status',
	'statement',
	'outcome',
	'q',
	'from',
	'to',
	'event'
] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** Longer searches are cut: nobody types more, and the whole query ends up in every link. */
export const MAX_QUERY_LENGTH = 200;

/** The values of `name`, however given: repeated, comma-joined, padded or upper-cased. */
function listValues(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((value) => value.split(','))
		.map((value) => value.trim().toLowerCase())
		.filter((value) => value !== '');
}

/** The known values among `values`, once each, in canonical order. */
function knownValues<T extends string>(canonical: readonly T[], values: readonly string[]): T[] {
	const wanted = new Set(values);
	return canonical.filter((value) => wanted.has(value));
}

function byDate(statements: readonly StatementRef[]): StatementRef[] {
	return [...statements].sort((a, b) =>
		a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
	);
}

/** Statements named by date, by year or by slug, as slugs in date order. */
function decodeStatements(
	values: readonly string[],
	statements: readonly StatementRef[]
): string[] {
	const names = (s: StatementRef) => [s.date, s.date.slice(0, 4), s.slug.toLowerCase()];
	const wanted = new Set(values);
	return byDate(statements)
		.filter((s) => names(s).some((name) => wanted.has(name)))
		.map((s) => s.slug);
}

/** Each chosen statement by its date, the short readable name, unless another shares it. */
function encodeStatements(slugs: readonly string[], statements: readonly StatementRef[]): string[] {
	const chosen = new Set(slugs);
	const onDate = (date: string) => statements.filter((s) => s.date === date).length;
	return byDate(statements)
		.filter((s) => chosen.has(s.slug))
		.map((s) => (onDate(s.date) === 1 ? s.date : s.slug));
}

function clampQuery(q: string): string {
	// Cut by code point so an emoji at the limit is dropped whole, not left as half a pair.
	return Array.from(q.trim()).slice(0, MAX_QUERY_LENGTH).join('').trimEnd();
}

/**
 * What the search box shows once the URL's query is `q`: the text the reader typed while it
 * asks for that very query, else `q`. The URL holds the query trimmed, but a trailing space is
 * where the reader's next word begins and must stay in the box.
 */
export function searchBoxText(typed: string, q: string): string {
	return clampQuery(typed) === q ? typed : q;
}

const isFirstOfMonth = (day: string): boolean => day.endsWith('-01');

/**
 * Whether `to` is an end written the old way, as the day after the window (exclusive). Those
 * links were whole months or years: both ends on the 1st of a month. Read inclusively, such a
 * pair would end one day into a month, a window no button gives; so a `to` on the 1st of a
 * month after a `from` on the 1st is taken as exclusive, and the writer never writes that pair
 * to mean anything else (see daysOfWindow).
 */
function isExclusiveEnd(from: IsoDate, to: IsoDate): boolean {
	return isFirstOfMonth(from) && isFirstOfMonth(to) && from < to;
}

/** A window only makes sense with both ends in order; anything else shows the whole timeline. */
function dateRange(from: string | null, to: string | null): Pick<ViewState, 'from' | 'to'> {
	const [start, end] = [from?.trim(), to?.trim()];
	if (!isIsoDate(start) || !isIsoDate(end)) return { from: null, to: null };
	const last = isExclusiveEnd(start, end) ? fromTime(toTime(end) - DAY_MS) : end;
	return start <= last ? { from: start, to: last } : { from: null, to: null };
}

/** The time window a view's days name: from the start of `from` to the end of `to`. */
export function windowOfDays(from: IsoDate, to: IsoDate): TimeWindow {
	return [toTime(from), toTime(to) + DAY_MS];
}

/**
 * The days to write for a time window: its first day, and the last day it reaches into. A
 * window from the 1st of a month to the 1st of a later month (inclusive) would read back as an
 * old exclusive link, a day short; it is written a day longer instead.
 */
export function daysOfWindow(window: TimeWindow): { from: IsoDate; to: IsoDate } {
	const from = fromTime(Math.floor(window[0] / DAY_MS) * DAY_MS);
	const end = Math.max(Math.ceil(window[1] / DAY_MS) * DAY_MS, toTime(from) + DAY_MS);
	const to = fromTime(end - DAY_MS);
	return { from, to: isExclusiveEnd(from, to) ? fromTime(end) : to };
}

function eventId(value: string | null): string | null {
	const id = value?.trim().toLowerCase() ?? '';
	return ID_PATTERN.test(id) ? id : null;
}

/** The view a URL asks for. Scalars (q, from, to, event) take their first occurrence. */
export function decodeViewState(
	params: URLSearchParams,
	statements: readonly StatementRef[]
): ViewState {
	return {
		filters: {
			tracks: knownValues(TRACKS, listValues(params, 'track')),
			kinds: knownValues(KINDS, listValues(params, 'kind')),
			statuses: knownValues(STATUSES, listValues(params, 'status')),
			statements: decodeStatements(listValues(params, 'statement'), statements),
			outcomes: knownValues(OUTCOME_RESULTS, listValues(params, 'outcome')),
			q: clampQuery(params.get('q') ?? '')
		},
		...dateRange(params.get('from'), params.get('to')),
		event: eventId(params.get('event'))
	};
}

/**
 * The canonical params for a view: defaults omitted, lists deduplicated in canonical order and
 * params in a fixed order, so equal views give equal strings. Values decoding would drop
 * (unknown tracks or statements, a half-open window, a malformed id) are not written either,
 * and a window is written as decoding reads it.
 */
export function encodeViewState(
	state: ViewState,
	statements: readonly StatementRef[]
): URLSearchParams {
	const { filters } = state;
	const { from, to } = dateRange(state.from, state.to);
	const values: Record<ViewParam, string[] | string | null> = {
		track: knownValues(TRACKS, filters.tracks),
		kind: knownValues(KINDS, filters.kinds),
		status: knownValues(STATUSES, filters.statuses),
		statement: encodeStatements(filters.statements, statements),
		outcome: knownValues(OUTCOME_RESULTS, filters.outcomes),
		q: clampQuery(filters.q),
		from,
		to,
		event: eventId(state.event)
	};
	const params = new URLSearchParams();
	for (const name of VIEW_PARAMS) {
		const value = values[name];
		const text = Array.isArray(value) ? value.join(',') : (value ?? '');
		if (text !== '') params.append(name, text);
	}
	return params;
}

/**
 * The view as a `search` string: '' for the default view, else `?` and the params, with commas
 * left readable (`track=security,economy`); form encoding would write them as %2C.
 */
export function viewStateSearch(state: ViewState, statements: readonly StatementRef[]): string {
	// Lossless: a literal comma in a query string decodes as itself.
	const search = encodeViewState(state, statements).toString().replace(/%2C/g, ',');
	return search === '' ? '' : `?${search}`;
}

/** True when the two views would be written as the same URL. */
export function sameViewState(
	a: ViewState,
	b: ViewState,
	statements: readonly StatementRef[]
): boolean {
	return encodeViewState(a, statements).toString() === encodeViewState(b, statements).toString();
}
