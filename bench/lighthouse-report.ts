/**
 * The pure half of `npm run lighthouse`: the score targets, the median of repeated runs, the
 * checks and the printed table. Lighthouse's own scores are 0–1; everything here uses 0–100.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The lowest acceptable score per category, on every page and form factor. */
export const SCORE_TARGETS: Record<Category, number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 95
};

/** One Lighthouse run of one page: category scores (0–100) and the metrics behind performance. */
export interface LighthouseRun {
	scores: Record<Category, number>;
	metrics: Record<string, number>;
	/** Lighthouse's measure of the machine's CPU speed for this run (higher is faster). The
	 *  phone's slowdown is a fixed factor of it, so a run on a busy machine scores lower. */
	benchmarkIndex?: number;
}

export interface PageResult {
	path: string;
	formFactor: FormFactor;
	runs: number;
	/** Median per category over the runs. */
	scores: Record<Category, number>;
	/** Median per metric over the runs, in Lighthouse's units (ms, or unitless for CLS). */
	metrics: Record<string, number>;
	/** The lowest and highest CPU benchmark index over the runs, where Lighthouse gave one. */
	benchmarkIndex?: { min: number; max: number };
}

/** Lower median: with an even count, the lower middle value, so one lucky run cannot pass. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

/** Reads one Lighthouse result (its `lhr`) into whole-number scores and rounded metrics. */
export function readRun(lhr: {
	categories: Record<string, { score: number | null } | undefined>;
	audits: Record<string, { numericValue?: number } | undefined>;
	environment?: { benchmarkIndex?: number };
}): LighthouseRun {
	const scores = {} as Record<Category, number>;
	for (const category of CATEGORIES) {
		const score = lhr.categories[category]?.score;
		if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${category} score`);
		scores[category] = Math.round(score * 100);
	}
	const metrics: Record<string, number> = {};
	for (const audit of METRIC_AUDITS) {
		const value = lhr.audits[audit]?.numericValue;
		if (typeof value === 'number') metrics[audit] = Math.round(value * 1000) / 1000;
	}
	const index = lhr.environment?.benchmarkIndex;
	return typeof index === 'number'
		? { scores, metrics, benchmarkIndex: Math.round(index) }
		: { scores, metrics };
}

/** The audits behind the performance score, as Lighthouse names them. */
export const METRIC_AUDITS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index'
] as const;

export function summarisePage(
	path: string,
	formFactor: FormFactor,
	runs: readonly LighthouseRun[]
): PageResult {
	if (runs.length === 0) throw new Error(`no Lighthouse runs for ${path} (${formFactor})`);
	const scores = {} as Record<Category, number>;
	for (const category of CATEGORIES) scores[category] = median(runs.map((r) => r.scores[category]));
	const metrics: Record<string, number> = {};
	for (const audit of METRIC_AUDITS) {
		const values = runs.map((r) => r.metrics[audit]).filter((v) => v !== undefined);
		if (values.length > 0) metrics[audit] = median(values);
	}
	const indexes = runs.flatMap((r) => (r.benchmarkIndex === undefined ? [] : [r.benchmarkIndex]));
	const result: PageResult = { path, formFactor, runs: runs.length, scores, metrics };
	if (indexes.length > 0)
		result.benchmarkIndex = { min: Math.min(...indexes), max: Math.max(...indexes) };
	return result;
}

export interface Miss {
	path: string;
	formFactor: FormFactor;
	category: Category;
	score: number;
	target: number;
}

export function missedTargets(results: readonly PageResult[]): Miss[] {
	return results.flatMap((result) =>
		CATEGORIES.filter((category) => result.scores[category] < SCORE_TARGETS[category]).map(
			(category) => ({
				path: result.path,
				formFactor: result.formFactor,
				category,
				score: result.scores[category],
				target: SCORE_TARGETS[category]
			})
		)
	);
}

const SHORT: Record<Category, string> = {
	performance: 'perf',
	accessibility: 'a11y',
	'best-practices': 'best',
	seo: 'seo'
};

/** A plain-text table, one row per page and form factor, with the key metrics. */
export function formatTable(results: readonly PageResult[]): string {
	const header = [
		'page',
		'form',
		...CATEGORIES.map((c) => SHORT[c]),
		'FCP ms',
		'LCP ms',
		'TBT ms',
		'CLS',
		'CPU index'
	];
	const rows = results.map((r) => [
		r.path,
		r.formFactor,
		...CATEGORIES.map((c) => String(r.scores[c])),
		fixed(r.metrics['first-contentful-paint'], 0),
		fixed(r.metrics['largest-contentful-paint'], 0),
		fixed(r.metrics['total-blocking-time'], 0),
		fixed(r.metrics['cumulative-layout-shift'], 3),
		r.benchmarkIndex ? `${r.benchmarkIndex.min}–${r.benchmarkIndex.max}` : '–'
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ');
	return [line(header), ...rows.map(line)].join('\n');
}

function fixed(value: number | undefined, digits: number): string {
	return value === undefined ? '–' : value.toFixed(digits);
}

export function formatMisses(misses: readonly Miss[]): string {
	if (misses.length === 0) return 'All targets met.';
	return misses
		.map((m) => `MISSED ${m.path} (${m.formFactor}): ${m.category} ${m.score} < ${m.target}`)
		.join('\n');
}
