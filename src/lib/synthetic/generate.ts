/**
 * A seeded generator of valid canonical event records for load-testing the timeline with up
 * to 100,000 events in the browser. Everything follows from the seed; nothing reads the
 * clock or the network, and the records pass the same validation as the curated data.
 */
import {
	KINDS,
	isCommitment,
	TRACKS,
	type AllianceEvent,
	type Kind,
	type Status,
	type Track
} from '../model/event';
import { approximateWindow, calendarWindow, summitDays, tailDay, type DateShape } from './dates';
import { isoDay, parseDay } from './days';
import { orderByDayThenId } from './order';
import { mulberry32, pick, randomInt, type Random } from './random';
import type { QuoteSource } from './sources';
import { KIND_NOUNS, TOPICS, summaries } from './words';

export { mulberry32 } from './random';
export { quoteSources, type QuoteSource } from './sources';

export interface GenerateOptions {
	/** How many events, a whole number ≥ 0. */
	n: number;
	seed: number;
	/** Quotes to cite (see `quoteSources`); needed whenever n > 0. */
	sources: readonly QuoteSource[];
}

/** Shares of the four date shapes; the rest are single days in the long tail. */
const DENSE_SHARE = 0.4;
const CALENDAR_SHARE = 0.2;
const APPROXIMATE_SHARE = 0.1;
/** Share of events on a thread (each of the ~n/20 threads then has ~8 on average). */
const THREADED_SHARE = 0.4;
/** Beyond this many, summit days would be too close to hold dozens of events each. */
const MAX_SUMMIT_DAYS = 1000;

const DENSE_KINDS: readonly Kind[] = ['summit', 'meeting', 'dialogue', 'position', 'agreement'];
const OTHER_KINDS: readonly Kind[] = KINDS.filter((kind) => kind !== 'target');

/** A day that holds many events, with the quotes its events may cite. */
interface DenseDay {
	day: number;
	sources: readonly QuoteSource[];
}

/** The statements' own days (citing only their statement) and ~n/2000 synthetic summit days. */
function denseDays(random: Random, n: number, sources: readonly QuoteSource[]): DenseDay[] {
	const byDate = new Map<string, QuoteSource[]>();
	for (const source of sources) {
		const list = byDate.get(source.date);
		if (list) list.push(source);
		else byDate.set(source.date, [source]);
	}
	const own = [...byDate].map(([date, list]) => ({ day: parseDay(date), sources: list }));
	const count = Math.min(MAX_SUMMIT_DAYS, Math.max(2, Math.round(n / 2000)));
	const taken = new Set(own.map((d) => d.day));
	const summits = summitDays(random, count, taken).map((day) => ({ day, sources }));
	return [...own, ...summits];
}

/**
 * Skewed weights (0.1 to 2.1, most of them small), so at n = 20,000 some dense days hold
 * dozens of events and others many hundreds.
 */
function cumulativeWeights(random: Random, count: number): Float64Array {
	const cumulative = new Float64Array(count);
	let total = 0;
	for (let i = 0; i < count; i++) {
		total += 0.1 + 2 * random() ** 2;
		cumulative[i] = total;
	}
	return cumulative;
}

/** The index whose cumulative weight first exceeds a uniform draw of the total. */
function weightedIndex(random: Random, cumulative: Float64Array): number {
	const target = random() * (cumulative[cumulative.length - 1] ?? 0);
	let low = 0;
	let high = cumulative.length - 1;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((cumulative[mid] ?? 0) > target) high = mid;
		else low = mid + 1;
	}
	return low;
}

/**
 * Thread of each event (-1 for none): ~n/20 threads over ~40% of the events, the first two
 * picks of every thread placed before the rest so that each thread has at least two events.
 */
function assignThreads(random: Random, n: number): { threadOf: Int32Array; count: number } {
	const threadOf = new Int32Array(n).fill(-1);
	const count = n < 2 ? 0 : Math.max(1, Math.round(n / 20));
	const threaded = Math.min(n, Math.max(2 * count, Math.round(n * THREADED_SHARE)));
	const order = new Int32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	for (let j = 0; j < threaded; j++) {
		// Partial Fisher–Yates: order[0..j] is a uniform sample without repeats.
		const k = randomInt(random, j, n - 1);
		const chosen = order[k] as number;
		order[k] = order[j] as number;
		order[j] = chosen;
		threadOf[chosen] = j < 2 * count ? j >> 1 : randomInt(random, 0, count - 1);
	}
	return { threadOf, count };
}

/**
 * A status the record may have, given its dates and its statement's (see validate.ts): one of
 * announced, historical and held (if it starts by the statement), planned and target (if it
 * ends after it), each allowed one equally likely.
 */
function statusFor(random: Random, start: number, last: number, statementDay: number): Status {
	const before = start <= statementDay;
	const after = last > statementDay;
	let choice = Math.floor(random() * (1 + (before ? 2 : 0) + (after ? 2 : 0)));
	if (choice === 0) return 'announced';
	if (before) {
		if (choice <= 2) return choice === 1 ? 'historical' : 'held';
		choice -= 2;
	}
	return choice === 1 ? 'planned' : 'target';
}

