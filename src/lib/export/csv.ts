/**
 * Events as RFC 4180 CSV, one row per event. The record's own fields come first in canonical
 * order; its mentions, a list of several fields each, are spread over columns whose cells join
 * one value per mention (see MENTION_SEPARATOR), and its outcome over `outcome_*` columns.
 * Pure, so the browser can export a filtered view with the same function the build uses for
 * /events.csv.
 *
 * Two forms: plain RFC 4180 for programs (/events.csv), and, with `spreadsheet`, one safe to
 * open in a spreadsheet (the browser's "Export this view"): a UTF-8 byte-order mark so Excel
 * reads `Yoon’s` rather than mojibake, and no cell a spreadsheet would run as a formula.
 */
import type { AllianceEvent, Mention } from '../model/event';

export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** RFC 4180 ends every record, the last included, with CRLF whatever the platform. */
const CRLF = '\r\n';
/** A value holding any of these would otherwise split a field or a record. */
const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Between the values of an event's mentions in one cell. Quotes hold semicolons, so lists of
 * mentions use a line break; whitespace inside each value is folded to single spaces (as the
 * validator reads quotes), so no value holds a line break of its own.
 */
export const MENTION_SEPARATOR = '\n';

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

const mentionCell = (event: AllianceEvent, read: (mention: Mention) => string | null) =>
	event.mentions.map((m) => (read(m) ?? '').replace(/\s+/g, ' ')).join(MENTION_SEPARATOR);

type Cell = string | null | readonly string[];

/** Every column and how it reads an event; null becomes an empty cell. */
export const CSV_COLUMNS: readonly [string, (event: AllianceEvent) => Cell][] = [
	['id', (e) => e.id],
	['title', (e) => e.title],
	['summary', (e) => e.summary],
	['track', (e) => e.track],
	['tracks', (e) => e.tracks],
	['kind', (e) => e.kind],
	['status', (e) => e.status],
	['start', (e) => e.start],
	['end', (e) => e.end],
	['precision', (e) => e.precision],
	['thread', (e) => e.thread],
	['statement', (e) => mentionCell(e, (m) => m.statement)],
	['paragraph', (e) => mentionCell(e, (m) => m.paragraph)],
	['phrase', (e) => mentionCell(e, (m) => m.phrase)],
	['quote', (e) => mentionCell(e, (m) => m.quote)],
	['outcome', (e) => e.outcome?.result ?? null],
	['outcome_statement', (e) => e.outcome?.statement ?? null],
	['outcome_paragraph', (e) => e.outcome?.paragraph ?? null],
	['outcome_quote', (e) => e.outcome?.quote ?? null],
	['outcome_start', (e) => e.outcome?.start ?? null],
	['outcome_end', (e) => e.outcome?.end ?? null],
	['outcome_precision', (e) => e.outcome?.precision ?? null]
];

function cell(value: Cell, options: CsvOptions): string {
	// CSV has no null: an empty field stands for it.
	if (value === null) return '';
	// Track names never hold a semicolon, so the list splits back unambiguously.
	const joined = typeof value === 'string' ? value : value.join(';');
	const text = options.spreadsheet ? spreadsheetSafe(joined) : joined;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const record = (cells: readonly string[]) => cells.join(',') + CRLF;

export function eventsToCsv(events: readonly AllianceEvent[], options: CsvOptions = {}): string {
	const header = record(CSV_COLUMNS.map(([name]) => name));
	const rows = events.map((event) =>
		record(CSV_COLUMNS.map(([, read]) => cell(read(event), options)))
	);
	return (options.spreadsheet ? UTF8_BOM : '') + header + rows.join('');
}
