/**
 * The event record, defined once: its fields, their types and the rules between them. The
 * TypeScript types (`AllianceEvent`, `Mention`, `Outcome`) are read off this schema, and
 * `npm run schema` writes its JSON Schema to static/schema/event.json for the curator's editor.
 * It runs at build time only; the browser imports nothing from this file but types.
 */
import * as v from 'valibot';
import { isIsoDate, lastDayOfMonth } from './date';
import {
	ID_PATTERN,
	KINDS,
	OUTCOME_RESULTS,
	PRECISIONS,
	STATUSES,
	TRACKS,
	type IsoDate,
	type Precision
} from './event';

export interface FieldProblem {
	field: string;
	reason: string;
}

function shapeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value}`;
}

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;
const isMapping = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Words the curator reads: non-empty text. */
const text = (description: string) =>
	v.pipe(
		v.string((issue) => `must be text, not ${shapeOf(issue.input)}`),
		v.regex(/\S/, 'must not be empty'),
		v.description(description)
	);

/** A kebab-case identifier; blank text gets the plainer complaint. */
const kebab = (description: string) =>
	v.pipe(
		v.string((issue) => `must be text, not ${shapeOf(issue.input)}`),
		v.regex(ID_PATTERN, (issue) =>
			issue.input.trim() === ''
				? 'must not be empty'
				: `"${issue.input}" is not kebab-case (a-z, 0-9, single hyphens)`
		),
		v.description(description)
	);

const choice = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
	v.pipe(
		v.picklist(values, (issue) => `"${String(issue.input)}" is not allowed; ${oneOf(values)}`),
		v.description(description)
	);

const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
const date = (description: string) => {
	const format = (issue: { input: unknown }) =>
		`must be a date written YYYY-MM-DD, not ${typeof issue.input === 'string' ? `"${issue.input}"` : shapeOf(issue.input)}`;
	return v.pipe(
		v.string(format),
		v.regex(DATE_FORMAT, format),
		v.check(
			(value: string) => isIsoDate(value),
			(issue) => `${issue.input} is not a real calendar date`
		),
		v.description(description)
	);
};

/**
 * A mapping with exactly these fields. A missing field is named as missing (with a hint that
 * null is allowed where it is); the messages of an unknown field and of a value that is not a
 * mapping at all are the caller's words or the plain ones.
 */
function mapping<const E extends v.ObjectEntries>(
	entries: E,
	notMapping: (shape: string) => string,
	missing: Partial<Record<keyof E, string>> = {}
) {
	return v.pipe(
		v.custom<Record<string, unknown>>(isMapping, (issue) => notMapping(shapeOf(issue.input))),
		v.strictObject(entries, (issue) => {
			if (issue.expected === 'never') return 'unknown field';
			const key = String(issue.path?.at(-1)?.key) as keyof E & string;
			const own = missing[key];
			if (own !== undefined) return own;
			return entries[key]?.type === 'nullable' ? 'missing (write null if none)' : 'missing';
		})
	);
}

function monthsBetween(start: IsoDate, end: IsoDate): number {
	const months = (date: IsoDate) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
	return months(end) - months(start);
}

/** Why `start`/`end` do not have the shape `precision` promises, or null when they do. */
export function precisionMismatch(
	precision: Precision,
	start: IsoDate,
	end: IsoDate | null
): FieldProblem | null {
	const firstOfMonth = start.endsWith('-01');
	switch (precision) {
		case 'day':
			return null;
		case 'approximate':
			return end === null ? { field: 'end', reason: 'an approximate date needs an end' } : null;
		case 'month':
			return firstOfMonth && end === lastDayOfMonth(start)
				? null
				: {
						field: 'precision',
						reason: 'month precision needs start = 1st and end = last day of that month'
					};
		case 'season':
			return firstOfMonth &&
				end !== null &&
				end === lastDayOfMonth(end) &&
				monthsBetween(start, end) === 2
				? null
				: { field: 'precision', reason: 'season precision needs a window of three whole months' };
		case 'year':
			return start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`
				? null
				: {
						field: 'precision',
						reason: 'year precision needs start = 1 Jan and end = 31 Dec of one year'
					};
	}
}

