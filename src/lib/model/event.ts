/** The event record's vocabulary and the questions every view asks of a record. */
import type { AllianceEvent, Mention } from './schema';

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
 * What the next statement says of a commitment: `done` (reported as held, launched or signed),
 * `continued` (reaffirmed or under way), `expanded` (raised or widened), or `not-mentioned`.
 */
export const OUTCOME_RESULTS = ['done', 'continued', 'expanded', 'not-mentioned'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

/** Ids and threads: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/*
 * The record's types are read off its schema (./schema.ts), where each field is described.
 * Only the types cross over, so the schema library stays out of the browser.
 */
export type { AllianceEvent, Mention, Outcome } from './schema';
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
