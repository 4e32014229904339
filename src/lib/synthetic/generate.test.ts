import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { KINDS, PRECISIONS, STATUSES, TRACKS, type AllianceEvent } from '../model/event';
import { loadCatalogue } from '../server/catalogue';
import { validateEventFiles, type SourceFile } from '../server/validate';
import { findQuote, quoteText } from '../statements/quote';
import { generateEvents, mulberry32, quoteSources } from './generate';

const { statements } = loadCatalogue();
const sources = quoteSources(statements);

const groupBy = <T, K>(values: T[], key: (value: T) => K): Map<K, T[]> => {
	const groups = new Map<K, T[]>();
	for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
	return groups;
};
const countBy = <T>(values: T[]): Map<T, number> => {
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
};

describe('mulberry32', () => {
	it('repeats its sequence for a seed and stays in [0, 1)', () => {
		const draw = (seed: number) => Array.from({ length: 1000 }, mulberry32(seed));
		expect(draw(7)).toEqual(draw(7));
		expect(draw(7)).not.toEqual(draw(8));
		expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
	});
});

describe('quoteSources', () => {
	it('finds sentences in every statement', () => {
		expect(new Set(sources.map((s) => s.statement))).toEqual(
			new Set(statements.map((s) => s.slug))
		);
		expect(sources.length).toBeGreaterThan(100);
	});

	it('cuts spans that occur verbatim in their paragraph and never overlap', () => {
		const byParagraph = groupBy(sources, (s) => `${s.statement}#${s.paragraph}`);
		for (const [key, list] of byParagraph) {
			const [slug, anchor] = key.split('#');
			const text = statements
				.find((s) => s.slug === slug)
				?.paragraphs.find((p) => p.anchor === anchor)?.text;
			expect(text, key).toBeDefined();
			const spans = list.map((s) => {
				const start = text!.indexOf(s.quote);
				expect(start, s.quote).toBeGreaterThanOrEqual(0);
				return [start, start + s.quote.length] as const;
			});
			spans.sort((a, b) => a[0] - b[0]);
			spans.slice(1).forEach((span, i) => expect(span[0]).toBeGreaterThanOrEqual(spans[i]![1]));
		}
	});

	it('gives quotes that the validator reads as themselves, first found in their paragraph', () => {
		for (const source of sources) {
			expect(quoteText(source.quote)).toBe(source.quote);
			const statement = statements.find((s) => s.slug === source.statement)!;
			const first = findQuote(statement, source.quote).find(
				(m) => m.paragraph === source.paragraph
			);
			const text = statement.paragraphs.find((p) => p.anchor === source.paragraph)!.text;
			expect(first?.start).toBe(text.indexOf(source.quote));
		}
	});
});

