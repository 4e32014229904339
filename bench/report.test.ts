import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import {
	checkTargets,
	describeSteps,
	formatChecks,
	formatTable,
	percentile,
	resultsJson,
	round1,
	summariseRun,
	type Results
} from './report';
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

const results: Results = {
	runs: [
		{ page: 'empty page', n: 0, firstRenderMs: null, frameP95Ms: 5, frameP50Ms: 2, heapMB: 1 },
		{ page: '/', n: 193, firstRenderMs: 400, frameP95Ms: 7.5, frameP50Ms: 4.2, heapMB: 12 },
		{
			page: '/lab/scale',
			n: 1000,
			firstRenderMs: 300.5,
			frameP95Ms: 8,
			frameP50Ms: 3.2,
			heapMB: 10.1
		},
		{
			page: '/lab/scale',
			n: 10000,
			firstRenderMs: 700,
			frameP95Ms: 16.8,
			frameP50Ms: 9,
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
	jsGzipKB: 120
};

describe('checkTargets', () => {
	it('passes at the limit, fails above it, and fails a missing mark', () => {
		const checks = checkTargets(results);
		expect(
			checks.map((c) => [c.target.page ?? 'site', c.target.n ?? '', c.target.metric, c.verdict])
		).toEqual([
			['/', '', 'frameP50Ms', 'FAIL'],
			['/', '', 'frameP95Ms', 'PASS'],
			['/lab/scale', 1000, 'firstRenderMs', 'PASS'],
			['/lab/scale', 1000, 'frameP50Ms', 'PASS'],
			['/lab/scale', 1000, 'frameP95Ms', 'PASS'],
			['/lab/scale', 10000, 'firstRenderMs', 'FAIL'],
			['/lab/scale', 10000, 'frameP50Ms', 'FAIL'],
			['/lab/scale', 10000, 'frameP95Ms', 'FAIL'],
			['/lab/scale', 100000, 'firstRenderMs', 'FAIL'],
			['/lab/scale', 100000, 'frameP50Ms', 'FAIL'],
			['/lab/scale', 100000, 'frameP95Ms', 'FAIL'],
			['site', '', 'jsGzipKB', 'PASS']
		]);
		expect(checks[8]?.note).toBe('mark missing');
	});

	it('skips the targets of a row that was not run', () => {
		const checks = checkTargets({ runs: results.runs.slice(0, 3), jsGzipKB: 120.1 });
		expect(checks.map((c) => c.verdict)).toEqual([
			'FAIL',
			'PASS',
			'PASS',
			'PASS',
			'PASS',
			'SKIP',
			'SKIP',
			'SKIP',
			'SKIP',
			'SKIP',
			'SKIP',
			'FAIL'
		]);
	});

	it('finds the lab run of each n, not the first run of any page', () => {
		const labOnly = { runs: results.runs.slice(3), jsGzipKB: 1 };
		const checks = checkTargets(labOnly);
		expect(checks.filter((c) => c.verdict !== 'SKIP').map((c) => c.value)).toEqual([
			700,
			9,
			16.8,
			null,
			20,
			30,
			1
		]);
	});
});

describe('formatting', () => {
	it('prints the runs as a table, each step time also as a multiple of the floor', () => {
		expect(formatTable(results)).toBe(
			[
				'page             n  firstRenderMs  frameP50Ms  ×floor  frameP95Ms  ×floor  heapMB',
				'empty page       0              —         2.0    1.0×         5.0    1.0×     1.0',
				'/              193          400.0         4.2    2.1×         7.5    1.5×    12.0',
				'/lab/scale    1000          300.5         3.2    1.6×         8.0    1.6×    10.1',
				'/lab/scale   10000          700.0         9.0    4.5×        16.8    3.4×    40.0',
				'/lab/scale  100000              —        20.0   10.0×        30.0    6.0×   300.4',
				'',
				'jsGzipKB  120.0'
			].join('\n')
		);
	});

	it('leaves the ratios out when the floor was not measured', () => {
		expect(formatTable({ runs: results.runs.slice(1, 2), jsGzipKB: 1 }).split('\n')[1]).toBe(
			'/     193          400.0         4.2       —         7.5       —    12.0'
		);
	});

	it('prints one line per target', () => {
		expect(
			formatChecks(checkTargets({ runs: results.runs.slice(1, 3), jsGzipKB: 98.76 })).split('\n')
		).toEqual([
			'FAIL  /                  frameP50Ms 4.2 ≤ 4',
			'PASS  /                  frameP95Ms 7.5 ≤ 8',
			'PASS  /lab/scale n=1000  firstRenderMs 300.5 ≤ 500',
			'PASS  /lab/scale n=1000  frameP50Ms 3.2 ≤ 4',
			'PASS  /lab/scale n=1000  frameP95Ms 8.0 ≤ 8',
			'SKIP  /lab/scale n=10000  firstRenderMs ≤ 600 (not run)',
			'SKIP  /lab/scale n=10000  frameP50Ms ≤ 6 (not run)',
			'SKIP  /lab/scale n=10000  frameP95Ms ≤ 10 (not run)',
			'SKIP  /lab/scale n=100000  firstRenderMs ≤ 1000 (not run)',
			'SKIP  /lab/scale n=100000  frameP50Ms ≤ 10 (not run)',
			'SKIP  /lab/scale n=100000  frameP95Ms ≤ 16.7 (not run)',
			'PASS  site               jsGzipKB 98.8 ≤ 120'
		]);
	});

	it('writes results.json in exactly the agreed shape', () => {
		const text = resultsJson({ runs: results.runs.slice(2, 3), jsGzipKB: 98.8 });
		expect(JSON.parse(text)).toEqual({ runs: [results.runs[2]], jsGzipKB: 98.8 });
		expect(Object.keys(JSON.parse(text).runs[0])).toEqual([
			'page',
			'n',
			'firstRenderMs',
			'frameP95Ms',
			'frameP50Ms',
			'heapMB'
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
	it('defaults to building and measuring the floor, / and the lab at 1000, 10000 and 100000', () => {
		expect(parseOptions([])).toEqual({
			build: true,
			rows: ['floor', 'home', 'lab'],
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