/** The primary track first, then each other track with a one-in-four chance, in TRACKS order. */
function tracksFor(random: Random, track: Track): Track[] {
	const tracks = [track];
	for (const other of TRACKS) if (other !== track && random() < 0.25) tracks.push(other);
	return tracks;
}

/**
 * `n` valid event records, sorted by start then id. About 40% fall on dense days (statement
 * days and synthetic summit days), 20% on month, season or year windows, 10% on approximate
 * windows, and the rest on single days from 1950 to 2050. Ids are `syn-<seed>-<index>`,
 * threads `syn-thread-<k>`; quotes come verbatim from `sources`, and each status agrees with
 * the date of the statement quoted.
 */
export function generateEvents({ n, seed, sources }: GenerateOptions): AllianceEvent[] {
	if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, not ${n}`);
	if (n === 0) return [];
	if (sources.length === 0) throw new Error('generateEvents needs at least one quote source');

	const random = mulberry32(seed);
	const idPrefix = `syn-${seed >>> 0}-`;
	const statementDays = new Map(sources.map((s) => [s.date, parseDay(s.date)]));
	// A commitment of any statement but the last has an outcome read from the next one; the
	// generator cannot read it, so it says the later statement is silent.
	const dates = [...statementDays.keys()].sort();
	const nextSlug = new Map(
		dates.map((date, i) => [date, sources.find((s) => s.date === dates[i + 1])?.statement ?? null])
	);
	const dense = denseDays(random, n, sources);
	const denseWeights = cumulativeWeights(random, dense.length);
	const threads = assignThreads(random, n);
	const threadTracks = Array.from({ length: threads.count }, () => pick(random, TRACKS));
	const threadTopics = threadTracks.map((track) => pick(random, TOPICS[track]));
	const threadNames = threadTracks.map((_, k) => `syn-thread-${k}`);

	// One string per day, shared: 100,000 records would otherwise hold as many copies of each.
	const isoDays = new Map<number, string>();
	const iso = (day: number): string => {
		let text = isoDays.get(day);
		if (text === undefined) isoDays.set(day, (text = isoDay(day)));
		return text;
	};
	const events: AllianceEvent[] = [];
	const starts = new Int32Array(n);
	const pastEvents = new Map<string, string>();
	const sourcesOn = new Map<string, QuoteSource[]>();
	for (const s of sources) sourcesOn.set(s.date, [...(sourcesOn.get(s.date) ?? []), s]);
	for (let i = 0; i < n; i++) {
		const roll = random();
		let shape: DateShape;
		let source: QuoteSource;
		let kinds = OTHER_KINDS;
		if (roll < DENSE_SHARE) {
			const day = dense[weightedIndex(random, denseWeights)] as DenseDay;
			shape = { start: day.day, end: null, precision: 'day' };
			source = pick(random, day.sources);
			kinds = DENSE_KINDS;
		} else {
			if (roll < DENSE_SHARE + CALENDAR_SHARE) shape = calendarWindow(random);
			else if (roll < DENSE_SHARE + CALENDAR_SHARE + APPROXIMATE_SHARE)
				shape = approximateWindow(random);
			else shape = { start: tailDay(random), end: null, precision: 'day' };
			source = pick(random, sources);
		}
		starts[i] = shape.start;
		const thread = threads.threadOf[i] as number;
		let status = statusFor(
			random,
			shape.start,
			shape.end ?? shape.start,
			statementDays.get(source.date) as number
		);
		if (thread >= 0 && (status === 'historical' || status === 'held')) {
			// One past event of a thread is one record: a second statement citing the same one
			// would be a duplicate the validator rejects, so it is quoted from the first's statement.
			const key = `${thread} ${shape.start} ${shape.end}`;
			const first = pastEvents.get(key);
			if (first !== undefined && first !== source.date) {
				source = pick(random, sourcesOn.get(first)!);
				status = statusFor(
					random,
					shape.start,
					shape.end ?? shape.start,
					statementDays.get(first) as number
				);
			} else pastEvents.set(key, source.date);
		}
		const kind = status === 'target' ? 'target' : pick(random, kinds);
		const track = thread >= 0 ? (threadTracks[thread] as Track) : pick(random, TRACKS);
		const topic = thread >= 0 ? (threadTopics[thread] as string) : pick(random, TOPICS[track]);
		events.push({
			id: `${idPrefix}${i}`,
			title: `${KIND_NOUNS[kind]} on ${topic} ${i}`,
			summary: pick(random, summaries(topic)),
			track,
			tracks: tracksFor(random, track),
			kind,
			status,
			start: iso(shape.start),
			end: shape.end === null ? null : iso(shape.end),
			precision: shape.precision,
			thread: threadNames[thread] ?? null,
			mentions: [
				{
					statement: source.statement,
					paragraph: source.paragraph,
					phrase: null,
					quote: source.quote
				}
			],
			outcome:
				nextSlug.get(source.date) && isCommitment({ kind, status })
					? {
							result: 'not-mentioned',
							statement: nextSlug.get(source.date)!,
							paragraph: null,
							quote: null,
							start: null,
							end: null,
							precision: null,
							record: null,
							lead: null
						}
					: null
		});
	}
	// The order of compareEvents, found on numbers (see order.ts).
	return Array.from(orderByDayThenId(starts), (i) => events[i] as AllianceEvent);
}
