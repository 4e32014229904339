/**
 * Validation of the curated event files against the schema and against the statements they
 * quote. Every problem is collected, never thrown one at a time, and no record with a problem
 * is returned: bad data fails the build instead of vanishing from the timeline.
 */
import { parseDocument } from 'yaml';
import {
	compareEvents,
	firstMention,
	isCommitment,
	statementsOf,
	type AllianceEvent,
	type Mention
} from '../model/event';
import { checkRecord } from '../model/schema';
import { findQuote, quoteText } from '../statements/quote';
import type { Statement } from '../statements/statement';
import { resolvePhrase, withinAnyWindow, type DateWindow } from '../time/phrases';
import { pledgesOf } from './pledges';

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

type FieldProblem = Omit<Problem, 'file' | 'id'>;

/** Where a quote is missing or in another paragraph than the record says. */
function checkQuote(
	statement: Statement,
	quote: string,
	paragraph: string,
	field: (name: string) => string
): FieldProblem[] {
	const matches = findQuote(statement, quote);
	if (matches.length === 0) {
		const prefix = verbatimPrefix(statement, quote);
		return [
			{
				field: field('quote'),
				reason:
					`not found verbatim in ${statement.slug}` +
					(prefix.length > 0
						? `; the text departs from the quote after "${prefix.slice(-40)}"`
						: '')
			}
		];
	}
	if (matches.some((match) => match.paragraph === paragraph)) return [];
	const known = statement.paragraphs.some((p) => p.anchor === paragraph);
	return [
		{
			field: field('paragraph'),
			reason: `${known ? '' : `no paragraph ${paragraph} in ${statement.slug}; `}the quote is in ${[...new Set(matches.map((m) => m.paragraph))].join(', ')}${known ? `, not ${paragraph}` : ''}`
		}
	];
}

