/**
 * A statement laid out for reading: its sections and paragraphs with every event's quote
 * marked in place, the events each paragraph carries, and how much of the text the events
 * cover.
 */
import type { AllianceEvent } from '../model/event';
import { markQuotes, type InlineNode } from './highlight';
import { findQuote } from './quote';
import type { Statement } from './statement';

/** What a margin note needs of an event. */
export type NoteEvent = Pick<
	AllianceEvent,
	'id' | 'title' | 'track' | 'kind' | 'start' | 'end' | 'precision' | 'phrase'
>;

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

const toNote = ({
	id,
	title,
	track,
	kind,
	start,
	end,
	precision,
	phrase
}: AllianceEvent): NoteEvent => ({
	id,
	title,
	track,
	kind,
	start,
	end,
	precision,
	phrase
});

export function buildReader(statement: Statement, events: readonly AllianceEvent[]): Reader {
	const own = events.filter((event) => event.statement === statement.slug);
	const paragraphs = new Map<string, ReaderParagraph>();
	for (const paragraph of statement.paragraphs) {
		const quoted = own.filter((event) => event.paragraph === paragraph.anchor);
		const spans = quoted.flatMap((event) => {
			const match = findQuote(statement, event.quote).find((m) => m.paragraph === paragraph.anchor);
			return match ? [{ id: event.id, start: match.start, end: match.end }] : [];
		});
		paragraphs.set(paragraph.anchor, {
			anchor: paragraph.anchor,
			nodes: markQuotes(paragraph.runs, spans),
			events: quoted.map(toNote)
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
