import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import {
	checkTargets,
	describePhone,
	describeSteps,
	floorLimit,
	formatChecks,
	formatTable,
	median,
	percentile,
	resultsJson,
	round1,
	summarisePhoneRun,
	summariseRun,
	tracedMainThreadTasks,
	type PhoneRunResult,
	type Results,
	type RunResult,
	type TargetCheck
} from './report';
import { benchPort } from './server';
import { interactionSteps, pointerPositions } from './steps';

describe('percentile (nearest rank)', () => {
	const ten = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];

	it('takes the value at rank ceil(p/100 × n) of the sorted values', () => {
		expect(percentile(ten, 50)).toBe(5);
		expect(percentile(ten, 95)).toBe(10);
		expect(percentile(ten, 90)).toBe(9);
		expect(percentile(ten, 91)).toBe(10);
		expect(percentile(ten, 100)).toBe(10);
		expect(percentile(ten, 0)).toBe(1);
	});

	it('never interpolates', () => {
		expect(percentile([1, 2], 50)).toBe(1);
		expect(percentile([1, 2, 3, 4], 50)).toBe(2);
		expect(percentile([7], 95)).toBe(7);
	});

	it('on 60 steps, p95 is the 57th smallest and p50 the 30th', () => {
		const steps = Array.from({ length: 60 }, (_, i) => 60 - i);
		expect(percentile(steps, 95)).toBe(57);
		expect(percentile(steps, 50)).toBe(30);
	});

	it('leaves its input unsorted', () => {
		const values = [3, 1, 2];
		percentile(values, 50);
		expect(values).toEqual([3, 1, 2]);
	});

	it('refuses no values and out-of-range p', () => {
		expect(() => percentile([], 50)).toThrow();
		expect(() => percentile([1], 101)).toThrow();
		expect(() => percentile([1], Number.NaN)).toThrow();
	});
});

describe('summariseRun', () => {
	it('rounds to 0.1 and gives the heap in MB of 1,000,000 bytes', () => {
		const frames = [1.04, 2.26, 3.35, 4.44, 5.55];
		expect(summariseRun('/lab/scale', 1000, 412.345, frames, 12_345_678)).toEqual({
			page: '/lab/scale',
			n: 1000,
			firstRenderMs: 412.3,
			frameP95Ms: 5.6,
			frameP50Ms: 3.4,
			heapMB: 12.3
		});
		expect(round1(16.65)).toBe(16.7);
	});

	it('keeps a missing first render as null', () => {
		expect(summariseRun('empty page', 0, null, [1], 0).firstRenderMs).toBeNull();
	});
});

const floor: RunResult = {
	page: 'empty page',
	n: 0,
	firstRenderMs: null,
	frameP95Ms: 5,
	frameP50Ms: 2,
	heapMB: 1
};
const phone: PhoneRunResult = {
	page: '/ (phone)',
	n: 193,
	pressMs: 150,
	longestTaskMs: 50.1,
	longTasks: 1
};
const results: Results = {
	runs: [
		floor,
		{ page: '/', n: 193, firstRenderMs: 400, frameP95Ms: 10, frameP50Ms: 3.1, heapMB: 12 },
		phone,
		{
			page: '/lab/scale',
			n: 1000,
			firstRenderMs: 300.5,
			frameP95Ms: 15,
			frameP50Ms: 3.2,
			heapMB: 10.1
		},
		{
			page: '/lab/scale',
			n: 10000,
			firstRenderMs: 500.1,
			frameP95Ms: 15.1,
			frameP50Ms: 4,
			heapMB: 40
		},
		{
			page: '/lab/scale',
			n: 100000,
			firstRenderMs: null,
			frameP95Ms: 30,
			frameP50Ms: 20,
			heapMB: 300.4
		}
	],
	jsGzipKB: 110
};

const row = (c: TargetCheck) => [
	c.target.page ?? 'site',
	c.target.n ?? '',
	c.target.metric,
	c.verdict,
	c.value,
	c.limit
];

