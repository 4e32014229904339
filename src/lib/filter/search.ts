/** Free-text search over the words an event shows: title, summary, quote and phrase. */
import type { AllianceEvent } from '../model/event';

/**
 * Lower-cases and strips what a reader cannot be expected to type: accents (NFKD, then the
 * combining marks go), curly quotes and typographic dashes. The statements write `President’s`
 * and `2022–2023`; a visitor types `president's` and `2022-2023`.
 */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u201b\u02bc\u2032]/g, "'")
		.replace(/[\u201c\u201d\u201f\u2033]/g, '"')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.toLowerCase();
}

/** The folded terms of a query; none for a blank one. */
export function searchTerms(q: string): string[] {
	return foldForSearch(q)
		.split(/\s+/)
		.filter((term) => term !== '');
}

function haystack(event: AllianceEvent): string {
	// A newline cannot occur in a folded term, so no term can match across two fields.
	const words = event.mentions.flatMap((mention) => [mention.quote, mention.phrase ?? '']);
	return foldForSearch([event.title, event.summary, ...words].join('\n'));
}

/** True when every term occurs somewhere in the event's text; an empty list matches all. */
export function matchesTerms(event: AllianceEvent, terms: readonly string[]): boolean {
	if (terms.length === 0) return true;
	const text = haystack(event);
	return terms.every((term) => text.includes(term));
}

/** True when every whitespace-separated term of `q` occurs in the event's text, folded alike. */
export function matchesSearch(event: AllianceEvent, q: string): boolean {
	return matchesTerms(event, searchTerms(q));
}
