/**
 * Citations of the statements: a paragraph in Chicago (note) and APA (reference and in-text)
 * style to copy, and the statements as CSL-JSON and RIS for reference managers (Zotero, Mendeley,
 * EndNote). Pure: the reader's access date is an argument.
 */
import type { Statement } from '../statements/statement';

/** Who issued a statement, by the host of its official address. */
const ISSUERS: Record<string, string> = {
	'www.whitehouse.gov': 'The White House',
	'whitehouse.gov': 'The White House'
};

/** What a citation needs of a statement, made once at build time (`citables`). */
export interface Citable {
	slug: string;
	issuer: string;
	/** The title as published, spaces folded: headline case, for Chicago. */
	title: string;
	/** The title in sentence case, proper nouns kept: for APA. */
	sentenceTitle: string;
	/** `YYYY-MM-DD`. */
	date: string;
	url: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2022-05-21` → `{ year: 2022, month: 'May', day: 21 }`. */
function partsOf(day: string) {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return { year, month: MONTHS[month - 1]!, day: date, monthNumber: month };
}

/** Both styles write dates as "May 21, 2022". */
function longDate(day: string): string {
	const { year, month, day: date } = partsOf(day);
	return `${month} ${date}, ${year}`;
}

/** No-break and other wide spaces, which the published titles carry, read as plain spaces. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The title in sentence case: a word is lowercased where the statement's own text writes it in
 * lower case more often than capitalized (leaders, joint, statement), and otherwise kept as
 * published (United, States, Korea, the Alliance, and words the text never uses, since nothing
 * says they are common nouns). The first word keeps its capital; each part of a hyphenated word
 * is judged alone.
 */
export function sentenceCase(title: string, body: readonly string[]): string {
	const capitals = new Map<string, number>();
	for (const text of body) {
		for (const [word] of text.matchAll(/\p{L}+/gu)) {
			const key = word.toLowerCase();
			const capital = word[0] !== word[0]!.toLowerCase();
			capitals.set(key, (capitals.get(key) ?? 0) + (capital ? 1 : -1));
		}
	}
	let first = true;
	return fold(title).replace(/\p{L}+/gu, (word) => {
		const keep = first || (capitals.get(word.toLowerCase()) ?? 0) >= 0;
		first = false;
		return keep ? word : word.toLowerCase();
	});
}

/**
 * The statements' citable records. Sentence case is judged against the words of all the
 * statements together, since one statement alone may never use a word of its title.
 * An official address of an unknown issuer is an error naming the file.
 */
export function citables(statements: readonly Statement[]): Citable[] {
	const corpus = statements.flatMap((s) => s.paragraphs.map((p) => p.text));
	return statements.map((statement) => {
		const host = new URL(statement.sourceUrl).hostname;
		const issuer = ISSUERS[host];
		if (!issuer) {
			throw new Error(
				`${statement.file}: source_url: no issuer is known for ${host}; add it to ISSUERS in src/lib/export/cite.ts`
			);
		}
		return {
			slug: statement.slug,
			issuer,
			title: fold(statement.title),
			sentenceTitle: sentenceCase(statement.title, corpus),
			date: statement.date,
			url: statement.sourceUrl
		};
	});
}

/** The paragraph's number from its anchor: `p-12` → 12. */
function paragraphNumber(anchor: string): number {
	const match = /^p-(\d+)$/.exec(anchor);
	if (!match) throw new Error(`"${anchor}" is not a paragraph anchor (p-<number>)`);
	return Number(match[1]);
}

/** Chicago (17th edition) note for a paragraph of a statement read on `accessed`. */
export function chicagoNote(source: Citable, paragraph: string, accessed: string): string {
	return (
		`${source.issuer}, “${source.title},” ${longDate(source.date)}, ` +
		`par. ${paragraphNumber(paragraph)}, accessed ${longDate(accessed)}, ${source.url}.`
	);
}

/** APA (7th edition) reference list entry, split where the title (set in italics) begins and ends. */
export function apaReferenceParts(
	source: Citable,
	accessed: string
): { before: string; title: string; after: string } {
	const { year, month, day } = partsOf(source.date);
	return {
		before: `${source.issuer}. (${year}, ${month} ${day}). `,
		title: source.sentenceTitle,
		after: `. Retrieved ${longDate(accessed)}, from ${source.url}`
	};
}

/** APA (7th edition) reference list entry as plain text. */
export function apaReference(source: Citable, accessed: string): string {
	const { before, title, after } = apaReferenceParts(source, accessed);
	return `${before}${title}${after}`;
}

/** APA (7th edition) parenthetical citation of the paragraph. */
export function apaInText(source: Citable, paragraph: string): string {
	return `(${source.issuer}, ${source.date.slice(0, 4)}, para. ${paragraphNumber(paragraph)})`;
}

/** CSL-JSON, the format citeproc and Zotero read: one web page item per statement. */
export function cslJson(sources: readonly Citable[]): string {
	const items = sources.map((source) => {
		const { year, monthNumber, day } = partsOf(source.date);
		return {
			id: source.slug,
			type: 'webpage',
			title: source.title,
			author: [{ literal: source.issuer }],
			'container-title': source.issuer,
			publisher: source.issuer,
			issued: { 'date-parts': [[year, monthNumber, day]] },
			URL: source.url
		};
	});
	return `${JSON.stringify(items, null, 2)}\n`;
}

/** RIS, the tagged format every reference manager imports: one electronic source per statement. */
export function ris(sources: readonly Citable[]): string {
	const lines = sources.flatMap((source) => [
		'TY  - ELEC',
		`AU  - ${source.issuer}`,
		`TI  - ${source.title}`,
		`PY  - ${source.date.slice(0, 4)}`,
		`DA  - ${source.date.replaceAll('-', '/')}`,
		`PB  - ${source.issuer}`,
		`UR  - ${source.url}`,
		'ER  - '
	]);
	// RIS readers expect CRLF line ends.
	return `${lines.join('\r\n')}\r\n`;
}

export const CSL_JSON_MEDIA_TYPE = 'application/vnd.citationstyles.csl+json';
export const RIS_MEDIA_TYPE = 'application/x-research-info-systems';
