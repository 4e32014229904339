/** The canonical event record: the shape stored in data/events/*.yaml and served at /events.json. */

export const TRACKS = ['security', 'economy', 'technology', 'global'] as const;
export type Track = (typeof TRACKS)[number];

export const KINDS = [
	'summit',
	'dialogue',
	'meeting',
	'agreement',
	'initiative',
	'exercise',
	'anniversary',
	'target',
	'position',
	'external'
] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES = ['historical', 'held', 'announced', 'planned', 'target'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['day', 'month', 'season', 'year', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** A calendar day as `YYYY-MM-DD`; kept as text so no time zone can shift it. */
export type IsoDate = string;

/**
 * One statement's words about an event: where they stand and what they say. A record cited by
 * several statements carries one mention per citation, in the statements' date order.
 */
export interface Mention {
	/** Slug of the statement, e.g. `2022-05-21-us-rok-leaders-joint-statement`. */
	statement: string;
	/** Anchor of the paragraph holding the quote, e.g. `p-12`. */
	paragraph: string;
	/** A verbatim span of that paragraph. */
	quote: string;
	/** The words of the quote that date the event ("later this year"), or null. */
	phrase: string | null;
}

export const MENTION_FIELDS = [
	'statement',
	'paragraph',
	'phrase',
	'quote'
] as const satisfies readonly (keyof Mention)[];

/**
 * What the next statement says of a commitment: `done` (reported as held, launched or signed),
 * `continued` (reaffirmed or under way), `expanded` (raised or widened), or `not-mentioned`.
 */
export const OUTCOME_RESULTS = ['done', 'continued', 'expanded', 'not-mentioned'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

export interface Outcome {
	result: OutcomeResult;
	/** The later statement that was read for it. */
	statement: string;
	/** The later statement's evidence: null only when the result is `not-mentioned`. */
	paragraph: string | null;
	quote: string | null;
	/** When the later statement dates what was done ("in September 2022"), else null. */
	start: IsoDate | null;
	end: IsoDate | null;
	precision: Precision | null;
	/**
	 * The id of the later statement's own record that the evidence quotes (a restated position,
	 * the agreement that carried the pledge further), else null. Selecting the pledge joins it to
	 * that record's mark, and that record's detail links back.
	 */
	record: string | null;
	/**
	 * Place among the largest follow-throughs the comparison leads with (1 first), else null.
	 * Only a done or expanded outcome whose evidence is a record takes one.
	 */
	lead: number | null;
}

export const OUTCOME_FIELDS = [
	'result',
	'statement',
	'paragraph',
	'quote',
	'start',
	'end',
	'precision',
	'record',
	'lead'
] as const satisfies readonly (keyof Outcome)[];

export interface AllianceEvent {
	id: string;
	title: string;
	summary: string;
	track: Track;
	tracks: Track[];
	kind: Kind;
	status: Status;
	start: IsoDate;
	end: IsoDate | null;
	precision: Precision;
	thread: string | null;
	/** Every statement's words about it, earliest statement first; never empty. */
	mentions: Mention[];
	/** For a commitment of a statement that a later one followed: what became of it. */
	outcome: Outcome | null;
}

/** Field order of the canonical record. */
export const EVENT_FIELDS = [
	'id',
	'title',
	'summary',
	'track',
	'tracks',
	'kind',
	'status',
	'start',
	'end',
	'precision',
	'thread',
	'mentions',
	'outcome'
] as const satisfies readonly (keyof AllianceEvent)[];

/** The statements that cite an event, earliest first. */
export const statementsOf = (event: AllianceEvent): string[] =>
	event.mentions.map((mention) => mention.statement);

/** The first statement to cite it: the one whose file holds the record. */
export const firstMention = (event: AllianceEvent): Mention => event.mentions[0]!;

/** The statement words that date it ("later this year"), from the first mention that has any. */
export const datingPhrase = (event: AllianceEvent): string | null =>
	event.mentions.find((mention) => mention.phrase !== null)?.phrase ?? null;

export const citesStatement = (event: AllianceEvent, slug: string): boolean =>
	event.mentions.some((mention) => mention.statement === slug);

/**
 * A commitment is what a statement says will be launched, held, convened, established,
 * expanded, visited, signed or reached: its outcome can be read from a later statement.
 * Stances (`position`) and outside events are not; a position may still carry an outcome.
 */
export const COMMITMENT_STATUSES: readonly Status[] = ['announced', 'planned', 'target'];
export function isCommitment(event: Pick<AllianceEvent, 'kind' | 'status'>): boolean {
	return (
		COMMITMENT_STATUSES.includes(event.status) &&
		event.kind !== 'position' &&
		event.kind !== 'external'
	);
}

/** Events in the order every view and endpoint uses: by start, then id. */
export function compareEvents(a: AllianceEvent, b: AllianceEvent): number {
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