describe('floorLimit', () => {
	it.each([
		[1.5, 4.4, 6.6],
		[2, 4.4, 8.8],
		[3, 1.1, 3.3],
		[3, 2.8, 8.4],
		[1.5, 4.3, 6.45],
		[1.5, 0.1, 0.15],
		[2, 0, 0]
	])('%s× a floor of %s is %s', (times, floorValue, limit) => {
		expect(floorLimit(times, floorValue)).toBe(limit);
	});
});

describe('checkTargets', () => {
	it('holds each step percentile to a multiple of the floor’s, the rest to fixed limits', () => {
		expect(checkTargets(results).map(row)).toEqual([
			['/', '', 'frameP50Ms', 'FAIL', 3.1, 3],
			['/', '', 'frameP95Ms', 'PASS', 10, 10],
			['/ (phone)', '', 'longestTaskMs', 'FAIL', 50.1, 50],
			['/ (phone)', '', 'pressMs', 'PASS', 150, 150],
			['/lab/scale', 1000, 'firstRenderMs', 'PASS', 300.5, 400],
			['/lab/scale', 1000, 'frameP50Ms', 'PASS', 3.2, 4],
			['/lab/scale', 1000, 'frameP95Ms', 'PASS', 15, 15],
			['/lab/scale', 10000, 'firstRenderMs', 'FAIL', 500.1, 500],
			['/lab/scale', 10000, 'frameP50Ms', 'PASS', 4, 4],
			['/lab/scale', 10000, 'frameP95Ms', 'FAIL', 15.1, 15],
			['/lab/scale', 100000, 'firstRenderMs', 'FAIL', null, 800],
			['/lab/scale', 100000, 'frameP50Ms', 'FAIL', 20, 4],
			['/lab/scale', 100000, 'frameP95Ms', 'FAIL', 30, 15],
			['site', '', 'jsGzipKB', 'PASS', 110, 110]
		]);
		expect(checkTargets(results)[10]?.note).toBe('mark missing');
	});

	it.each([
		// floor p50, / p50, verdict: 1.5 × 4.4 is 6.6 in floating point only to within 1e-15.
		[4.4, 6.6, 'PASS'],
		[4.4, 6.7, 'FAIL'],
		[4.3, 6.4, 'PASS'],
		[4.3, 6.5, 'FAIL'],
		[0, 0.1, 'FAIL']
	])('a floor p50 of %s lets / reach 1.5× it: %s is %s', (floorP50, homeP50, expected) => {
		const [check] = checkTargets(
			{
				runs: [
					{ ...floor, frameP50Ms: floorP50 },
					{ page: '/', n: 1, firstRenderMs: 1, frameP50Ms: homeP50, frameP95Ms: 1, heapMB: 1 }
				],
				jsGzipKB: 1
			},
			[{ page: '/', metric: 'frameP50Ms', timesFloor: 1.5 }]
		);
		expect(check?.verdict).toBe(expected);
		expect(check?.floor).toBe(floorP50);
	});

	it.each([
		['pressMs', 150, 'PASS'],
		['pressMs', 150.1, 'FAIL'],
		['longestTaskMs', 50, 'PASS'],
		['longestTaskMs', 50.1, 'FAIL']
	] as const)('on the phone, %s %s is %s', (metric, value, expected) => {
		const run = { ...phone, pressMs: 1, longestTaskMs: 1, [metric]: value };
		const check = checkTargets({ runs: [run], jsGzipKB: 1 }).find(
			(c) => c.target.metric === metric
		);
		expect(check?.verdict).toBe(expected);
		expect(check?.value).toBe(value);
	});

	it('skips the targets of a row not run, and the multiples of a floor not run', () => {
		const checks = checkTargets({ runs: results.runs.slice(1, 2), jsGzipKB: 110.1 });
		expect(checks.map((c) => [c.verdict, c.note])).toEqual([
			['SKIP', 'floor not run'],
			['SKIP', 'floor not run'],
			['SKIP', 'not run'],
			['SKIP', 'not run'],
			...Array.from({ length: 9 }, () => ['SKIP', 'not run']),
			['FAIL', undefined]
		]);
	});

	it('finds the lab run of each n, not the first run of any page', () => {
		const labOnly = { runs: [floor, ...results.runs.slice(4)], jsGzipKB: 1 };
		const checks = checkTargets(labOnly);
		expect(checks.filter((c) => c.verdict !== 'SKIP').map((c) => c.value)).toEqual([
			500.1,
			4,
			15.1,
			null,
			20,
			30,
			1
		]);
	});
});

