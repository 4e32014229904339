/** Finding an event's quote in its statement, tolerant of how the markdown wraps and marks it up. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent } from 'mdast';
import { inlineRuns } from './parse';
import type { Statement } from './statement';

export interface QuoteMatch {
	paragraph: string;
	/** Offsets into the paragraph's folded `text`. */
	start: number;
	end: number;
}

/**
 * The text a quote stands for: read as inline markdown, so `21<sup>st</sup>`, `\#` or
 * `*emphasis*` copied from the source file match the rendered words, and folded like the
 * statement's own text.
 */
export function quoteText(quote: string): string {
	let text = readQuotes.get(quote);
	if (text === undefined) {
		text = readQuote(quote);
		// Bounded, so a long-running process that reads many different quotes never grows it
		// without end; the data has a few hundred.
		if (readQuotes.size >= 10_000) readQuotes.clear();
		readQuotes.set(quote, text);
	}
	return text;
}

/**
 * The quotes already read: the validator asks for each one several times (its place, its
 * phrase, its neighbours in the paragraph), and reading markdown is most of its work.
 */
const readQuotes = new Map<string, string>();

function readQuote(quote: string): string {
	const tree = fromMarkdown(quote.replace(/\u00a0/g, ' '));
	const nodes: PhrasingContent[] = [];
	for (const block of tree.children) {
		if ('children' in block)
			nodes.push(...(block.children as PhrasingContent[]), { type: 'text', value: ' ' });
	}
	return inlineRuns(nodes)
		.map((run) => run.text)
		.join('')
		.trim();
}

/** Every place the quote occurs, in paragraph order. Empty when it is not verbatim anywhere. */
export function findQuote(statement: Statement, quote: string): QuoteMatch[] {
	const needle = quoteText(quote);
	if (needle === '') return [];
	const matches: QuoteMatch[] = [];
	for (const paragraph of statement.paragraphs) {
		for (
			let at = paragraph.text.indexOf(needle);
			at !== -1;
			at = paragraph.text.indexOf(needle, at + 1)
		) {
			matches.push({ paragraph: paragraph.anchor, start: at, end: at + needle.length });
		}
	}
	return matches;
}
