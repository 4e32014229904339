/**
 * Whitespace folding shared by statement text and quotes: line breaks, hard breaks, NBSP and
 * runs of spaces all become one space, so a quote typed on one line matches the wrapped text.
 */
export function foldWhitespace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
