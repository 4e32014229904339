/**
 * Paragraph text with each event's quote wrapped in its own mark. Quotes nest or stay apart
 * (the validator sees to it), so every quote becomes exactly one element.
 */
import type { TextRun } from './statement';

export type InlineNode =
	({ kind: 'text' } & TextRun) | { kind: 'mark'; id: string; children: InlineNode[] };

export interface QuoteSpan {
	id: string;
	/** Offsets into the paragraph's folded text, end exclusive. */
	start: number;
	end: number;
}

/** The runs' text between two offsets, keeping each piece's styling. */
function textBetween(runs: readonly TextRun[], from: number, to: number): InlineNode[] {
	const nodes: InlineNode[] = [];
	let offset = 0;
	for (const run of runs) {
		const runEnd = offset + run.text.length;
		const start = Math.max(from, offset);
		const end = Math.min(to, runEnd);
		if (start < end)
			nodes.push({ ...run, kind: 'text', text: run.text.slice(start - offset, end - offset) });
		offset = runEnd;
		if (offset >= to) break;
	}
	return nodes;
}

const contains = (outer: QuoteSpan, inner: QuoteSpan) =>
	outer.start <= inner.start && inner.end <= outer.end;

export function markQuotes(runs: readonly TextRun[], spans: readonly QuoteSpan[]): InlineNode[] {
	const length = runs.reduce((sum, run) => sum + run.text.length, 0);
	// Outer spans first: by start, then the longer, then by id so equal quotes nest stably.
	const ordered = [...spans].sort(
		(a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1)
	);
	for (const span of ordered) {
		if (span.start < 0 || span.end > length || span.start >= span.end) {
			throw new RangeError(`quote of ${span.id} lies outside its paragraph`);
		}
	}

	const build = (from: number, to: number, inside: QuoteSpan[]): InlineNode[] => {
		const nodes: InlineNode[] = [];
		let position = from;
		for (let i = 0; i < inside.length;) {
			const span = inside[i] as QuoteSpan;
			if (span.start < position) {
				throw new RangeError(`quote of ${span.id} crosses another quote`);
			}
			let j = i + 1;
			while (j < inside.length && contains(span, inside[j] as QuoteSpan)) j++;
			nodes.push(...textBetween(runs, position, span.start));
			nodes.push({
				kind: 'mark',
				id: span.id,
				children: build(span.start, span.end, inside.slice(i + 1, j))
			});
			position = span.end;
			i = j;
		}
		nodes.push(...textBetween(runs, position, to));
		return nodes;
	};
	return build(0, length, ordered);
}