describe('the phone row', () => {
	it.each([
		{
			presses: [600, 560, 610, 580],
			tasks: [94.04, 50, 50.1, 12],
			want: { pressMs: 590, longestTaskMs: 94, longTasks: 2 }
		},
		{
			presses: [120.04, 130, 99.96],
			tasks: [49.9],
			want: { pressMs: 120, longestTaskMs: 49.9, longTasks: 0 }
		},
		{ presses: [141.25], tasks: [], want: { pressMs: 141.3, longestTaskMs: 0, longTasks: 0 } }
	])('presses $presses and tasks $tasks give $want', ({ presses, tasks, want }) => {
		expect(summarisePhoneRun(188, presses, tasks)).toEqual({ page: '/ (phone)', n: 188, ...want });
	});

	it('reads the renderer main threads’ top-level tasks from a trace, and nothing else', () => {
		const trace = {
			traceEvents: [
				{ ph: 'M', name: 'thread_name', pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
				{ ph: 'M', name: 'thread_name', pid: 1, tid: 2, args: { name: 'Compositor' } },
				{ ph: 'M', name: 'thread_name', pid: 9, tid: 9, args: { name: 'CrBrowserMain' } },
				{ ph: 'X', name: 'ThreadControllerImpl::RunTask', pid: 1, tid: 1, dur: 61_500 },
				{ ph: 'X', name: 'RunTask', pid: 1, tid: 1, dur: 2_000 },
				{ ph: 'X', name: 'FunctionCall', pid: 1, tid: 1, dur: 60_000 },
				{ ph: 'X', name: 'ThreadControllerImpl::RunTask', pid: 1, tid: 2, dur: 90_000 },
				{ ph: 'X', name: 'ThreadControllerImpl::RunTask', pid: 9, tid: 9, dur: 80_000 },
				{ ph: 'B', name: 'ThreadControllerImpl::RunTask', pid: 1, tid: 1 }
			]
		};
		expect(tracedMainThreadTasks(JSON.stringify(trace))).toEqual([61.5, 2]);
	});

	it('refuses a run with no presses', () => {
		expect(() => summarisePhoneRun(188, [], [60])).toThrow(/no presses/);
	});

	it.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7]
	])('the median of %j is %s', (values, want) => {
		expect(median(values)).toBe(want);
	});

	it('logs the presses and both counts of long tasks', () => {
		const step = { kind: 'pan', ms: 40, scriptMs: 20, styleMs: 5, layoutMs: 5, moved: true };
		expect(
			describePhone({
				pressesMs: [600, 560.04],
				steps: [step],
				observedTasksMs: [60, 94, 50],
				tracedTasksMs: [60.2, 94.3, 51],
				tracedLongestMs: 94.3
			})
		).toEqual([
			'presses 600.0, 560.0 ms',
			'ctrl+wheel and drag: 1 steps, 0 of them left the view unmoved',
			'ctrl+wheel and drag: pan      p50 40.0 ms (script 20.0, style 5.0, layout 5.0), p95 40.0 ms',
			'long tasks (PerformanceObserver, reported): 2 over 50 ms, longest 94.0 ms: 60.0, 94.0, 50.0',
			'long tasks (trace, for comparison): 3 over 50 ms, longest task 94.3 ms: 60.2, 94.3, 51.0'
		]);
	});
});

