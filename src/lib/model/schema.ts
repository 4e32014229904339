/**
 * Shape checks of one event record, independent of every other record and of the statement
 * text. Each problem names the field; the caller adds the file and the id.
 */
import { isIsoDate, lastDayOfMonth } from './date';
import {
	EVENT_FIELDS,
	KINDS,
	MENTION_FIELDS,
	OUTCOME_FIELDS,
	OUTCOME_RESULTS,
	PRECISIONS,
	STATUSES,
	TRACKS,
	type AllianceEvent,
	type IsoDate,
	type Mention,
	type Outcome,
	type Precision
} from './event';

export interface FieldProblem {
	field: string;
	reason: string;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NULLABLE = new Set<string>(['end', 'thread']);
/** May be left out of the YAML; read as null. */
const OPTIONAL = new Set<string>(['outcome']);

function oneOf(values: readonly string[]): string {
	return `must be one of ${values.join(', ')}`;
}

function shapeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value}`;
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

function checkString(
	value: unknown,
	field: string,
	problems: FieldProblem[],
	nullable = false
): void {
	if (value === null && nullable) return;
	if (typeof value !== 'string') {
		problems.push({ field, reason: `must be text, not ${shapeOf(value)}` });
	} else if (value.trim() === '') {
		problems.push({ field, reason: 'must not be empty' });
	}
}

function isMapping(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownFields(
	record: Record<string, unknown>,
	known: readonly string[],
	prefix: string,
	problems: FieldProblem[]
): void {
	for (const field of Object.keys(record)) {
		if (!known.includes(field)) problems.push({ field: prefix + field, reason: 'unknown field' });
	}
}

/** Mentions are named in messages by their place in the list, counted from 1. */
const mentionField = (index: number, field: string) => `mentions[${index + 1}].${field}`;

function checkMentions(value: unknown, problems: FieldProblem[]): Mention[] | null {
	if (!Array.isArray(value) || value.length === 0) {
		problems.push({
			field: 'mentions',
			reason: `must be a non-empty list of {statement, paragraph, quote, phrase}, not ${shapeOf(value)}`
		});
		return null;
	}
	const before = problems.length;
	value.forEach((mention, index) => {
		if (!isMapping(mention)) {
			problems.push({
				field: `mentions[${index + 1}]`,
				reason: `must be a mapping with statement, paragraph, quote and phrase, not ${shapeOf(mention)}`
			});
			return;
		}
		unknownFields(mention, MENTION_FIELDS, `mentions[${index + 1}].`, problems);
		for (const field of MENTION_FIELDS) {
			const nullable = field === 'phrase';
			if (!(field in mention)) {
				problems.push({
					field: mentionField(index, field),
					reason: nullable ? 'missing (write null if none)' : 'missing'
				});
			} else checkString(mention[field], mentionField(index, field), problems, nullable);
		}
	});
	if (problems.length > before) return null;
	// Rebuilt in field order, so every record serialises alike whatever order the YAML used.
	return (value as Mention[]).map(({ statement, paragraph, phrase, quote }) => ({
		statement,
		paragraph,
		phrase,
		quote
	}));
}

function checkOutcome(value: unknown, problems: FieldProblem[]): Outcome | null {
	if (value === undefined || value === null) return null;
	if (!isMapping(value)) {
		problems.push({ field: 'outcome', reason: `must be a mapping, not ${shapeOf(value)}` });
		return null;
	}
	unknownFields(value, OUTCOME_FIELDS, 'outcome.', problems);
	const result = value.result;
	if (!OUTCOME_RESULTS.includes(result as never)) {
		problems.push({
			field: 'outcome.result',
			reason: `${result === undefined ? 'missing' : `"${String(result)}" is not allowed`}; ${oneOf(OUTCOME_RESULTS)}`
		});
	}
	if (!('statement' in value)) {
		problems.push({
			field: 'outcome.statement',
			reason: 'missing (the later statement that was read for it)'
		});
	} else checkString(value.statement, 'outcome.statement', problems);

	const evidence = ['paragraph', 'quote'] as const;
	if (result === 'not-mentioned') {
		for (const field of [...evidence, 'start', 'end', 'precision', 'record', 'lead']) {
			if (value[field] !== undefined && value[field] !== null) {
				problems.push({
					field: `outcome.${field}`,
					reason: 'a commitment the later statement does not mention has no evidence and no date'
				});
			}
		}
	} else if (OUTCOME_RESULTS.includes(result as never)) {
		for (const field of evidence) {
			if (value[field] === undefined || value[field] === null) {
				problems.push({
					field: `outcome.${field}`,
					reason: `missing: a "${String(result)}" outcome needs the later statement's words as evidence`
				});
			} else checkString(value[field], `outcome.${field}`, problems);
		}
	}

	const record = value.record ?? null;
	if (record !== null && (typeof record !== 'string' || !ID_PATTERN.test(record))) {
		problems.push({
			field: 'outcome.record',
			reason: `must be the id of the later statement's record that the evidence quotes, not ${shapeOf(record)} ${String(record)}`
		});
	}
	const lead = value.lead ?? null;
	if (lead !== null) {
		if (typeof lead !== 'number' || !Number.isInteger(lead) || lead < 1) {
			problems.push({
				field: 'outcome.lead',
				reason: `must be a whole number from 1 (its place among the largest follow-throughs), not ${shapeOf(lead)} ${String(lead)}`
			});
		} else if ((result !== 'done' && result !== 'expanded') || record === null) {
			problems.push({
				field: 'outcome.lead',
				reason:
					'only a done or expanded outcome whose evidence is a record (outcome.record) leads the comparison'
			});
		}
	}

	const dated = ['start', 'end', 'precision'].filter(
		(field) => value[field] !== undefined && value[field] !== null
	);
	if (dated.length > 0) {
		if (!dated.includes('start') || !dated.includes('precision')) {
			problems.push({
				field: 'outcome.start',
				reason: 'a dated outcome needs start and precision (and end unless it is a day)'
			});
		} else {
			for (const field of ['start', 'end'] as const) {
				if (field in value && value[field] !== null && !isIsoDate(value[field])) {
					problems.push({
						field: `outcome.${field}`,
						reason: `must be a real date written YYYY-MM-DD, not ${shapeOf(value[field])} ${String(value[field])}`
					});
				}
			}
			if (!PRECISIONS.includes(value.precision as Precision)) {
				problems.push({
					field: 'outcome.precision',
					reason: `"${String(value.precision)}" is not allowed; ${oneOf(PRECISIONS)}`
				});
			} else if (isIsoDate(value.start)) {
				const end = (value.end ?? null) as IsoDate | null;
				const mismatch =
					end !== null && end < value.start
						? { field: 'end', reason: `${end} is before start ${value.start}` }
						: precisionMismatch(value.precision as Precision, value.start, end);
				if (mismatch) problems.push({ ...mismatch, field: `outcome.${mismatch.field}` });
			}
		}
	}
	return {
		result: result as Outcome['result'],
		statement: value.statement as string,
		paragraph: (value.paragraph ?? null) as string | null,
		quote: (value.quote ?? null) as string | null,
		start: (value.start ?? null) as IsoDate | null,
		end: (value.end ?? null) as IsoDate | null,
		precision: (value.precision ?? null) as Precision | null,
		record: record as string | null,
		lead: lead as number | null
	};
}

