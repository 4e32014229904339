/**
 * Validation of the curated event files against the schema and against the statements they
 * quote. Every problem is collected, never thrown one at a time, and no record with a problem
 * is returned: bad data fails the build instead of vanishing from the timeline.
 */
import { parseDocument } from 'yaml';
import { compareEvents, type AllianceEvent } from '../model/event';
import { checkRecord } from '../model/schema';
import { findQuote, quoteText } from '../statements/quote';
import type { Statement } from '../statements/statement';
import { resolvePhrase, withinAnyWindow, type DateWindow } from '../time/phrases';

export interface SourceFile {
	/** Path relative to the project root, e.g. `data/events/2022-05-21.yaml`. */
	file: string;
	text: string;
}

export interface Problem {
	file: string;
	/** Record id, or `(record N)` when it has none, or `(file)`. */
	id: string;
	field: string;
	reason: string;
}

export const formatProblem = (p: Problem): string =>
	p.id === ''
		? `${p.file}: ${p.field}: ${p.reason}`
		: `${p.file}: ${p.id}: ${p.field}: ${p.reason}`;

const EVENT_FILE = /^(\d{4}-\d{2}-\d{2})\.yaml$/;

function windowText(windows: DateWindow[]): string {
	return windows.map((w) => (w.start === w.end ? w.start : `${w.start}..${w.end}`)).join(' or ');
}

/** How much of the quote does occur, to point the curator at where it departs from the text. */
function verbatimPrefix(statement: Statement, quote: string): string {
	const needle = quoteText(quote);
	const occurs = (length: number) =>
		statement.paragraphs.some((p) => p.text.includes(needle.slice(0, length)));
	let low = 0;
	let high = needle.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (occurs(mid)) low = mid;
		else high = mid - 1;
	}
	return needle.slice(0, low);
}

function parseEventFile(source: SourceFile, problems: Problem[]): unknown[] {
	const doc = parseDocument(source.text, { schema: 'core', customTags: [], uniqueKeys: true });
	const issues = [...doc.errors, ...doc.warnings];
	for (const issue of issues) {
		const line = issue.linePos?.[0]?.line;
		problems.push({
			file: source.file,
			id: '(file)',
			field: line ? `line ${line}` : 'yaml',
			reason: `invalid YAML: ${issue.message.split('\n')[0]}`
		});
	}
	if (issues.length > 0) return [];
	const data: unknown = doc.toJS();
	if (data === null || data === undefined) return [];
	if (!Array.isArray(data)) {
		problems.push({
			file: source.file,
			id: '(file)',
			field: 'yaml',
			reason: 'must be a list of event records'
		});
		return [];
	}
	return data;
}

