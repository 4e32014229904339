/**
 * The pledges of a statement, found sentence by sentence by the rule the README's data section
 * gives: a sentence in which the leaders or either government commit, agree, pledge, decide,
 * will, intend, are willing or ready to act, or (re)affirm a commitment. A sentence that only
 * states a view (a condemnation, a welcome, a concern) is not one.
 */
import type { Paragraph } from '../statements/statement';

export interface Sentence {
	paragraph: string;
	/** Counted from 1 within the paragraph. */
	index: number;
	/** Offsets into the paragraph's folded text. */
	start: number;
	end: number;
	text: string;
}

/**
 * A full stop ends a sentence when a capital follows (after a space, or directly, as in the
 * published "programs.Both leaders"), except after "U.S." and an initial ("Joseph R. Biden"),
 * which the statements use mid-sentence.
 */
const BOUNDARY = /[.!?](?=\s*[A-Z“"])/g;
const ABBREVIATION = /(?:\bU\.S|\b[A-Z]|\bJr|\bNo)$/;

export function sentencesOf(paragraph: Paragraph): Sentence[] {
	const text = paragraph.text;
	const sentences: Sentence[] = [];
	let start = 0;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body !== '') {
			sentences.push({
				paragraph: paragraph.anchor,
				index: sentences.length + 1,
				start: start + lead,
				end: start + lead + body.length,
				text: body
			});
		}
	};
	for (const match of text.matchAll(BOUNDARY)) {
		const at = match.index;
		if (ABBREVIATION.test(text.slice(Math.max(0, at - 4), at))) continue;
		push(at + 1);
		start = at + 1;
	}
	push(text.length);
	return sentences;
}

const ACTORS = String.raw`(?:Presidents?|leaders|Biden|Yoon|United States|U\.S\.|ROK|countries|governments|they|we)`;
const PLEDGE_FORMS: RegExp[] = [
	/\bcommit(?:s|ted)?\b/i,
	/\bagree[sd]?\b(?!\s+that)/i,
	/\bpledged?\s+to\b/i,
	/\bdecide[sd]?\b/i,
	/\bintends?\s+to\b/i,
	new RegExp(String.raw`\b${ACTORS}\s+(?:also\s+|significantly\s+)?will\b`, 'i'),
	/\b(?:are|is)\s+(?:willing|ready)\s+to\b/i,
	// "reaffirm their mutual commitment", "affirms the U.S. extended deterrence commitment"
	/\b(?:re)?(?:affirm|iterate)s?\s+(?:[\w.’-]+\s+){0,4}commitments?\b/i
];

/** Whether the sentence binds its speakers to act, by the words that do. */
export function isPledge(sentence: string): boolean {
	return PLEDGE_FORMS.some((form) => form.test(sentence));
}

export function pledgesOf(paragraphs: readonly Paragraph[]): Sentence[] {
	return paragraphs.flatMap((p) => sentencesOf(p).filter((s) => isPledge(s.text)));
}
