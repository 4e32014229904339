/**
 * Events as RFC 4180 CSV: one column per canonical field, in EVENT_FIELDS order, so a
 * spreadsheet holds the same record /events.json serves. Pure, so the browser can export a
 * filtered view with the same function the build uses for /events.csv.
 */
import { EVENT_FIELDS, type AllianceEvent } from '../model/event';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** RFC 4180 ends every record, the last included, with CRLF whatever the platform. */
const CRLF = '\r\n';
/** A value holding any of these would otherwise split a field or a record. */
const NEEDS_QUOTES = /[",\r\n]/;

type FieldValue = AllianceEvent[keyof AllianceEvent];

function cell(value: FieldValue): string {
	// CSV has no null: an empty field stands for it (only end, phrase and thread are nullable,
	// and none of them is ever an empty string, so a reader can tell them back apart).
	if (value === null) return '';
	// Track names never hold a semicolon, so the list splits back unambiguously.
	const text = Array.isArray(value) ? value.join(';') : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const record = (cells: readonly string[]) => cells.join(',') + CRLF;

export function eventsToCsv(events: readonly AllianceEvent[]): string {
	const header = record(EVENT_FIELDS);
	const rows = events.map((event) => record(EVENT_FIELDS.map((field) => cell(event[field]))));
	return header + rows.join('');
}
