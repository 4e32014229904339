/**
 * The pure half of the benchmark: percentiles, rounding, the results file's shape, the targets
 * and the printed table. Nothing here touches a browser, a server or the file system.
 */

/**
 * What a run measures: the harness on an empty page, the site's own page, the site's page as a
 * phone with its CPU slowed, or the lab.
 */
export type RowKind = 'floor' | 'home' | 'phone' | 'lab';

/** The page each kind of row opens, as the table names it. */
export const ROW_PAGES: Record<RowKind, string> = {
	floor: 'empty page',
	home: '/',
	phone: '/ (phone)',
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

/** `/` as a phone: 390 × 844, the CPU slowed 4×, three kinds of gesture (measure.ts). */
export interface PhoneRunResult {
	/** Always `/ (phone)`. */
	page: string;
	/** The real data's count of events. */
	n: number;
	/** Median main-thread work of the four "Zoom in" presses, each with its glide and rest. */
	pressMs: number;
	/** The longest main-thread task of the whole sequence (presses, wheel steps, drag). */
	longestTaskMs: number;
	/** How many tasks of the sequence ran over 50 ms. */
	longTasks: number;
}

export interface Results {
	runs: (RunResult | PhoneRunResult)[];
	jsGzipKB: number;
}

export function isPhoneRun(run: RunResult | PhoneRunResult): run is PhoneRunResult {
	return 'pressMs' in run;
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

/** A long task, as the Long Tasks API counts it: over 50 ms. */
export const LONG_TASK_MS = 50;

/** The phone row's raw measurements, reduced to the numbers results.json keeps. */
export function summarisePhoneRun(
	n: number,
	pressesMs: readonly number[],
	tasksMs: readonly number[]
): PhoneRunResult {
	if (pressesMs.length === 0) throw new Error('the phone row timed no presses');
	return {
		page: ROW_PAGES.phone,
		n,
		pressMs: round1(median(pressesMs)),
		longestTaskMs: round1(Math.max(0, ...tasksMs)),
		longTasks: tasksMs.filter((ms) => ms > LONG_TASK_MS).length
	};
}

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** results.json's text: tab-indented like the rest of the repository, with a final newline. */
export function resultsJson(results: Results): string {
	return `${JSON.stringify(results, null, '\t')}\n`;
}

type StepMetric = 'frameP50Ms' | 'frameP95Ms';

/**
 * A condition on one number. A step percentile's limit is a multiple of the floor's same
 * percentile in the same run (`timesFloor`); every other limit is absolute (`max`).
 */
export type Target =
	| { page: string; n?: number; metric: StepMetric; timesFloor: number }
	| { page: string; n?: number; metric: 'firstRenderMs'; max: number }
	| { page: string; n?: undefined; metric: 'pressMs' | 'longestTaskMs'; max: number }
	| { page?: undefined; n?: undefined; metric: 'jsGzipKB'; max: number };

const HOME = ROW_PAGES.home;
const PHONE = ROW_PAGES.phone;
const LAB = ROW_PAGES.lab;

const labTargets = (n: number, firstRenderMs: number): Target[] => [
	{ page: LAB, n, metric: 'firstRenderMs', max: firstRenderMs },
	{ page: LAB, n, metric: 'frameP50Ms', timesFloor: 2 },
	{ page: LAB, n, metric: 'frameP95Ms', timesFloor: 3 }
];

export const TARGETS: readonly Target[] = [
	{ page: HOME, metric: 'frameP50Ms', timesFloor: 1.5 },
	{ page: HOME, metric: 'frameP95Ms', timesFloor: 2 },
	{ page: PHONE, metric: 'longestTaskMs', max: LONG_TASK_MS },
	{ page: PHONE, metric: 'pressMs', max: 150 },
	...labTargets(1000, 400),
	...labTargets(10000, 500),
	...labTargets(100000, 800),
	{ metric: 'jsGzipKB', max: 110 }
];

/** The run a target is about: its page's run, and on the lab the run of its n. */
function runFor(
	results: Results,
	page: string,
	n: number | undefined
): RunResult | PhoneRunResult | undefined {
	return results.runs.find((r) => r.page === page && (n === undefined || r.n === n));
}

function desktopRun(results: Results, page: string, n?: number): RunResult | undefined {
	const run = runFor(results, page, n);
	return run && !isPhoneRun(run) ? run : undefined;
}

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface TargetCheck {
	target: Target;
	verdict: Verdict;
	/** The reported (rounded) value compared with the target; null when missing. */
	value: number | null;
	/** The limit the value was held to; null when it could not be worked out (no floor). */
	limit: number | null;
	/** For a multiple of the floor: the floor's reported value the limit was worked out from. */
	floor?: number;
	note?: string;
}

/**
 * A multiple of the floor's reported value, to 0.01: the factors are 1.5, 2 and 3 and the floor
 * has one decimal, so this only strips floating-point noise (1.5 × 4.4 is 6.6000000000000005).
 */
export function floorLimit(timesFloor: number, floor: number): number {
	return Math.round(timesFloor * floor * 100) / 100;
}

const verdict = (value: number, limit: number): Verdict => (value <= limit ? 'PASS' : 'FAIL');

/**
 * Checks every target against the reported, rounded numbers, so a printed verdict always agrees
 * with the printed value. A target whose row (or, for a multiple of the floor, whose floor row)
 * was not run is skipped; a missing first-render mark fails its target.
 */
export function checkTargets(
	results: Results,
	targets: readonly Target[] = TARGETS
): TargetCheck[] {
	const floor = desktopRun(results, ROW_PAGES.floor);
	return targets.map((target): TargetCheck => {
		if (target.metric === 'jsGzipKB') {
			const value = results.jsGzipKB;
			return { target, verdict: verdict(value, target.max), value, limit: target.max };
		}
		const skip = (note: string): TargetCheck => ({
			target,
			verdict: 'SKIP',
			value: null,
			limit: null,
			note
		});
		if (!('timesFloor' in target) && target.metric !== 'firstRenderMs') {
			const run = runFor(results, target.page, undefined);
			if (!run || !isPhoneRun(run)) return skip('not run');
			const value = run[target.metric];
			return { target, verdict: verdict(value, target.max), value, limit: target.max };
		}
		const run = desktopRun(results, target.page, target.n);
		if (!run) return skip('not run');
		if (target.metric === 'firstRenderMs') {
			const value = run.firstRenderMs;
			if (value === null) {
				return { target, verdict: 'FAIL', value, limit: target.max, note: 'mark missing' };
			}
			return { target, verdict: verdict(value, target.max), value, limit: target.max };
		}
		if (!floor) return skip('floor not run');
		const value = run[target.metric];
		const limit = floorLimit(target.timesFloor, floor[target.metric]);
		return { target, verdict: verdict(value, limit), value, limit, floor: floor[target.metric] };
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
	const desktop = results.runs.filter((run): run is RunResult => !isPhoneRun(run));
	const phones = results.runs.filter(isPhoneRun);
	const floor = desktop.find((r) => r.page === ROW_PAGES.floor);
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
	const rows = desktop.map((run) => [
		run.page,
		String(run.n),
		formatValue(run.firstRenderMs),
		formatValue(run.frameP50Ms),
		ratioToFloor(run.frameP50Ms, floor?.frameP50Ms),
		formatValue(run.frameP95Ms),
		ratioToFloor(run.frameP95Ms, floor?.frameP95Ms),
		formatValue(run.heapMB)
	]);
	const parts = desktop.length > 0 ? [columns([header, ...rows])] : [];
	parts.push(...phones.map(formatPhoneRun));
	parts.push(`jsGzipKB  ${formatValue(results.jsGzipKB)}`);
	return parts.join('\n\n');
}

/** The phone row on a line of its own: its numbers are not the desktop rows' columns. */
export function formatPhoneRun(run: PhoneRunResult): string {
	return `${run.page}  n ${run.n}  pressMs ${formatValue(run.pressMs)}  longestTaskMs ${formatValue(run.longestTaskMs)}  longTasks ${run.longTasks}`;
}

/** A limit as worked out, without trailing zeros: `6.6`, `6.45`, `150`. */
function formatLimit(limit: number): string {
	return String(limit);
}

/**
 * One line per target: `PASS  /lab/scale n=1000  frameP95Ms 5.2 ≤ 8.4 (3× floor 2.8)`, or for
 * an absolute limit `PASS  site  jsGzipKB 98.8 ≤ 110`.
 */
export function formatChecks(checks: readonly TargetCheck[]): string {
	return checks
		.map(({ target, verdict, value, limit, floor, note }) => {
			const scope =
				target.page === undefined
					? 'site'
					: target.n === undefined
						? target.page
						: `${target.page} n=${target.n}`;
			const shown = value === null ? '' : ` ${formatValue(value)}`;
			const bound =
				'timesFloor' in target
					? limit === null
						? `${target.timesFloor}× floor`
						: `${formatLimit(limit)} (${target.timesFloor}× floor ${formatValue(floor ?? null)})`
					: formatLimit(target.max);
			const suffix = note ? ` (${note})` : '';
			return `${verdict}  ${scope.padEnd(17)}  ${target.metric}${shown} ≤ ${bound}${suffix}`;
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

/** The phone row's raw detail (measure.ts's PhoneMeasurement), for the log. */
export interface PhoneSample {
	pressesMs: readonly number[];
	steps: readonly StepSample[];
	observedTasksMs: readonly number[];
	tracedTasksMs: readonly number[];
	tracedLongestMs: number;
}

const listMs = (values: readonly number[]) =>
	values.length === 0 ? 'none' : values.map((ms) => ms.toFixed(1)).join(', ');

/**
 * Log lines for the phone row: each press, the wheel steps and the drag, and the long tasks as
 * the page's PerformanceObserver and the trace each saw them, so the two can be compared.
 */
export function describePhone(sample: PhoneSample): string[] {
	const observedLongest = Math.max(0, ...sample.observedTasksMs);
	return [
		`presses ${listMs(sample.pressesMs)} ms`,
		...describeSteps(sample.steps, []).map((line) => `ctrl+wheel and drag: ${line}`),
		`long tasks (PerformanceObserver, reported): ${sample.observedTasksMs.filter((ms) => ms > LONG_TASK_MS).length} over 50 ms, longest ${observedLongest.toFixed(1)} ms: ${listMs(sample.observedTasksMs)}`,
		`long tasks (trace, for comparison): ${sample.tracedTasksMs.length} over 50 ms, longest task ${sample.tracedLongestMs.toFixed(1)} ms: ${listMs(sample.tracedTasksMs)}`
	];
}

/** The renderer main threads' top-level tasks in a Chromium trace, in milliseconds. */
export function tracedMainThreadTasks(trace: string): number[] {
	interface TraceEvent {
		name?: string;
		ph?: string;
		pid?: number;
		tid?: number;
		dur?: number;
		args?: { name?: string };
	}
	const events = (JSON.parse(trace) as { traceEvents: TraceEvent[] }).traceEvents;
	const mains = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	return events
		.filter(
			(e) =>
				e.ph === 'X' &&
				(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
				mains.has(`${e.pid}:${e.tid}`) &&
				e.dur !== undefined
		)
		.map((e) => (e.dur as number) / 1000);
}