/**
 * Checks one raw record. Returns the typed event only when it has no problem at all, so a
 * record with a bad field can never slip through half-repaired.
 */
export function checkRecord(raw: unknown): {
	event: AllianceEvent | null;
	problems: FieldProblem[];
} {
	if (!isMapping(raw)) {
		return {
			event: null,
			problems: [{ field: '(record)', reason: `must be a mapping, not ${shapeOf(raw)}` }]
		};
	}
	const record = raw;
	const problems: FieldProblem[] = [];

	unknownFields(record, EVENT_FIELDS, '', problems);
	for (const field of EVENT_FIELDS) {
		if (!(field in record) && !OPTIONAL.has(field)) {
			problems.push({
				field,
				reason: NULLABLE.has(field) ? 'missing (write null if none)' : 'missing'
			});
		}
	}
	const present = (field: string) => field in record;

	for (const field of ['id', 'title', 'summary', 'thread']) {
		if (present(field)) checkString(record[field], field, problems, NULLABLE.has(field));
	}
	const mentions = present('mentions') ? checkMentions(record.mentions, problems) : null;
	const outcome = checkOutcome(record.outcome, problems);
	for (const field of ['id', 'thread']) {
		const value = record[field];
		if (typeof value === 'string' && value.trim() !== '' && !ID_PATTERN.test(value)) {
			problems.push({ field, reason: `"${value}" is not kebab-case (a-z, 0-9, single hyphens)` });
		}
	}

	const enums: [string, readonly string[]][] = [
		['track', TRACKS],
		['kind', KINDS],
		['status', STATUSES],
		['precision', PRECISIONS]
	];
	for (const [field, values] of enums) {
		if (present(field) && !values.includes(record[field] as string)) {
			problems.push({
				field,
				reason: `"${String(record[field])}" is not allowed; ${oneOf(values)}`
			});
		}
	}

	if (present('tracks')) {
		const tracks = record.tracks;
		if (!Array.isArray(tracks) || tracks.length === 0) {
			problems.push({ field: 'tracks', reason: 'must be a non-empty list' });
		} else {
			const unknown = tracks.filter((track) => !TRACKS.includes(track as never));
			if (unknown.length > 0) {
				problems.push({
					field: 'tracks',
					reason: `"${unknown.join('", "')}" not allowed; ${oneOf(TRACKS)}`
				});
			} else if (new Set(tracks).size !== tracks.length) {
				problems.push({ field: 'tracks', reason: 'lists a track twice' });
			} else if (TRACKS.includes(record.track as never) && tracks[0] !== record.track) {
				problems.push({
					field: 'tracks',
					reason: `must start with the primary track "${String(record.track)}"`
				});
			}
		}
	}

	let datesReal = true;
	for (const field of ['start', 'end']) {
		const value = record[field];
		if (!present(field) || (field === 'end' && value === null)) continue;
		if (!isIsoDate(value)) {
			datesReal = false;
			problems.push({
				field,
				reason:
					typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
						? `${value} is not a real calendar date`
						: `must be a date written YYYY-MM-DD, not ${typeof value === 'string' ? `"${value}"` : shapeOf(value)}`
			});
		}
	}
	const start = record.start as IsoDate;
	const end = (record.end ?? null) as IsoDate | null;
	if (datesReal && present('start') && present('end')) {
		if (end !== null && end < start) {
			problems.push({ field: 'end', reason: `${end} is before start ${start}` });
		} else if (PRECISIONS.includes(record.precision as Precision)) {
			const mismatch = precisionMismatch(record.precision as Precision, start, end);
			if (mismatch) problems.push(mismatch);
		}
	}

	if (
		(record.kind === 'target') !== (record.status === 'target') &&
		present('kind') &&
		present('status')
	) {
		problems.push({ field: 'status', reason: 'kind "target" and status "target" go together' });
	}

	if (problems.length > 0 || mentions === null) return { event: null, problems };
	const fields = { ...record, mentions, outcome } as Record<string, unknown>;
	const event = Object.fromEntries(EVENT_FIELDS.map((field) => [field, fields[field]]));
	return { event: event as unknown as AllianceEvent, problems };
}