describe('generateEvents', () => {
	it.each([0, 1, 7, 1000])('makes exactly n = %i events', (n) => {
		expect(generateEvents({ n, seed: 1, sources })).toHaveLength(n);
	});

	it('is deterministic: the same seed gives the same events, another seed others', () => {
		const first = generateEvents({ n: 500, seed: 42, sources });
		expect(generateEvents({ n: 500, seed: 42, sources })).toEqual(first);
		const other = generateEvents({ n: 500, seed: 43, sources });
		const strip = (events: AllianceEvent[]) => events.map(({ id: _id, ...rest }) => rest);
		expect(strip(other)).not.toEqual(strip(first));
	});

	it('rejects a bad n and a missing source', () => {
		expect(() => generateEvents({ n: -1, seed: 1, sources })).toThrow(RangeError);
		expect(() => generateEvents({ n: 1.5, seed: 1, sources })).toThrow(RangeError);
		expect(() => generateEvents({ n: 1, seed: 1, sources: [] })).toThrow(/quote source/);
		expect(generateEvents({ n: 0, seed: 1, sources: [] })).toEqual([]);
	});

	it('uses kebab-case ids even for a negative seed', () => {
		const [event] = generateEvents({ n: 1, seed: -5, sources });
		expect(event?.id).toBe(`syn-${-5 >>> 0}-0`);
	});

	it.each([1, 2024])(
		'passes the real validator (seed %i, n = 2,000)',
		(seed) => {
			const n = 2000;
			const events = generateEvents({ n, seed, sources });
			const dateOf = new Map(statements.map((s) => [s.slug, s.date]));
			const byDate = groupBy(events, (e) => dateOf.get(e.mentions[0]!.statement)!);
			const files: SourceFile[] = [...byDate].map(([date, list]) => ({
				file: `data/events/${date}.yaml`,
				text: stringify(list)
			}));
			const result = validateEventFiles(files, statements);
			expect(result.problems).toEqual([]);
			expect(result.events).toHaveLength(n);
			expect(result.events).toEqual(events);
		},
		30_000
	);

	describe('shape (n = 20,000)', () => {
		const n = 20000;
		const events = generateEvents({ n, seed: 9, sources });
		const share = (test: (e: AllianceEvent) => boolean) => events.filter(test).length / n;
		// A dense day holds dozens of single-day events; a tail day almost never more than one.
		const perDay = countBy(events.filter((e) => e.precision === 'day').map((e) => e.start));
		const isDense = (e: AllianceEvent) => e.precision === 'day' && (perDay.get(e.start) ?? 0) >= 10;
		const statementDates = new Set(statements.map((s) => s.date));

		it.each([
			{ name: 'on dense days', test: isDense, expected: 0.4, tolerance: 0.03 },
			{
				name: 'single days in the tail',
				test: (e: AllianceEvent) => e.precision === 'day' && !isDense(e),
				expected: 0.3,
				tolerance: 0.03
			},
			...(['month', 'season', 'year', 'approximate'] as const).map((precision) => ({
				name: `${precision} windows`,
				test: (e: AllianceEvent) => e.precision === precision,
				expected: { month: 0.1, season: 0.05, year: 0.05, approximate: 0.1 }[precision],
				tolerance: 0.02
			})),
			{
				name: 'in 2000–2030',
				test: (e: AllianceEvent) => e.start >= '2000' && e.start < '2031',
				expected: 0.55 + 0.45 * 0.3,
				tolerance: 0.12
			},
			{
				name: 'on a thread',
				test: (e: AllianceEvent) => e.thread !== null,
				expected: 0.4,
				tolerance: 0.02
			}
		])('$name: about $expected', ({ test, expected, tolerance }) => {
			expect(Math.abs(share(test) - expected)).toBeLessThanOrEqual(tolerance);
		});

		it('piles dozens to hundreds of events on each statement day and ~n/2000 summit days', () => {
			const dense = [...perDay].filter(([day, count]) => count >= 10 && !statementDates.has(day));
			expect(dense).toHaveLength(10);
			for (const date of statementDates) expect(perDay.get(date)).toBeGreaterThanOrEqual(24);
			for (const [day, count] of dense) {
				expect(day >= '1990-01-01' && day <= '2045-12-31').toBe(true);
				expect(count).toBeGreaterThanOrEqual(24);
				// 8,000 dense events over 12 days: no day takes more than a quarter of them.
				expect(count).toBeLessThan(2000);
			}
		});

		it.each([
			{ field: 'track', values: TRACKS },
			{ field: 'kind', values: KINDS },
			{ field: 'status', values: STATUSES },
			{ field: 'precision', values: PRECISIONS }
		] as const)('uses every $field', ({ field, values }) => {
			expect(new Set(events.map((e) => e[field]))).toEqual(new Set(values));
		});

		it('lists the primary track first and no track twice', () => {
			const wrong = events.filter(
				(e) => e.tracks[0] !== e.track || new Set(e.tracks).size !== e.tracks.length
			);
			expect(wrong).toEqual([]);
			expect(share((e) => e.tracks.length > 1)).toBeGreaterThan(0.3);
		});

		it('gives ~n/20 threads, each with at least two events', () => {
			const threads = countBy(events.flatMap((e) => (e.thread ? [e.thread] : [])));
			expect(threads.size).toBe(n / 20);
			expect(Math.min(...threads.values())).toBeGreaterThanOrEqual(2);
		});

		it('keeps every window in the 1950–2050 tail, plus at most three years', () => {
			expect(events.every((e) => e.start >= '1950-01-01' && (e.end ?? e.start) < '2054')).toBe(
				true
			);
		});
	});

	it('threads every event of a tiny set into a thread of at least two', () => {
		for (const n of [2, 3, 7]) {
			const threads = countBy(
				generateEvents({ n, seed: n, sources }).flatMap((e) => (e.thread ? [e.thread] : []))
			);
			expect([...threads.values()].every((count) => count >= 2)).toBe(true);
			expect(threads.size).toBe(1);
		}
	});

	it('makes 100,000 events quickly (a smoke check; speed targets live elsewhere)', () => {
		// Processor time, not the clock: on a machine shared with other work the clock also counts
		// the time spent waiting for a core.
		const started = process.cpuUsage();
		const events = generateEvents({ n: 100_000, seed: 7, sources });
		const { user, system } = process.cpuUsage(started);
		const elapsed = (user + system) / 1000;
		console.log(`generateEvents: 100,000 events in ${elapsed.toFixed(0)} ms of processor time`);
		expect(events).toHaveLength(100_000);
		expect(elapsed).toBeLessThan(3000);
	});
});