function recordLabel(raw: unknown, index: number): string {
	const id = (raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' && id.trim() !== '' ? id : `(record ${index + 1})`;
}

/** Checks that need the statement: quote, paragraph, phrase and status against its date. */
function checkAgainstStatement(
	event: AllianceEvent,
	statement: Statement,
	fileDate: string | null
): Omit<Problem, 'file' | 'id'>[] {
	const problems: Omit<Problem, 'file' | 'id'>[] = [];
	if (fileDate !== null && statement.date !== fileDate) {
		problems.push({
			field: 'statement',
			reason: `${event.statement} is dated ${statement.date}; this file holds the events of the ${fileDate} statement`
		});
	}

	const matches = findQuote(statement, event.quote);
	if (matches.length === 0) {
		const prefix = verbatimPrefix(statement, event.quote);
		problems.push({
			field: 'quote',
			reason:
				`not found verbatim in ${statement.slug}` +
				(prefix.length > 0 ? `; the text departs from the quote after "${prefix.slice(-40)}"` : '')
		});
	} else if (!matches.some((match) => match.paragraph === event.paragraph)) {
		const known = statement.paragraphs.some((p) => p.anchor === event.paragraph);
		problems.push({
			field: 'paragraph',
			reason: `${known ? '' : `no paragraph ${event.paragraph} in ${statement.slug}; `}the quote is in ${[...new Set(matches.map((m) => m.paragraph))].join(', ')}${known ? `, not ${event.paragraph}` : ''}`
		});
	}

	if (event.phrase !== null) {
		const phrase = quoteText(event.phrase);
		const windows = resolvePhrase(phrase, statement.date);
		if (!quoteText(event.quote).toLowerCase().includes(phrase.toLowerCase())) {
			problems.push({ field: 'phrase', reason: `"${phrase}" does not occur in the quote` });
		} else if (windows === null) {
			problems.push({
				field: 'phrase',
				reason: `"${phrase}" is not a date phrase the resolver understands`
			});
		} else if (!withinAnyWindow(event.start, event.end, windows)) {
			const own =
				event.end && event.end !== event.start ? `${event.start}..${event.end}` : event.start;
			problems.push({
				field: 'start',
				reason: `${own} lies outside "${phrase}", which means ${windowText(windows)} for a statement of ${statement.date}`
			});
		}
	}

	const last = event.end ?? event.start;
	if (event.status === 'historical' && event.start > statement.date) {
		problems.push({
			field: 'status',
			reason: `historical, but it starts ${event.start}, after the statement (${statement.date})`
		});
	}
	if (event.status === 'held' && event.start > statement.date) {
		problems.push({
			field: 'status',
			reason: `held, but it starts ${event.start}, after the statement (${statement.date})`
		});
	}
	if ((event.status === 'planned' || event.status === 'target') && last <= statement.date) {
		problems.push({
			field: 'status',
			reason: `${event.status}, but its date ${last} is not after the statement (${statement.date})`
		});
	}
	return problems;
}

export interface ValidationResult {
	/** Valid records only, sorted by start then id. */
	events: AllianceEvent[];
	problems: Problem[];
}

export function validateEventFiles(files: SourceFile[], statements: Statement[]): ValidationResult {
	const problems: Problem[] = [];
	const bySlug = new Map(statements.map((s) => [s.slug, s]));
	const candidates: { event: AllianceEvent; file: string }[] = [];
	const firstFileOfId = new Map<string, string>();
	const failedIds = new Set<string>();
	// Counted over every record, valid or not, so one broken record does not orphan its thread.
	const threadSizes = new Map<string, number>();

	for (const source of files) {
		const name = source.file.split('/').at(-1) ?? source.file;
		const fileDate = EVENT_FILE.exec(name)?.[1] ?? null;
		if (fileDate === null) {
			problems.push({
				file: source.file,
				id: '(file)',
				field: 'name',
				reason: 'an event file is named <statement-date>.yaml, e.g. 2022-05-21.yaml'
			});
		}
		parseEventFile(source, problems).forEach((raw, index) => {
			const id = recordLabel(raw, index);
			const report = (field: string, reason: string) => {
				problems.push({ file: source.file, id, field, reason });
				failedIds.add(id);
			};

			if (typeof (raw as { id?: unknown })?.id === 'string') {
				const earlier = firstFileOfId.get(id);
				if (earlier !== undefined) report('id', `duplicate; "${id}" is already used in ${earlier}`);
				else firstFileOfId.set(id, source.file);
			}

			const thread = (raw as { thread?: unknown })?.thread;
			if (typeof thread === 'string') threadSizes.set(thread, (threadSizes.get(thread) ?? 0) + 1);

			const { event, problems: shape } = checkRecord(raw);
			for (const p of shape) report(p.field, p.reason);
			if (!event) return;

			const statement = bySlug.get(event.statement);
			if (!statement) {
				report('statement', `no statement "${event.statement}" in data/statements/`);
				return;
			}
			for (const p of checkAgainstStatement(event, statement, fileDate)) report(p.field, p.reason);
			candidates.push({ event, file: source.file });
		});
	}

	for (const { event, file } of candidates) {
		if (event.thread && (threadSizes.get(event.thread) ?? 0) < 2) {
			problems.push({
				file,
				id: event.id,
				field: 'thread',
				reason: `"${event.thread}" has no other event; a thread joins two or more`
			});
			failedIds.add(event.id);
		}
	}

	for (const problem of crossingQuotes(candidates, statements)) {
		problems.push(problem);
		failedIds.add(problem.id);
	}

	const events = candidates
		.filter(({ event }) => !failedIds.has(event.id))
		.map(({ event }) => event)
		.sort(compareEvents);
	return { events, problems };
}

/**
 * Quotes in one paragraph must nest or stay apart: the reader marks each quote with one
 * element, and elements cannot cross.
 */
function crossingQuotes(
	candidates: { event: AllianceEvent; file: string }[],
	statements: Statement[]
): Problem[] {
	const bySlug = new Map(statements.map((s) => [s.slug, s]));
	const byParagraph = new Map<
		string,
		{ event: AllianceEvent; file: string; start: number; end: number }[]
	>();
	for (const { event, file } of candidates) {
		const statement = bySlug.get(event.statement);
		const match = statement
			? findQuote(statement, event.quote).find((m) => m.paragraph === event.paragraph)
			: undefined;
		if (!match) continue;
		const key = `${event.statement}#${event.paragraph}`;
		byParagraph.set(key, [
			...(byParagraph.get(key) ?? []),
			{ event, file, start: match.start, end: match.end }
		]);
	}
	const problems: Problem[] = [];
	for (const spans of byParagraph.values()) {
		spans.forEach((span, i) => {
			const crossed = spans
				.slice(0, i)
				.find(
					(other) =>
						span.start < other.end &&
						other.start < span.end &&
						!(span.start <= other.start && other.end <= span.end) &&
						!(other.start <= span.start && span.end <= other.end)
				);
			if (crossed) {
				problems.push({
					file: span.file,
					id: span.event.id,
					field: 'quote',
					reason: `overlaps the quote of ${crossed.event.id} in ${span.event.paragraph} without containing it or lying inside it; quotes in a paragraph must nest or stay apart`
				});
			}
		});
	}
	return problems;
}
