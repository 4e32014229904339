/**
 * Events as an RFC 5545 calendar: one all-day VEVENT per event, spanning its date or the
 * window it falls in. Pure, so the browser can export a filtered view with the same function
 * the build uses for /events.ics.
 */
import type { AllianceEvent, IsoDate, Status } from '../model/event';
import { eventExtent, fromTime } from '../time/extent';
import { describePrecision } from '../time/format';
import { OUTCOME_LABELS } from '../model/labels';

export const ICS_MEDIA_TYPE = 'text/calendar; charset=utf-8';

export const CALENDAR_NAME = 'US–ROK Alliance Timeline';

export interface IcsOptions {
	/** Absolute address of the site, without a trailing slash; events link to `/?event=<id>`. */
	siteUrl: string;
	/** Statement titles by slug, for citing the quote's source. */
	statementTitles?: Record<string, string>;
	/** The DTSTAMP of every entry; pass it to make the output reproducible. */
	now?: Date;
	calendarName?: string;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the CRLF. */
const MAX_OCTETS = 75;

/** RFC 5545 §3.3.11 TEXT: backslash first, so the escapes added after it stay single. */
export function escapeText(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replaceAll(';', '\\;')
		.replaceAll(',', '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (codePoint: number) =>
	codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1). Octets, not
 * characters: Korean text is three bytes a character. Iterating by code point keeps every
 * UTF-8 sequence (and surrogate pair) whole; the leading space of a continuation line counts.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join(CRLF);
}

const compactDate = (day: IsoDate) => day.replaceAll('-', '');

/** `20230426T000000Z`: DTSTAMP must be UTC (RFC 5545 §3.8.7.2). */
const utcStamp = (time: Date) =>
	time
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');

/**
 * Calendars read an all-day DTEND as exclusive, so an event on 31 Dec 2022 ends 20230101;
 * eventExtent already gives the end of the last day in that form.
 */
const exclusiveEnd = (event: AllianceEvent) => compactDate(fromTime(eventExtent(event)[1]));

/** What has happened is settled; anything the statement only announces or plans may move. */
const CONFIRMED: readonly Status[] = ['historical', 'held'];

function description(event: AllianceEvent, titles: Record<string, string> | undefined): string {
	const source = (slug: string) => (titles?.[slug] ? ` — ${titles[slug]}` : '');
	const outcome = event.outcome;
	return [
		event.summary,
		// Every statement's words, so one entry carries all that cite the event.
		...event.mentions.map((mention) => `“${mention.quote}”${source(mention.statement)}`),
		...(outcome
			? [
					outcome.quote
						? `Outcome: ${OUTCOME_LABELS[outcome.result]}: “${outcome.quote}”${source(outcome.statement)}`
						: `Outcome: ${OUTCOME_LABELS[outcome.result]} in the next statement${source(outcome.statement)}`
				]
			: []),
		describePrecision(event.start, event.end, event.precision)
	].join('\n\n');
}

function vevent(event: AllianceEvent, options: IcsOptions, stamp: string): string[] {
	const siteUrl = options.siteUrl.replace(/\/+$/, '');
	return [
		'BEGIN:VEVENT',
		// The id leads so a calendar's entry traces back to the record; the suffix makes it
		// globally unique as RFC 5545 asks.
		`UID:${escapeText(event.id)}@alliance-timeline`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compactDate(event.start)}`,
		`DTEND;VALUE=DATE:${exclusiveEnd(event)}`,
		`SUMMARY:${escapeText(event.title)}`,
		`DESCRIPTION:${escapeText(description(event, options.statementTitles))}`,
		// Commas separate the values, so each value escapes its own.
		`CATEGORIES:${event.tracks.map(escapeText).join(',')}`,
		`URL:${siteUrl}/?event=${encodeURIComponent(event.id)}`,
		`STATUS:${CONFIRMED.includes(event.status) ? 'CONFIRMED' : 'TENTATIVE'}`,
		'END:VEVENT'
	];
}

export function eventsToIcs(events: readonly AllianceEvent[], options: IcsOptions): string {
	const stamp = utcStamp(options.now ?? new Date());
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//alliance-timeline//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(options.calendarName ?? CALENDAR_NAME)}`,
		...events.flatMap((event) => vevent(event, options, stamp)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
