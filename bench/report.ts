/**
 * The pure half of the benchmark: percentiles, rounding, the results file's shape, the targets
 * and the printed table. Nothing here touches a browser, a server or the file system.
 */

/** What a run measures: the harness on an empty page, the site's own page, or the lab. */
export type RowKind = 'floor' | 'home' | 'lab';

/** The page each kind of row opens, as the table names it. */
export const ROW_PAGES: Record<RowKind, string> = {
	floor: 'empty page',
	home: '/',
	lab: '/lab/scale'
};

export interface RunResult {
	/** The page measured: `empty page` (the floor), `/` (the real data) or `/lab/scale`. */
	page: string;
	/** Events on the page: the real data's count on `/`, the generated count on the lab, 0 on the floor. */
	n: number;
	/** Navigation start to the `timeline:first-render` mark; null when the page never set it. */
	firstRenderMs: number | null;
	frameP95Ms: number;
	frameP50Ms: number;
	/** JSHeapUsedSize after the interaction sequence, in MB of 1,000,000 bytes. */
	heapMB: number;
}

export interface Results {
	runs: RunResult[];
	jsGzipKB: number;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) throw new Error('percentile of no values');
	if (!(p >= 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1] as number;
}

/** Rounds to one decimal place, the precision of every number in results.json. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

export const BYTES_PER_MB = 1_000_000;

/** One run's raw measurements, reduced to the numbers results.json keeps. */
export function summariseRun(
	page: string,
	n: number,
	firstRenderMs: number | null,
	frameTimesMs: readonly number[],
	heapUsedBytes: number
): RunResult {
	return {
		page,
		n,
		firstRenderMs: firstRenderMs === null ? null : round1(firstRenderMs),
		frameP95Ms: round1(percentile(frameTimesMs, 95)),
		frameP50Ms: round1(percentile(frameTimesMs, 50)),
		heapMB: round1(heapUsedBytes / BYTES_PER_MB)
	};
}

/** results.json's text: tab-indented like the rest of the repository, with a final newline. */
export function resultsJson(results: Results): string {
	return `${JSON.stringify(results, null, '\t')}\n`;
}

export interface Target {
	/** The run the target applies to (its page, and its n on the lab); absent for the site. */
	page?: string;
	n?: number;
	metric: 'firstRenderMs' | 'frameP50Ms' | 'frameP95Ms' | 'jsGzipKB';
	max: number;
}

const HOME = ROW_PAGES.home;
const LAB = ROW_PAGES.lab;

export const TARGETS: readonly Target[] = [
	{ page: HOME, metric: 'frameP50Ms', max: 4 },
	{ page: HOME, metric: 'frameP95Ms', max: 8 },
	{ page: LAB, n: 1000, metric: 'firstRenderMs', max: 500 },
	{ page: LAB, n: 1000, metric: 'frameP50Ms', max: 4 },
	{ page: LAB, n: 1000, metric: 'frameP95Ms', max: 8 },
	{ page: LAB, n: 10000, metric: 'firstRenderMs', max: 600 },
	{ page: LAB, n: 10000, metric: 'frameP50Ms', max: 6 },
	{ page: LAB, n: 10000, metric: 'frameP95Ms', max: 10 },
	{ page: LAB, n: 100000, metric: 'firstRenderMs', max: 1000 },
	{ page: LAB, n: 100000, metric: 'frameP50Ms', max: 10 },
	{ page: LAB, n: 100000, metric: 'frameP95Ms', max: 16.7 },
	{ metric: 'jsGzipKB', max: 120 }
];

/** The run a target is about: its page's run, and on the lab the run of its n. */
function runFor(results: Results, target: Target): RunResult | undefined {
	return results.runs.find(
		(r) => r.page === target.page && (target.n === undefined || r.n === target.n)
	);
}

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface TargetCheck {
	target: Target;
	verdict: Verdict;
	/** The reported (rounded) value compared with the target; null when missing. */
	value: number | null;
	note?: string;
}

/**
 * Checks every target against the reported, rounded numbers, so a printed verdict always agrees
 * with the printed value. A target for an N that was not run is skipped; a missing first-render
 * mark fails its target.
 */