describe('formatting', () => {
	it('prints the desktop runs as a table, each step time also as a multiple of the floor, and the phone on a line of its own', () => {
		expect(formatTable(results)).toBe(
			[
				'page             n  firstRenderMs  frameP50Ms  ×floor  frameP95Ms  ×floor  heapMB',
				'empty page       0              —         2.0    1.0×         5.0    1.0×     1.0',
				'/              193          400.0         3.1    1.6×        10.0    2.0×    12.0',
				'/lab/scale    1000          300.5         3.2    1.6×        15.0    3.0×    10.1',
				'/lab/scale   10000          500.1         4.0    2.0×        15.1    3.0×    40.0',
				'/lab/scale  100000              —        20.0   10.0×        30.0    6.0×   300.4',
				'',
				'/ (phone)  n 193  pressMs 150.0  longestTaskMs 50.1  longTasks 1',
				'',
				'jsGzipKB  110.0'
			].join('\n')
		);
	});

	it('leaves the ratios out when the floor was not measured', () => {
		expect(formatTable({ runs: results.runs.slice(1, 2), jsGzipKB: 1 }).split('\n')[1]).toBe(
			'/     193          400.0         3.1       —        10.0       —    12.0'
		);
	});

	it('prints the phone alone when it is the only row', () => {
		expect(formatTable({ runs: [phone], jsGzipKB: 1 })).toBe(
			'/ (phone)  n 193  pressMs 150.0  longestTaskMs 50.1  longTasks 1\n\njsGzipKB  1.0'
		);
	});

	it('prints one line per target, with the limit and, for a multiple, the floor it comes from', () => {
		expect(
			formatChecks(
				checkTargets({
					runs: [{ ...floor, frameP50Ms: 4.4, frameP95Ms: 4.3 }, ...results.runs.slice(1, 4)],
					jsGzipKB: 98.76
				})
			).split('\n')
		).toEqual([
			'PASS  /                  frameP50Ms 3.1 ≤ 6.6 (1.5× floor 4.4)',
			'FAIL  /                  frameP95Ms 10.0 ≤ 8.6 (2× floor 4.3)',
			'FAIL  / (phone)          longestTaskMs 50.1 ≤ 50',
			'PASS  / (phone)          pressMs 150.0 ≤ 150',
			'PASS  /lab/scale n=1000  firstRenderMs 300.5 ≤ 400',
			'PASS  /lab/scale n=1000  frameP50Ms 3.2 ≤ 8.8 (2× floor 4.4)',
			'FAIL  /lab/scale n=1000  frameP95Ms 15.0 ≤ 12.9 (3× floor 4.3)',
			'SKIP  /lab/scale n=10000  firstRenderMs ≤ 500 (not run)',
			'SKIP  /lab/scale n=10000  frameP50Ms ≤ 2× floor (not run)',
			'SKIP  /lab/scale n=10000  frameP95Ms ≤ 3× floor (not run)',
			'SKIP  /lab/scale n=100000  firstRenderMs ≤ 800 (not run)',
			'SKIP  /lab/scale n=100000  frameP50Ms ≤ 2× floor (not run)',
			'SKIP  /lab/scale n=100000  frameP95Ms ≤ 3× floor (not run)',
			'PASS  site               jsGzipKB 98.8 ≤ 110'
		]);
	});

	it('marks the multiples of a floor not run', () => {
		expect(
			formatChecks(checkTargets({ runs: results.runs.slice(1, 2), jsGzipKB: 1 })).split('\n')[0]
		).toBe('SKIP  /                  frameP50Ms ≤ 1.5× floor (floor not run)');
	});

	it('writes results.json in exactly the agreed shape', () => {
		const text = resultsJson({ runs: [results.runs[3] as RunResult, phone], jsGzipKB: 98.8 });
		expect(JSON.parse(text)).toEqual({ runs: [results.runs[3], phone], jsGzipKB: 98.8 });
		expect(Object.keys(JSON.parse(text).runs[0])).toEqual([
			'page',
			'n',
			'firstRenderMs',
			'frameP95Ms',
			'frameP50Ms',
			'heapMB'
		]);
		expect(Object.keys(JSON.parse(text).runs[1])).toEqual([
			'page',
			'n',
			'pressMs',
			'longestTaskMs',
			'longTasks'
		]);
		expect(text.endsWith('}\n')).toBe(true);
	});
});

