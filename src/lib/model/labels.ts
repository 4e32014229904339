import type { Kind, OutcomeResult, Status, Track } from './event';

export const TRACK_LABELS: Record<Track, string> = {
	security: 'Security',
	economy: 'Economy',
	technology: 'Technology',
	global: 'Global'
};

export const KIND_LABELS: Record<Kind, string> = {
	summit: 'Summit',
	dialogue: 'Dialogue',
	meeting: 'Meeting',
	agreement: 'Agreement',
	initiative: 'Initiative',
	exercise: 'Exercise',
	anniversary: 'Anniversary',
	target: 'Target',
	position: 'Position',
	external: 'External event'
};

export const STATUS_LABELS: Record<Status, string> = {
	historical: 'Historical',
	held: 'Held',
	announced: 'Announced',
	planned: 'Planned',
	target: 'Target'
};

export const OUTCOME_LABELS: Record<OutcomeResult, string> = {
	done: 'Done',
	continued: 'Continued',
	expanded: 'Expanded',
	'not-mentioned': 'Not mentioned'
};

/** What each outcome means, in words a reader can check against the evidence. */
export const OUTCOME_MEANINGS: Record<OutcomeResult, string> = {
	done: 'reported as held, launched or signed',
	continued: 'reaffirmed or under way',
	expanded: 'raised or widened',
	'not-mentioned': 'not mentioned'
};

/** How a later record stands to the earlier pledge whose outcome names it: "expands the pledge". */
export const OUTCOME_CARRIES: Record<OutcomeResult, string> = {
	done: 'fulfils',
	continued: 'restates',
	expanded: 'expands',
	'not-mentioned': 'cites'
};

/** A count with its noun agreeing: "1 event", "2 events", "1 global event". */
export const countOf = (count: number, one: string, many = `${one}s`): string =>
	`${count} ${count === 1 ? one : many}`;