/** The first thing wrong with a window and its precision: end before start, then the shape. */
function windowProblem(
	precision: Precision | null,
	start: IsoDate | null,
	end: IsoDate | null
): FieldProblem | null {
	if (start === null) return null;
	if (end !== null && end < start)
		return { field: 'end', reason: `${end} is before start ${start}` };
	return precision === null ? null : precisionMismatch(precision, start, end);
}

/**
 * Adds the problem `rule` finds to `field` once every field it reads is valid: the rule then
 * sees typed values, and a record broken elsewhere still hears about this.
 */
function rule<T extends Record<string, unknown>>(
	reads: (keyof T & string)[],
	field: keyof T & string,
	find: (value: T) => string | null
) {
	return v.rawCheck<T>(({ dataset, addIssue }) => {
		const value: unknown = dataset.value;
		if (!isMapping(value)) return;
		const broken = dataset.issues?.some(
			// Another rule's finding leaves the values typed; only a field's own problem stops this one.
			(issue) => issue.type !== 'raw_check' && reads.includes(issue.path?.[0]?.key as never)
		);
		if (broken) return;
		const reason = find(value as T);
		if (reason === null) return;
		addIssue({
			message: reason,
			path: [{ type: 'object', origin: 'value', input: value, key: field, value: value[field] }]
		});
	});
}

export const MentionSchema = mapping(
	{
		statement: text('Slug of the statement, e.g. 2022-05-21-us-rok-leaders-joint-statement.'),
		paragraph: text('Anchor of the paragraph holding the quote, e.g. p-12.'),
		phrase: v.nullable(
			text('The words of the quote that date the event ("later this year"), or null.')
		),
		quote: text('A verbatim span of that paragraph.')
	},
	(shape) => `must be a mapping with statement, paragraph, quote and phrase, not ${shape}`
);
export type Mention = v.InferOutput<typeof MentionSchema>;

const nothing = <S extends v.GenericSchema>(schema: S) => v.optional(v.nullable(schema), null);

const OUTCOME_ENTRIES = {
	result: v.pipe(
		v.picklist(
			OUTCOME_RESULTS,
			(issue) => `"${String(issue.input)}" is not allowed; ${oneOf(OUTCOME_RESULTS)}`
		),
		v.description(
			'done (reported as held, launched or signed), continued (reaffirmed or under way), expanded (raised or widened), or not-mentioned.'
		)
	),
	statement: text('The later statement that was read for it.'),
	paragraph: nothing(text("The later statement's evidence: null only when not-mentioned.")),
	quote: nothing(text("The later statement's verbatim words: null only when not-mentioned.")),
	start: nothing(
		v.pipe(
			v.string(realDate),
			v.check((value: string) => isIsoDate(value), realDate),
			v.description('When the later statement dates what was done, else null.')
		)
	),
	end: nothing(
		v.pipe(
			v.string(realDate),
			v.check((value: string) => isIsoDate(value), realDate)
		)
	),
	precision: nothing(choice(PRECISIONS, 'How exact the outcome date is.')),
	record: nothing(
		v.pipe(
			v.string(recordId),
			v.regex(ID_PATTERN, recordId),
			v.description("The id of the later statement's record that the evidence quotes, else null.")
		)
	),
	lead: nothing(
		v.pipe(
			v.number(place),
			v.integer(place),
			v.minValue(1, place),
			v.description(
				'Place among the largest follow-throughs the comparison leads with (1 first), else null.'
			)
		)
	)
};

function realDate(issue: { input: unknown }): string {
	return `must be a real date written YYYY-MM-DD, not ${shapeOf(issue.input)} ${String(issue.input)}`;
}
function recordId(issue: { input: unknown }): string {
	return `must be the id of the later statement's record that the evidence quotes, not ${shapeOf(issue.input)} ${String(issue.input)}`;
}
function place(issue: { input: unknown }): string {
	return `must be a whole number from 1 (its place among the largest follow-throughs), not ${shapeOf(issue.input)} ${String(issue.input)}`;
}

