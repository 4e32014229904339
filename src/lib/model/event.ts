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
	phrase: string | null;
	statement: string;
	quote: string;
	paragraph: string;
	thread: string | null;
}

/** Field order of the canonical record; also the column order of exports. */
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
	'phrase',
	'statement',
	'quote',
	'paragraph',
	'thread'
] as const satisfies readonly (keyof AllianceEvent)[];

/** Events in the order every view and endpoint uses: by start, then id. */
export function compareEvents(a: AllianceEvent, b: AllianceEvent): number {
	if (a.start !== b.start) return a.start < b.start ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