/** Checks of one mention against its statement: quote, paragraph, phrase, and the status. */
function checkMention(
	event: AllianceEvent,
	mention: Mention,
	index: number,
	statement: Statement
): FieldProblem[] {
	const field = (name: string) => `mentions[${index + 1}].${name}`;
	const problems = checkQuote(statement, mention.quote, mention.paragraph, field);

	if (mention.phrase !== null) {
		const phrase = quoteText(mention.phrase);
		const windows = resolvePhrase(phrase, statement.date);
		if (!quoteText(mention.quote).toLowerCase().includes(phrase.toLowerCase())) {
			problems.push({ field: field('phrase'), reason: `"${phrase}" does not occur in the quote` });
		} else if (windows === null) {
			problems.push({
				field: field('phrase'),
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

	// The status holds as of every statement that cites the event.
	const last = event.end ?? event.start;
	if ((event.status === 'historical' || event.status === 'held') && event.start > statement.date) {
		problems.push({
			field: 'status',
			reason: `${event.status}, but it starts ${event.start}, after the statement (${statement.date})`
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

/** Statements in date order: the one after `slug` is where its commitments' outcomes are read. */
function nextStatement(statements: readonly Statement[], slug: string): Statement | null {
	const own = statements.find((s) => s.slug === slug);
	if (!own) return null;
	return (
		[...statements]
			.filter((s) => s.date > own.date)
			.sort((a, b) => (a.date < b.date ? -1 : 1))[0] ?? null
	);
}

function checkOutcome(
	event: AllianceEvent,
	statements: readonly Statement[],
	bySlug: ReadonlyMap<string, Statement>
): FieldProblem[] {
	const own = firstMention(event).statement;
	const later = nextStatement(statements, own);
	const outcome = event.outcome;
	if (outcome === null) {
		return later !== null && isCommitment(event)
			? [
					{
						field: 'outcome',
						reason: `missing: a commitment (${event.status} ${event.kind}) needs what ${later.slug} says of it (done, continued, expanded or not-mentioned)`
					}
				]
			: [];
	}
	if (later === null) {
		return [
			{
				field: 'outcome',
				reason: `no statement after ${own} to read an outcome from`
			}
		];
	}
	if (outcome.statement !== later.slug) {
		const known = bySlug.has(outcome.statement);
		return [
			{
				field: 'outcome.statement',
				reason: `${known ? `"${outcome.statement}" is the wrong statement` : `no statement "${outcome.statement}" in data/statements/`}; the outcome of a commitment of ${own} is read from the next statement, ${later.slug}`
			}
		];
	}
	const problems: FieldProblem[] = [];
	if (outcome.quote !== null && outcome.paragraph !== null) {
		problems.push(
			...checkQuote(later, outcome.quote, outcome.paragraph, (name) => `outcome.${name}`)
		);
	}
	if (outcome.start !== null && outcome.start > later.date) {
		problems.push({
			field: 'outcome.start',
			reason: `${outcome.start} is after ${later.slug} (${later.date}), which reports it`
		});
	}
	return problems;
}

/**
 * Words a title may use only once the thing has happened: a record that is still announced or
 * planned must not read as done.
 */
const ACCOMPLISHED = /\b(launched|established|signed|held|convened|completed|opened)\b/i;

function checkClaims(event: AllianceEvent): FieldProblem[] {
	const word = ACCOMPLISHED.exec(event.title)?.[1];
	if (word && (event.status === 'announced' || event.status === 'planned')) {
		return [
			{
				field: 'title',
				reason: `says "${word}" but the record is ${event.status}: as of its statement it has not happened`
			}
		];
	}
	return [];
}

export interface ValidationResult {
	/** Valid records only, sorted by start then id. */
	events: AllianceEvent[];
	problems: Problem[];
	/** What a curator should look at but that does not fail the build: pledges without an outcome. */
	warnings: Problem[];
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

			let cited = true;
			event.mentions.forEach((mention, index) => {
				const statement = bySlug.get(mention.statement);
				if (!statement) {
					report(
						`mentions[${index + 1}].statement`,
						`no statement "${mention.statement}" in data/statements/`
					);
					cited = false;
					return;
				}
				for (const p of checkMention(event, mention, index, statement)) report(p.field, p.reason);
			});
			if (!cited) return;
			const dates = event.mentions.map((m) => bySlug.get(m.statement)!.date);
			if (dates.some((date, i) => i > 0 && date < dates[i - 1]!)) {
				report('mentions', 'list the mentions in the date order of their statements');
			}
			if (fileDate !== null && dates[0] !== fileDate) {
				report(
					'mentions[1].statement',
					`${event.mentions[0]!.statement} is dated ${dates[0]}; a record lives in the file of the first statement that cites it, and this file holds the ${fileDate} statement`
				);
			}
			for (const p of checkOutcome(event, statements, bySlug)) report(p.field, p.reason);
			for (const p of checkClaims(event)) report(p.field, p.reason);
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

	for (const problem of [
		...crossingQuotes(candidates, statements),
		...sameRealWorldEvent(candidates),
		...restatedRecords(candidates, statements, new Set(firstFileOfId.keys())),
		...sameTitle(candidates),
		...leadPlaces(candidates)
	]) {
		problems.push(problem);
		failedIds.add(problem.id);
	}

	const events = candidates
		.filter(({ event }) => !failedIds.has(event.id))
		.map(({ event }) => event)
		.sort(compareEvents);
	return { events, problems, warnings: unjudgedPledges(candidates, files, statements) };
}

type Candidate = { event: AllianceEvent; file: string };

/** Where a mention's quote stands in its paragraph, or undefined when it is not there. */
function spanOf(statement: Statement, quote: string, paragraph: string) {
	return findQuote(statement, quote).find((m) => m.paragraph === paragraph);
}

/**
 * An outcome that names the later statement's record of what became of the pledge must quote
 * that record's own words: its evidence overlaps one of the record's mentions in the later
 * statement, so the connector and the two-way links join what the text joins.
 */
function restatedRecords(
	candidates: Candidate[],
	statements: Statement[],
	allIds: ReadonlySet<string>
): Problem[] {
	const bySlug = new Map(statements.map((s) => [s.slug, s]));
	const byId = new Map(candidates.map(({ event }) => [event.id, event]));
	const problems: Problem[] = [];
	for (const { event, file } of candidates) {
		const outcome = event.outcome;
		if (!outcome?.record || outcome.quote === null || outcome.paragraph === null) continue;
		const report = (reason: string) =>
			problems.push({ file, id: event.id, field: 'outcome.record', reason });
		const record = byId.get(outcome.record);
		const later = bySlug.get(outcome.statement);
		if (!record) {
			// A record that exists but is invalid has its own problems; one cause, one message.
			if (!allIds.has(outcome.record)) {
				report(`no record "${outcome.record}" (the later statement's record the evidence quotes)`);
			}
			continue;
		}
		if (record.id === event.id) {
			report('names the record itself; its own mention of the later statement already shows it');
			continue;
		}
		const mentions = record.mentions.filter((m) => m.statement === outcome.statement);
		if (mentions.length === 0 || !later) {
			report(`${record.id} is not cited by ${outcome.statement}; name a record of that statement`);
			continue;
		}
		const here = mentions.filter((m) => m.paragraph === outcome.paragraph);
		if (here.length === 0) {
			report(
				`the evidence is in ${outcome.paragraph} of ${outcome.statement}, but ${record.id} is quoted in ${[...new Set(mentions.map((m) => m.paragraph))].join(', ')}; name the record whose words the evidence quotes`
			);
			continue;
		}
		const evidence = spanOf(later, outcome.quote, outcome.paragraph);
		const overlaps = here.some((m) => {
			const span = spanOf(later, m.quote, m.paragraph);
			return evidence && span && evidence.start < span.end && span.start < evidence.end;
		});
		if (evidence && !overlaps) {
			report(
				`the evidence does not overlap the words of ${record.id} in ${outcome.paragraph}; quote the sentence that carries that record`
			);
		}
	}
	return problems;
}

/** Titles compared without case, punctuation or spacing: "Free and open Indo-Pacific" = "Free and Open Indo Pacific". */
export function normaliseTitle(title: string): string {
	return title
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const overlap = (a: AllianceEvent, b: AllianceEvent) =>
	a.start <= (b.end ?? b.start) && b.start <= (a.end ?? a.start);

/**
 * One thing is one record. Two records with the same title are either one event or measure
 * recorded twice (merge them: one record, a mention per statement) or a later statement
 * restating an earlier pledge, which the earlier record says by naming the later one in its
 * `outcome.record`. Same title with overlapping dates, or across statements, is rejected
 * unless it is such a restatement.
 */
function sameTitle(candidates: Candidate[]): Problem[] {
	const seen = new Map<string, Candidate[]>();
	const problems: Problem[] = [];
	for (const current of candidates) {
		const key = normaliseTitle(current.event.title);
		const earlier = seen.get(key) ?? [];
		for (const other of earlier) {
			const [a, b] = [other.event, current.event];
			if (a.outcome?.record === b.id || b.outcome?.record === a.id) continue;
			const acrossStatements = firstMention(a).statement !== firstMention(b).statement;
			if (!overlap(a, b) && !acrossStatements) continue;
			problems.push({
				file: current.file,
				id: b.id,
				field: 'title',
				reason: `"${b.title}" is also the title of ${a.id} (${other.file})${overlap(a, b) ? ', and their dates overlap' : ''}: one thing is one record; merge them (one record, a mention per statement), or, if this restates it, name ${b.id} in the outcome.record of ${a.id}`
			});
		}
		seen.set(key, [...earlier, current]);
	}
	return problems;
}

/** The largest follow-throughs the comparison leads with: each place given once. */
function leadPlaces(candidates: Candidate[]): Problem[] {
	const taken = new Map<number, string>();
	const problems: Problem[] = [];
	for (const { event, file } of candidates) {
		const lead = event.outcome?.lead;
		if (lead === null || lead === undefined) continue;
		const other = taken.get(lead);
		if (other) {
			problems.push({
				file,
				id: event.id,
				field: 'outcome.lead',
				reason: `place ${lead} is also given to ${other}; the places run 1, 2, 3… once each`
			});
		} else taken.set(lead, event.id);
	}
	const places = [...taken.keys()].sort((a, b) => a - b);
	const gap = places.findIndex((place, i) => place !== i + 1);
	if (gap !== -1) {
		const id = taken.get(places[gap]!)!;
		const file = candidates.find((c) => c.event.id === id)?.file ?? '';
		problems.push({
			file,
			id,
			field: 'outcome.lead',
			reason: `place ${places[gap]} leaves a gap; the places run 1, 2, 3… without one`
		});
	}
	return problems;
}

/**
 * Every pledge of a statement that a later one follows should be judged: a warning for each
 * pledge sentence (src/lib/server/pledges.ts, the README's rule) whose records carry no
 * outcome, or that no record quotes at all.
 */
function unjudgedPledges(
	candidates: Candidate[],
	files: SourceFile[],
	statements: Statement[]
): Problem[] {
	const warnings: Problem[] = [];
	for (const statement of statements) {
		const later = nextStatement(statements, statement.slug);
		if (!later) continue;
		const file =
			files.find((f) => f.file.endsWith(`/${statement.date}.yaml`))?.file ??
			`data/events/${statement.date}.yaml`;
		const quoted = candidates.flatMap(({ event }) =>
			event.mentions
				.filter((m) => m.statement === statement.slug)
				.map((m) => ({ event, span: spanOf(statement, m.quote, m.paragraph) }))
				.filter((q) => q.span !== undefined)
		);
		for (const sentence of pledgesOf(statement.paragraphs)) {
			const where = `${statement.slug} ${sentence.paragraph}, sentence ${sentence.index}`;
			const records = quoted
				.filter(
					({ span }) =>
						span!.paragraph === sentence.paragraph &&
						span!.start < sentence.end &&
						sentence.start < span!.end
				)
				.map(({ event }) => event);
			if (records.some((e) => e.outcome !== null)) continue;
			if (records.length === 0) {
				warnings.push({
					file,
					id: `(${where})`,
					field: 'mentions',
					reason: `the pledge "${sentence.text}" has no record; add one with the outcome ${later.slug} reports`
				});
				continue;
			}
			for (const event of new Set(records)) {
				warnings.push({
					file,
					id: event.id,
					field: 'outcome',
					reason: `the pledge "${sentence.text}" (${where}) has no outcome; say what ${later.slug} reports of it`
				});
			}
		}
	}
	return warnings;
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
		{ event: AllianceEvent; file: string; paragraph: string; start: number; end: number }[]
	>();
	for (const { event, file } of candidates) {
		for (const mention of event.mentions) {
			const statement = bySlug.get(mention.statement);
			const match = statement
				? findQuote(statement, mention.quote).find((m) => m.paragraph === mention.paragraph)
				: undefined;
			if (!match) continue;
			const key = `${mention.statement}#${mention.paragraph}`;
			byParagraph.set(key, [
				...(byParagraph.get(key) ?? []),
				{ event, file, paragraph: mention.paragraph, start: match.start, end: match.end }
			]);
		}
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
					reason: `overlaps the quote of ${crossed.event.id} in ${span.paragraph} without containing it or lying inside it; quotes in a paragraph must nest or stay apart`
				});
			}
		});
	}
	return problems;
}

/**
 * One real-world event is one record: an event that has happened (historical or held) with
 * the same dates and thread as a record of another statement is the same event cited twice,
 * and belongs in one record with a mention per statement.
 */
function sameRealWorldEvent(candidates: { event: AllianceEvent; file: string }[]): Problem[] {
	const seen = new Map<string, AllianceEvent>();
	const problems: Problem[] = [];
	for (const { event, file } of candidates) {
		if (event.thread === null || (event.status !== 'historical' && event.status !== 'held')) {
			continue;
		}
		const key = `${event.thread}|${event.start}|${event.end ?? ''}`;
		const other = seen.get(key);
		const disjoint =
			other !== undefined &&
			!statementsOf(other).some((slug) => statementsOf(event).includes(slug));
		if (other && disjoint) {
			problems.push({
				file,
				id: event.id,
				field: 'mentions',
				reason: `the same real-world event as ${other.id} (thread ${event.thread}, ${event.start}${event.end ? `..${event.end}` : ''}), cited by another statement: make it one record and add this statement's words to its mentions`
			});
		} else if (!other) seen.set(key, event);
	}
	return problems;
}
