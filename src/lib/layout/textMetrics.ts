/**
 * The one place where the chart learns how wide its names are. A name's width is the sum of its
 * words' widths and the spaces between them, and each distinct word is measured once: a zoom
 * step, a new window or ten thousand generated titles built from the same words ask for no new
 * measure. Cutting a name to a width is arithmetic over those widths, at a word's end where one
 * fits and at a character otherwise, as Observable Plot's `textOverflow` does for its text mark.
 */

/** The width in px of a string set in the chart's font: a canvas's `measureText`, or an estimate. */
export type MeasureText = (text: string) => number;

export interface TextMetrics {
	/** The width in px of `text`. */
	width(text: string): number;
	/** The width in px of a space between two words. */
	space: number;
	/**
	 * `text` if it fits `maxPx`, else its longest start of whole words (trailing punctuation
	 * dropped) that fits with an ellipsis after it, or for a first word too long, its longest
	 * start of characters that does; "…" when not even one character fits.
	 */
	cut(text: string, maxPx: number): string;
	/**
	 * `text` set in at most `maxLines` lines of `maxPx`, broken between words: each line takes
	 * as many words as fit, and what does not fit in the last line is cut there (`cut`). A word
	 * wider than a line on its own is cut in its line.
	 */
	wrap(text: string, maxPx: number, maxLines: number): string[];
}

export const ELLIPSIS = '…';
/** Bounded, since nothing else limits the distinct words a lab of generated titles can hold. */
const MOST_WORDS = 50_000;
const TRAILING = /[\s,;:–—-]+$/;

export function textMetrics(measure: MeasureText): TextMetrics {
	const words = new Map<string, number>();
	const wordWidth = (word: string): number => {
		let width = words.get(word);
		if (width === undefined) {
			if (words.size >= MOST_WORDS) words.clear();
			width = measure(word);
			words.set(word, width);
		}
		return width;
	};
	// A space alone may measure as nothing (an estimate trims it): between two letters it does not.
	const space = Math.max(0, measure('x x') - measure('xx'));

	const width = (text: string): number => {
		let total = 0;
		let first = true;
		for (const word of text.split(' ')) {
			if (word === '') continue;
			total += (first ? 0 : space) + wordWidth(word);
			first = false;
		}
		return Math.ceil(total);
	};

	const cut = (text: string, maxPx: number): string => {
		if (width(text) <= maxPx) return text;
		// Starts of whole words, longer and wider as they go: the last that fits is the cut.
		const words = text.split(' ');
		let best: string | null = null;
		let start = '';
		for (const [i, word] of words.slice(0, -1).entries()) {
			start = i === 0 ? word : `${start} ${word}`;
			const candidate = `${start.replace(TRAILING, '')}${ELLIPSIS}`;
			if (candidate === ELLIPSIS) continue;
			if (width(candidate) <= maxPx) best = candidate;
			else if (width(start) > maxPx) break;
		}
		if (best !== null) return best;
		// One long first word: its longest start of characters that fits.
		const glyphs = Array.from(text);
		let glyphsCut: string = ELLIPSIS;
		for (let count = 1; count < glyphs.length; count++) {
			const candidate = `${glyphs.slice(0, count).join('')}${ELLIPSIS}`;
			if (width(candidate) > maxPx) break;
			glyphsCut = candidate;
		}
		return glyphsCut;
	};

	const wrap = (text: string, maxPx: number, maxLines: number): string[] => {
		const lines: string[] = [];
		let rest = text.trim().replace(/\s+/g, ' ');
		while (lines.length < maxLines - 1 && rest !== '' && width(rest) > maxPx) {
			const words = rest.split(' ');
			let line = words[0] as string;
			let taken = 1;
			while (taken < words.length && width(`${line} ${words[taken]}`) <= maxPx) {
				line = `${line} ${words[taken]}`;
				taken++;
			}
			// A word wider than a line is cut, and a cut line is the last: words after a cut
			// would not read as the rest of the name.
			if (width(line) > maxPx) break;
			lines.push(line);
			rest = words.slice(taken).join(' ');
		}
		if (rest !== '') lines.push(cut(rest, maxPx));
		return lines;
	};

	return { width, space, cut, wrap };
}

/** Metrics from a 2D canvas set in `font`, or null where there is no canvas (a server, a test). */
export function canvasMetrics(font: string): TextMetrics | null {
	if (typeof document === 'undefined') return null;
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return null;
	context.font = font;
	return textMetrics((text) => context.measureText(text).width);
}
