import { describe, expect, it } from 'vitest';
import {
	formatMisses,
	formatTable,
	median,
	missedTargets,
	readRun,
	summarisePage,
	type LighthouseRun
} from './lighthouse-report';

function lhr(scores: Record<string, number | null>, tbt?: number) {
	return {
		categories: Object.fromEntries(Object.entries(scores).map(([k, score]) => [k, { score }])),
		audits: tbt === undefined ? {} : { 'total-blocking-time': { numericValue: tbt } }
	};
}

const PERFECT = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 };

function run(performance: number, tbt = 0, benchmarkIndex?: number): LighthouseRun {
	return {
		scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
		metrics: { 'total-blocking-time': tbt },
		...(benchmarkIndex === undefined ? {} : { benchmarkIndex })
	};
}

describe('median', () => {
	it('takes the middle of an odd count and the lower middle of an even one', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([90, 99, 95, 97])).toBe(95);
		expect(median([7])).toBe(7);
	});
	it('refuses no values', () => {
		expect(() => median([])).toThrow('median of no values');
	});
});

describe('readRun', () => {
	it('turns 0–1 scores into whole percentages and keeps the metrics it knows', () => {
		const result = readRun(lhr({ ...PERFECT, performance: 0.934 }, 212.46));
		expect(result.scores).toEqual({
			performance: 93,
			accessibility: 100,
			'best-practices': 100,
			seo: 100
		});
		expect(result.metrics).toEqual({ 'total-blocking-time': 212.46 });
	});
	it("keeps the machine's CPU benchmark index, when Lighthouse gives one", () => {
		expect(readRun({ ...lhr(PERFECT), environment: { benchmarkIndex: 1547.5 } })).toMatchObject({
			benchmarkIndex: 1548
		});
		expect(readRun(lhr(PERFECT))).not.toHaveProperty('benchmarkIndex');
	});
	it('names a category Lighthouse could not score', () => {
		expect(() => readRun(lhr({ ...PERFECT, seo: null }))).toThrow('Lighthouse gave no seo score');
	});
});

describe('targets', () => {
	it('keeps the median of the runs, so one lucky run does not pass', () => {
		const page = summarisePage('/', 'mobile', [run(99, 10), run(90, 400), run(92, 300)]);
		expect(page.scores.performance).toBe(92);
		expect(page.metrics['total-blocking-time']).toBe(300);
		expect(missedTargets([page])).toEqual([
			{ path: '/', formFactor: 'mobile', category: 'performance', score: 92, target: 95 }
		]);
		expect(formatMisses(missedTargets([page]))).toBe('MISSED / (mobile): performance 92 < 95');
	});
	it('passes a page at every target, and accessibility must be a full 100', () => {
		const pass = summarisePage('/', 'desktop', [run(95)]);
		expect(missedTargets([pass])).toEqual([]);
		expect(formatMisses([])).toBe('All targets met.');
		const almost: LighthouseRun = {
			...run(100),
			scores: { ...run(100).scores, accessibility: 99 }
		};
		expect(missedTargets([summarisePage('/', 'desktop', [almost])])[0]?.category).toBe(
			'accessibility'
		);
	});
	it('prints one aligned row per page and form factor', () => {
		const table = formatTable([summarisePage('/', 'mobile', [run(93, 250)])]).split('\n');
		expect(table).toHaveLength(2);
		expect(table[0]).toMatch(/^page\s+form\s+perf\s+a11y\s+best\s+seo\s+FCP ms/);
		expect(table[1]).toMatch(/^\/\s+mobile\s+93\s+100\s+100\s+100\s+–\s+–\s+250\s+–\s+–$/);
	});
	it("gives the range of the machine's CPU benchmark over the runs", () => {
		const page = summarisePage('/', 'mobile', [
			run(80, 0, 1490),
			run(90, 0, 910),
			run(85, 0, 1210)
		]);
		expect(page.benchmarkIndex).toEqual({ min: 910, max: 1490 });
		expect(formatTable([page]).split('\n')[1]).toMatch(/\s910–1490$/);
		expect(summarisePage('/', 'mobile', [run(80)])).not.toHaveProperty('benchmarkIndex');
	});
});
