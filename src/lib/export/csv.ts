/**
 * Events as RFC 4180 CSV: one column per canonical field, in EVENT_FIELDS order, so a
 * spreadsheet holds the same record /events.json serves. Pure, so the browser can export a
 * filtered view with the same function the build uses for /events.csv.
 *
 * Two forms: plain RFC 4180 for programs (/events.csv), and, with `spreadsheet`, one safe to
 * open in a spreadsheet (the browser's "Export this view"): a UTF-8 byte-order mark so Excel
 * reads `Yoon’s` rather than mojibake, and no cell a spreadsheet would run as a formula.
 */
import { EVENT_FIELDS, type AllianceEvent } from '../model/event';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** RFC 4180 ends every record, the last included, with CRLF whatever the platform. */
const CRLF = '\r\n';
/** A value holding any of these would otherwise split a field or a record. */
const NEEDS_QUOTES = /[",\r\n]/;

/** Tells Excel the file is UTF-8; programs reading RFC 4180 do not expect it. */
export const UTF8_BOM = '\uFEFF';

/** Spreadsheets take a cell starting with one of these as a formula (or part of one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell's text as a spreadsheet should show it: text that would start a formula is prefixed
 * with an apostrophe, which spreadsheets read as "this is text" (OWASP's advice for CSV
 * injection). Applied to each cell's text before it is quoted, whatever the columns are.
 */
export function spreadsheetSafe(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
	/** Written for a spreadsheet to open: BOM first, formula-like cells defused. */
	spreadsheet?: boolean;
}

type FieldValue = AllianceEvent[keyof AllianceEvent];

function cell(value: FieldValue, options: CsvOptions): string {
	// CSV has no null: an empty field stands for it (only end, phrase and thread are nullable,
	// and none of them is ever an empty string, so a reader can tell them back apart).
	if (value === null) return '';
	// Track names never hold a semicolon, so the list splits back unambiguously.
	const joined = Array.isArray(value) ? value.join(';') : value;
	const text = options.spreadsheet ? spreadsheetSafe(joined) : joined;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const record = (cells: readonly string[]) => cells.join(',') + CRLF;

export function eventsToCsv(events: readonly AllianceEvent[], options: CsvOptions = {}): string {
	const header = record(EVENT_FIELDS);
	const rows = events.map((event) =>
		record(EVENT_FIELDS.map((field) => cell(event[field], options)))
	);
	return (options.spreadsheet ? UTF8_BOM : '') + header + rows.join('');
}
