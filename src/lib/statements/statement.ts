/** A joint statement as parsed from data/statements/<slug>.md. */

/** A stretch of paragraph text with the inline styling the statement gives it. */
export interface TextRun {
	text: string;
	emphasis?: true;
	strong?: true;
	/** Superscript, as in the ordinals `21<sup>st</sup>`. */
	sup?: true;
}

export interface Paragraph {
	/** Stable anchor, `p-1` for the first body paragraph. */
	anchor: string;
	/** Anchor of the section the paragraph belongs to. */
	section: string;
	/** Plain text with whitespace folded: what quotes are matched against. */
	text: string;
	/** The same text split by styling; the runs' texts join to `text`. */
	runs: TextRun[];
}

export interface Section {
	anchor: string;
	/** Null for the opening paragraphs before the first heading. */
	title: string | null;
	paragraphs: string[];
}

export interface Statement {
	slug: string;
	/** Path relative to the project root, used in error messages. */
	file: string;
	title: string;
	/** Publication date, `YYYY-MM-DD`: relative phrases resolve against it. */
	date: string;
	publishedTime: string | null;
	sourceUrl: string;
	sections: Section[];
	paragraphs: Paragraph[];
}

/** A problem with a statement file; `field` is a front-matter key or `body`. */
export class StatementError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly reason: string
	) {
		super(`${file}: ${field}: ${reason}`);
		this.name = 'StatementError';
	}
}

/** What pages need to cite a statement. */
export type StatementSummary = Pick<Statement, 'slug' | 'title' | 'date' | 'sourceUrl'>;

export function summarise(statement: Statement): StatementSummary {
	const { slug, title, date, sourceUrl } = statement;
	return { slug, title, date, sourceUrl };
}
