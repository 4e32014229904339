/**
 * Quotes for synthetic events: sentence-sized spans cut from the statements' own paragraphs.
 * The spans of one paragraph never overlap, so any two events quoting them either share a
 * span (and nest) or stay apart, as the validator requires of quotes in one paragraph.
 */
import type { Statement } from '../statements/statement';

export interface QuoteSource {
	/** Statement slug. */
	statement: string;
	/** The statement's date, `YYYY-MM-DD`. */
	date: string;
	/** Anchor of the paragraph holding the quote. */
	paragraph: string;
	/** A verbatim span of the paragraph's folded text. */
	quote: string;
}

/** Words whose full stop is not a sentence end: "Joseph R. Biden Jr. of the U.S. Embassy". */
const ABBREVIATIONS = new Set(['Jr', 'Sr', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'Gen', 'Lt']);

function endsSentence(text: string, period: number): boolean {
	const before = text[period - 1] ?? '';
	if (before === ')' || before === '”' || before === '"' || before === '’') return true;
	const word = text.slice(text.lastIndexOf(' ', period - 1) + 1, period).replace(/^[(“"‘]+/, '');
	return !/^[A-Z]$/.test(word) && !word.includes('.') && !ABBREVIATIONS.has(word);
}

/**
 * Quotes are read as inline markdown before matching (so `21<sup>st</sup>` matches "21st").
 * Plain prose survives that unchanged; a span with markdown syntax in it, or one that would
 * open a list, heading or block quote, might not, so it is left out.
 */
const MARKDOWN = /[\\`*_[\]<>&~|]|^(?:#|>|[-+]\s|\d+[.)](?:\s|$))/;

/** The sentence-sized spans of one paragraph's text, in order, as [start, end) offsets. */
export function sentenceSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let start = 0;
	for (let at = text.indexOf('. '); at !== -1; at = text.indexOf('. ', at + 1)) {
		if (!endsSentence(text, at)) continue;
		spans.push([start, at + 1]);
		start = at + 2;
	}
	if (start < text.length) spans.push([start, text.length]);
	return spans;
}

/**
 * Disjoint sentence-sized spans of every paragraph of every statement, in statement and
 * paragraph order. A span is kept only if it is markdown-safe and its first occurrence in the
 * paragraph is itself (a repeated sentence is dropped), so the validator, which places a quote
 * at its first occurrence, sees exactly these spans.
 */
export function quoteSources(statements: readonly Statement[]): QuoteSource[] {
	const sources: QuoteSource[] = [];
	for (const statement of statements) {
		for (const paragraph of statement.paragraphs) {
			const { text } = paragraph;
			for (const [start, end] of sentenceSpans(text)) {
				const quote = text.slice(start, end).trim();
				if (quote === '' || MARKDOWN.test(quote) || text.indexOf(quote) !== start) continue;
				sources.push({
					statement: statement.slug,
					date: statement.date,
					paragraph: paragraph.anchor,
					quote
				});
			}
		}
	}
	return sources;
}