export function checkTargets(
	results: Results,
	targets: readonly Target[] = TARGETS
): TargetCheck[] {
	return targets.map((target): TargetCheck => {
		if (target.metric === 'jsGzipKB') {
			const value = results.jsGzipKB;
			return { target, verdict: value <= target.max ? 'PASS' : 'FAIL', value };
		}
		const run = runFor(results, target);
		if (!run) return { target, verdict: 'SKIP', value: null, note: 'not run' };
		const value = run[target.metric];
		if (value === null) return { target, verdict: 'FAIL', value, note: 'mark missing' };
		return { target, verdict: value <= target.max ? 'PASS' : 'FAIL', value };
	});
}

function formatValue(value: number | null): string {
	return value === null ? '—' : value.toFixed(1);
}

/**
 * Columns the header's width or the widest value's, two spaces apart: the first (a name) aligned
 * left, the numbers right.
 */
function columns(rows: readonly (readonly string[])[]): string {
	const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
	return rows
		.map((row) =>
			row
				.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
				.join('  ')
		)
		.join('\n');
}

/** A step's time as a multiple of the floor's: how much the page adds to the harness alone. */
export function ratioToFloor(value: number, floor: number | undefined): string {
	return floor === undefined || floor <= 0 ? '—' : `${(value / floor).toFixed(1)}×`;
}

/**
 * The runs as a table, each step percentile also as a multiple of the empty page's (the floor:
 * what the harness, the input and three animation frames cost with no page work at all), then
 * the site's gzipped JavaScript.
 */
export function formatTable(results: Results): string {
	const floor = results.runs.find((r) => r.page === ROW_PAGES.floor);
	const header = [
		'page',
		'n',
		'firstRenderMs',
		'frameP50Ms',
		'×floor',
		'frameP95Ms',
		'×floor',
		'heapMB'
	];
	const rows = results.runs.map((run) => [
		run.page,
		String(run.n),
		formatValue(run.firstRenderMs),
		formatValue(run.frameP50Ms),
		ratioToFloor(run.frameP50Ms, floor?.frameP50Ms),
		formatValue(run.frameP95Ms),
		ratioToFloor(run.frameP95Ms, floor?.frameP95Ms),
		formatValue(run.heapMB)
	]);
	return `${columns([header, ...rows])}\n\njsGzipKB  ${formatValue(results.jsGzipKB)}`;
}

/** One line per target: `PASS  /lab/scale n=1000  frameP95Ms 5.2 ≤ 8`. */
export function formatChecks(checks: readonly TargetCheck[]): string {
	return checks
		.map(({ target, verdict, value, note }) => {
			const scope =
				target.page === undefined
					? 'site'
					: target.n === undefined
						? target.page
						: `${target.page} n=${target.n}`;
			const shown = value === null ? '' : ` ${formatValue(value)}`;
			const suffix = note ? ` (${note})` : '';
			return `${verdict}  ${scope.padEnd(17)}  ${target.metric}${shown} ≤ ${target.max}${suffix}`;
		})
		.join('\n');
}

/** One timed step as the log describes it (measure.ts's StepTime). */
export interface StepSample {
	kind: string;
	ms: number;
	scriptMs: number;
	styleMs: number;
	layoutMs: number;
	moved: boolean;
}

/**
 * Log lines for one run: how many steps moved the view, and per kind of step the median frame
 * time with its script, style and layout parts, and the p95. The idle line is the harness's
 * own cost (CDP calls and the animation frames it waits for), which every step includes.
 */
export function describeSteps(steps: readonly StepSample[], idle: readonly StepSample[]): string[] {
	const unmoved = steps.filter((s) => !s.moved).length;
	const lines = [`${steps.length} steps, ${unmoved} of them left the view unmoved`];
	const kinds = [...new Set(steps.map((s) => s.kind))];
	const describe = (label: string, group: readonly StepSample[]) => {
		const at = (p: number, pick: (s: StepSample) => number) =>
			percentile(group.map(pick), p).toFixed(1);
		const parts = `script ${at(50, (s) => s.scriptMs)}, style ${at(50, (s) => s.styleMs)}, layout ${at(50, (s) => s.layoutMs)}`;
		return `${label.padEnd(8)} p50 ${at(50, (s) => s.ms)} ms (${parts}), p95 ${at(95, (s) => s.ms)} ms`;
	};
	for (const kind of kinds) {
		const group = steps.filter((s) => s.kind === kind);
		lines.push(describe(kind, group));
	}
	if (idle.length > 0) lines.push(`${describe('no input', idle)}: included in every step`);
	return lines;
}