type RawOutcome = v.InferOutput<ReturnType<typeof v.strictObject<typeof OUTCOME_ENTRIES>>>;
const NO_EVIDENCE = 'a commitment the later statement does not mention has no evidence and no date';
// Whatever the field holds, a commitment the later statement does not mention has none of it.
const unmentioned = (field: keyof RawOutcome & string) =>
	rule<RawOutcome>(['result'], field, (o) =>
		o.result === 'not-mentioned' && o[field] !== null && o[field] !== undefined ? NO_EVIDENCE : null
	);
const evidence = (field: 'paragraph' | 'quote') =>
	rule<RawOutcome>(['result', field], field, (o) =>
		o.result !== 'not-mentioned' && o[field] === null
			? `missing: a "${o.result}" outcome needs the later statement's words as evidence`
			: null
	);
const outcomeWindow = (field: 'end' | 'precision') =>
	rule<RawOutcome>(['start', 'end', 'precision'], field, (o) => {
		if (o.start === null || o.precision === null) return null;
		const problem = windowProblem(o.precision, o.start, o.end);
		return problem?.field === field ? problem.reason : null;
	});

export const OutcomeSchema = v.pipe(
	mapping(OUTCOME_ENTRIES, (shape) => `must be a mapping, not ${shape}`, {
		result: `missing; ${oneOf(OUTCOME_RESULTS)}`,
		statement: 'missing (the later statement that was read for it)'
	}),
	evidence('paragraph'),
	evidence('quote'),
	unmentioned('paragraph'),
	unmentioned('quote'),
	unmentioned('start'),
	unmentioned('end'),
	unmentioned('precision'),
	unmentioned('record'),
	unmentioned('lead'),
	rule<RawOutcome>(['result', 'record', 'lead'], 'lead', (o) =>
		o.lead !== null && ((o.result !== 'done' && o.result !== 'expanded') || o.record === null)
			? 'only a done or expanded outcome whose evidence is a record (outcome.record) leads the comparison'
			: null
	),
	// Read off the raw mapping, so a dated outcome hears it lacks start or precision whatever else is wrong.
	v.rawCheck(({ dataset, addIssue }) => {
		const o = dataset.value as Record<string, unknown>;
		if (!isMapping(o)) return;
		const dated = ['start', 'end', 'precision'].filter((f) => o[f] !== undefined && o[f] !== null);
		if (dated.length > 0 && (!dated.includes('start') || !dated.includes('precision'))) {
			addIssue({
				message: 'a dated outcome needs start and precision (and end unless it is a day)',
				path: [{ type: 'object', origin: 'value', input: o, key: 'start', value: o.start }]
			});
		}
	}),
	outcomeWindow('end'),
	outcomeWindow('precision'),
	v.description('What the next statement says of a commitment.')
);
export type Outcome = v.InferOutput<typeof OutcomeSchema>;

const EVENT_ENTRIES = {
	id: kebab('Stable kebab-case id, unique across all files; used in URLs (?event=id).'),
	title: text("Short, in the project's own words."),
	summary: text("One or two sentences in the project's own words."),
	track: choice(TRACKS, 'Primary track: the lane it is drawn in.'),
	tracks: v.pipe(
		v.array(
			v.picklist(TRACKS, (issue) => `"${String(issue.input)}" not allowed; ${oneOf(TRACKS)}`),
			'must be a non-empty list'
		),
		v.minLength(1, 'must be a non-empty list'),
		v.check((tracks) => new Set(tracks).size === tracks.length, 'lists a track twice'),
		v.description('All tracks it touches, the primary track first.')
	),
	kind: choice(KINDS, 'What sort of thing it is.'),
	status: choice(STATUSES, 'Where it stands as of the statement.'),
	start: date('The date, or the first day of the window within which it falls.'),
	end: v.nullable(date('The last day of the window, or null for a single day.')),
	precision: choice(PRECISIONS, 'How exact the date is.'),
	thread: v.nullable(kebab('The same subject across statements shares a thread, else null.')),
	mentions: v.pipe(
		v.array(
			MentionSchema,
			(issue) =>
				`must be a non-empty list of {statement, paragraph, quote, phrase}, not ${shapeOf(issue.input)}`
		),
		v.minLength(1, 'must be a non-empty list of {statement, paragraph, quote, phrase}, not a list'),
		v.description("Every statement's words about it, earliest statement first; never empty.")
	),
	outcome: nothing(OutcomeSchema)
};
type RawEvent = v.InferOutput<ReturnType<typeof v.strictObject<typeof EVENT_ENTRIES>>>;