describe('the scripted sequence', () => {
	it('has at least 60 steps: 20 zoom-ins, 20 pans, 20 zoom-outs', () => {
		const steps = interactionSteps();
		expect(steps.length).toBeGreaterThanOrEqual(60);
		const count = (kind: string) => steps.filter((s) => s.kind === kind).length;
		expect([count('zoom-in'), count('pan'), count('zoom-out')]).toEqual([20, 20, 20]);
	});

	it('varies the pointer over the plot, each position once', () => {
		const xs = pointerPositions(20);
		expect(new Set(xs).size).toBe(20);
		expect(Math.min(...xs)).toBeCloseTo(0.15);
		expect(Math.max(...xs)).toBeCloseTo(0.85);
		expect(xs).not.toEqual([...xs].sort((a, b) => a - b));
		expect(new Set(pointerPositions(21)).size).toBe(21);
	});

	it('zooms out at the zoom-ins’ positions in reverse, and pans both ways equally', () => {
		const steps = interactionSteps();
		const at = (kind: string) => steps.flatMap((s) => (s.kind === kind ? [s.x] : []));
		expect(at('zoom-out')).toEqual([...at('zoom-in')].reverse());
		const dx = steps.reduce((sum, s) => sum + (s.kind === 'pan' ? s.dx : 0), 0);
		expect(dx).toBe(0);
	});
});

describe('options', () => {
	it('defaults to building and measuring the floor, /, / as a phone and the lab at 1000, 10000 and 100000', () => {
		expect(parseOptions([])).toEqual({
			build: true,
			rows: ['floor', 'home', 'phone', 'lab'],
			ns: [1000, 10000, 100000],
			out: 'bench/results.json',
			help: false
		});
	});

	it('reads --rows, --n, --no-build and --out', () => {
		expect(
			parseOptions([
				'--rows',
				'lab,floor',
				'--n',
				'1000,5000',
				'--no-build',
				'--out',
				'/tmp/r.json'
			])
		).toMatchObject({ build: false, rows: ['floor', 'lab'], ns: [1000, 5000], out: '/tmp/r.json' });
	});

	it.each([
		['phone', ['phone']],
		['phone,floor', ['floor', 'phone']],
		['lab, phone ,home', ['home', 'phone', 'lab']],
		['phone,phone', ['phone']]
	])('--rows %s measures %j, in the table’s order', (text, rows) => {
		expect(parseOptions(['--rows', text]).rows).toEqual(rows);
	});

	it('refuses a malformed --n or --rows, and unknown flags', () => {
		expect(() => parseOptions(['--n', '1000,abc'])).toThrow(/--n/);
		expect(() => parseOptions(['--n', '0'])).toThrow(/--n/);
		expect(() => parseOptions(['--rows', 'home,everything'])).toThrow(/--rows/);
		expect(() => parseOptions(['--page', '/'])).toThrow();
	});
});

describe('describeSteps', () => {
	const step = (kind: string, ms: number, moved = true) => ({
		kind,
		ms,
		scriptMs: ms / 2,
		styleMs: 1,
		layoutMs: 2,
		moved
	});

	it('summarises each kind of step and the harness’s idle cost', () => {
		const lines = describeSteps(
			[step('zoom-in', 10), step('zoom-in', 20), step('pan', 4, false)],
			[step('idle', 3, false)]
		);
		expect(lines).toEqual([
			'3 steps, 1 of them left the view unmoved',
			'zoom-in  p50 10.0 ms (script 5.0, style 1.0, layout 2.0), p95 20.0 ms',
			'pan      p50 4.0 ms (script 2.0, style 1.0, layout 2.0), p95 4.0 ms',
			'no input p50 3.0 ms (script 1.5, style 1.0, layout 2.0), p95 3.0 ms: included in every step'
		]);
	});
});

describe('BENCH_PORT', () => {
	it.each([
		[undefined, 4174],
		['', 4174],
		['4195', 4195],
		['1', 1],
		['65535', 65535]
	])('%j serves on %s', (value, port) => {
		expect(benchPort(value === undefined ? {} : { BENCH_PORT: value })).toBe(port);
	});

	it.each(['0', '65536', '41a', '-1', '4195.5', ' 4195'])('refuses %j', (value) => {
		expect(() => benchPort({ BENCH_PORT: value })).toThrow(/BENCH_PORT/);
	});
});
