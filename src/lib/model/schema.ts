/**
 * Shape checks of one event record, independent of every other record and of the statement
 * text. Each problem names the field; the caller adds the file and the id.
 */
import { isIsoDate, lastDayOfMonth } from './date';
import {
	EVENT_FIELDS,
	KINDS,
	PRECISIONS,
	STATUSES,
	TRACKS,
	type AllianceEvent,
	type IsoDate,
	type Precision
} from './event';

export interface FieldProblem {
	field: string;
	reason: string;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NULLABLE = new Set<string>(['end', 'phrase', 'thread']);

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
	record: Record<string, unknown>,
	field: string,
	problems: FieldProblem[]
): void {
	const value = record[field];
	if (value === null && NULLABLE.has(field)) return;
	if (typeof value !== 'string') {
		problems.push({ field, reason: `must be text, not ${shapeOf(value)}` });
	} else if (value.trim() === '') {
		problems.push({ field, reason: 'must not be empty' });
	}
}

/**
 * Checks one raw record. Returns the typed event only when it has no problem at all, so a
 * record with a bad field can never slip through half-repaired.
 */
export function checkRecord(raw: unknown): {
	event: AllianceEvent | null;
	problems: FieldProblem[];
} {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {
			event: null,
			problems: [{ field: '(record)', reason: `must be a mapping, not ${shapeOf(raw)}` }]
		};
	}
	const record = raw as Record<string, unknown>;
	const problems: FieldProblem[] = [];

	for (const field of Object.keys(record)) {
		if (!(EVENT_FIELDS as readonly string[]).includes(field)) {
			problems.push({ field, reason: 'unknown field' });
		}
	}
	for (const field of EVENT_FIELDS) {
		if (!(field in record)) {
			problems.push({
				field,
				reason: NULLABLE.has(field) ? 'missing (write null if none)' : 'missing'
			});
		}
	}
	const present = (field: string) => field in record;

	for (const field of [
		'id',
		'title',
		'summary',
		'statement',
		'quote',
		'paragraph',
		'phrase',
		'thread'
	]) {
		if (present(field)) checkString(record, field, problems);
	}
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

	return { event: problems.length === 0 ? (record as unknown as AllianceEvent) : null, problems };
}