const eventWindow = (field: 'end' | 'precision') =>
	rule<RawEvent>(['start', 'end', 'precision'], field, (e) => {
		const problem = windowProblem(e.precision, e.start, e.end);
		return problem?.field === field ? problem.reason : null;
	});

export const EventSchema = v.pipe(
	mapping(EVENT_ENTRIES, (shape) => `must be a mapping, not ${shape}`),
	rule<RawEvent>(['track', 'tracks'], 'tracks', (e) =>
		e.tracks[0] !== e.track ? `must start with the primary track "${e.track}"` : null
	),
	eventWindow('end'),
	eventWindow('precision'),
	rule<RawEvent>(['kind', 'status'], 'status', (e) =>
		(e.kind === 'target') !== (e.status === 'target')
			? 'kind "target" and status "target" go together'
			: null
	),
	v.title('An event of the US–ROK joint statements')
);
export type AllianceEvent = v.InferOutput<typeof EventSchema>;

/** An event file: a list of records. */
export const EventFileSchema = v.array(EventSchema);

const KNOWN_FIELDS = {
	record: Object.keys(EVENT_ENTRIES),
	mention: Object.keys(MentionSchema.pipe[1].entries),
	outcome: Object.keys(OUTCOME_ENTRIES)
};

/** A field named as the curator writes it: `outcome.lead`, `mentions[2].quote`, `tracks`. */
function fieldOf(path: readonly { key: unknown; type: string }[]): string {
	let field = '';
	for (const item of path) {
		if (item.type === 'array') {
			// Mentions are counted from 1; a bad track is the list's problem.
			if (field === 'mentions') field += `[${Number(item.key) + 1}]`;
		} else field += (field === '' ? '' : '.') + String(item.key);
	}
	return field === '' ? '(record)' : field;
}

/** Every field of a mapping that the schema does not know, in the order written. */
function unknownFields(issue: v.BaseIssue<unknown>): FieldProblem[] {
	const path = issue.path ?? [];
	const holder = path.at(-1)?.input as Record<string, unknown>;
	const level =
		path[0]?.key === 'mentions' ? 'mention' : path[0]?.key === 'outcome' ? 'outcome' : 'record';
	const prefix = fieldOf(path.slice(0, -1));
	return Object.keys(holder)
		.filter((key) => !KNOWN_FIELDS[level].includes(key))
		.map((key) => ({
			field: prefix === '(record)' ? key : `${prefix}.${key}`,
			reason: 'unknown field'
		}));
}

/**
 * Checks one raw record. Returns the typed event only when it has no problem at all, so a
 * record with a bad field can never slip through half-repaired. Each field reports the first
 * thing wrong with it; the rules between fields add theirs.
 */
export function checkRecord(raw: unknown): {
	event: AllianceEvent | null;
	problems: FieldProblem[];
} {
	const result = v.safeParse(EventSchema, raw);
	if (result.success) return { event: result.output, problems: [] };
	const problems: FieldProblem[] = [];
	const seen = new Set<string>();
	const badTracks: string[] = [];
	for (const issue of result.issues) {
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			problems.push(...unknownFields(issue));
			continue;
		}
		const field = fieldOf(issue.path ?? []);
		if (field === 'tracks' && issue.type === 'picklist') {
			badTracks.push(String(issue.input));
			if (badTracks.length > 1) continue;
		}
		const rule = issue.type === 'raw_check';
		if (!rule && seen.has(field)) continue;
		seen.add(field);
		problems.push({ field, reason: issue.message });
	}
	if (badTracks.length > 1) {
		const at = problems.findIndex((p) => p.field === 'tracks');
		problems[at] = {
			field: 'tracks',
			reason: `"${badTracks.join('", "')}" not allowed; ${oneOf(TRACKS)}`
		};
	}
	return { event: null, problems };
}
