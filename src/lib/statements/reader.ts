/**
 * A statement laid out for reading: its sections and paragraphs with every event's quote
 * marked in place, the events each paragraph carries, and how much of the text the events
 * cover.
 */
import type { AllianceEvent, Mention } from '../model/event';
import { markQuotes, type InlineNode } from './highlight';
import { findQuote } from './quote';
import type { Statement } from './statement';

/** What a margin note needs of an event, with the phrase of the mention in this statement. */
export type NoteEvent = Pick<
	AllianceEvent,
	'id' | 'title' | 'track' | 'kind' | 'start' | 'end' | 'precision'
> & { phrase: string | null };

export interface ReaderParagraph {
	anchor: string;
	nodes: InlineNode[];
	events: NoteEvent[];
}

export interface ReaderSection {
	anchor: string;
	title: string | null;
	paragraphs: ReaderParagraph[];
}

export interface Reader {
	sections: ReaderSection[];
	/** Paragraphs with at least one event, and all paragraphs. */
	covered: number;
	total: number;
}

const toNote = (
	{ id, title, track, kind, start, end, precision }: AllianceEvent,
	{ phrase }: Mention
): NoteEvent => ({ id, title, track, kind, start, end, precision, phrase });

export function buildReader(statement: Statement, events: readonly AllianceEvent[]): Reader {
	// Each event's mentions in this statement; a record cited by several statements is marked
	// in each of them with that statement's own words.
	const own = events.flatMap((event) =>
		event.mentions
			.filter((mention) => mention.statement === statement.slug)
			.map((mention) => ({ event, mention }))
	);
	const paragraphs = new Map<string, ReaderParagraph>();
	for (const paragraph of statement.paragraphs) {
		const quoted = own.filter(({ mention }) => mention.paragraph === paragraph.anchor);
		const spans = quoted.flatMap(({ event, mention }) => {
			const match = findQuote(statement, mention.quote).find(
				(m) => m.paragraph === paragraph.anchor
			);
			return match ? [{ id: event.id, start: match.start, end: match.end }] : [];
		});
		paragraphs.set(paragraph.anchor, {
			anchor: paragraph.anchor,
			nodes: markQuotes(paragraph.runs, spans),
			events: quoted.map(({ event, mention }) => toNote(event, mention))
		});
	}
	const sections = statement.sections.map((section) => ({
		anchor: section.anchor,
		title: section.title,
		paragraphs: section.paragraphs.flatMap((anchor) => paragraphs.get(anchor) ?? [])
	}));
	const all = [...paragraphs.values()];
	return { sections, covered: all.filter((p) => p.events.length > 0).length, total: all.length };
}
