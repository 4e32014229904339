import { describe, expect, it } from 'vitest';
import { DAY_MS, toTime, type TimeWindow } from '../time/extent';
import { breaksScale, keepUnderPointer, lensScale } from './lens';

const day = (iso: string, wantedPx: number) => ({
	from: toTime(iso),
	to: toTime(iso) + DAY_MS,
	wantedPx
});
const twoYears: TimeWindow = [toTime('2022-01-01'), toTime('2024-01-01')];
const STATEMENTS = [day('2022-05-21', 420), day('2023-04-26', 420)];

describe('lensScale', () => {
	it.each([
		{ name: 'no crowded day: the plain scale', days: [], window: twoYears, bands: 0 },
		{
			name: 'a crowded day out of view is not widened',
			days: [day('2021-05-21', 420)],
			window: twoYears,
			bands: 0
		},
		{
			name: 'a day already as wide as it needs is not widened',
			days: [day('2023-04-26', 420)],
			window: [toTime('2023-04-25'), toTime('2023-04-28')] as TimeWindow,
			bands: 0
		},
		{ name: 'both statement days widened', days: STATEMENTS, window: twoYears, bands: 2 }
	])('$name', ({ days, window, bands }) => {
		const scale = lensScale(window, 1400, days, { maxShare: 0.7 });
		expect(scale.bands).toHaveLength(bands);
		expect(scale.x(window[0])).toBeCloseTo(0, 9);
		expect(scale.x(window[1])).toBeCloseTo(1400, 9);
	});

	it('gives each widened day what it wants when there is room, and keeps it in order', () => {
		const scale = lensScale(twoYears, 1400, STATEMENTS, { maxShare: 0.7 });
		for (const [i, band] of scale.bands.entries()) {
			expect(band.x1 - band.x0).toBeCloseTo(420, 6);
			expect(band.from).toBe(STATEMENTS[i]!.from);
			expect(scale.x(band.from)).toBeCloseTo(band.x0, 6);
			expect(scale.x(band.to)).toBeCloseTo(band.x1, 6);
		}
		expect(scale.bands[0]!.x1).toBeLessThan(scale.bands[1]!.x0);
	});

	it('shares out at most maxShare of the width when the days want more', () => {
		const scale = lensScale(twoYears, 400, STATEMENTS, { maxShare: 0.5 });
		const taken = scale.bands.reduce((sum, b) => sum + b.x1 - b.x0, 0);
		expect(taken).toBeCloseTo(200, 6);
	});

	it('is monotonic and its inverse undoes it, inside and outside the window', () => {
		const scale = lensScale(twoYears, 1400, STATEMENTS, { maxShare: 0.7 });
		let previous = -Infinity;
		for (let t = twoYears[0] - 30 * DAY_MS; t <= twoYears[1] + 30 * DAY_MS; t += DAY_MS) {
			const px = scale.x(t);
			expect(px).toBeGreaterThan(previous);
			previous = px;
			expect(scale.invert(px)).toBeCloseTo(t, -1);
		}
	});

	it('fades into the plain scale as the view zooms in: no jump in the day’s width', () => {
		const centre = toTime('2023-04-26') + DAY_MS / 2;
		let previous = 0;
		for (let days = 200; days >= 2; days *= 0.9) {
			const w: TimeWindow = [centre - (days / 2) * DAY_MS, centre + (days / 2) * DAY_MS];
			const scale = lensScale(w, 1400, [day('2023-04-26', 420)], { maxShare: 0.7 });
			const width = scale.x(toTime('2023-04-27')) - scale.x(toTime('2023-04-26'));
			// Never less than its own time, and never shrinking as the view zooms in.
			expect(width).toBeGreaterThanOrEqual(Math.min(420, (1400 / days) * 0.999));
			expect(width).toBeGreaterThanOrEqual(previous - 1e-6);
			previous = width;
		}
	});

	it('many crowded days in view: none is widened', () => {
		const many = Array.from({ length: 5 }, (_, i) => day(`2023-0${i + 1}-10`, 300));
		expect(lensScale(twoYears, 1400, many, { maxShare: 0.7 }).bands).toEqual([]);
		expect(lensScale(twoYears, 1400, many, { maxShare: 0.7, maxDays: 5 }).bands).toHaveLength(5);
	});

	it('a day half in view wants half its width', () => {
		const w: TimeWindow = [toTime('2023-04-26') + DAY_MS / 2, toTime('2023-10-01')];
		const scale = lensScale(w, 1400, [day('2023-04-26', 420)], { maxShare: 0.7 });
		expect(scale.bands[0]!.x0).toBe(0);
		expect(scale.bands[0]!.x1).toBeCloseTo(210, 6);
	});
});

describe('keepUnderPointer', () => {
	const scaleFor = (w: TimeWindow) => lensScale(w, 1400, STATEMENTS, { maxShare: 0.7 });
	it.each([
		{ name: 'over a widened day', px: 300 },
		{ name: 'over the squeezed rest', px: 1300 },
		{ name: 'at the left edge', px: 0 }
	])('$name: the time under the pointer stays there after a zoom step', ({ px }) => {
		const before = twoYears;
		const time = scaleFor(before).invert(px);
		// A plain-pixel zoom step around px, as d3-zoom computes it.
		const linearTime = before[0] + (px / 1400) * (before[1] - before[0]);
		const zoomed: TimeWindow = [
			linearTime - (linearTime - before[0]) / 1.5,
			linearTime + (before[1] - linearTime) / 1.5
		];
		const kept = keepUnderPointer(zoomed, time, px, scaleFor);
		expect(kept[1] - kept[0]).toBeCloseTo(zoomed[1] - zoomed[0], 0);
		expect(scaleFor(kept).x(time)).toBeCloseTo(px, 0);
	});
});

describe('breaksScale', () => {
	it('draws every time where the lens scale it was taken from does', () => {
		const window: TimeWindow = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
		const day = Date.UTC(2023, 3, 26);
		const lens = lensScale(window, 1200, [{ from: day, to: day + 86_400_000, wantedPx: 500 }], {
			maxShare: 0.75
		});
		expect(lens.bands).toHaveLength(1);
		const rebuilt = breaksScale(lens.breaks);
		for (let t = window[0] - 1e10; t <= window[1] + 1e10; t += 3.7e9) {
			expect(rebuilt(t)).toBeCloseTo(lens.x(t), 6);
		}
		expect(rebuilt(day + 43_200_000)).toBeCloseTo(lens.x(day + 43_200_000), 6);
	});
});
