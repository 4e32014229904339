import { describe, expect, it } from 'vitest';
import { overviewScale } from './overview';
import { stripBins } from './overviewDensity';

const day = (year: number, month = 0, date = 1) => Date.UTC(year, month, date);
const scale = overviewScale([day(1944), day(2052)], [day(2021), day(2025)], 1120);
const binOf = (bins: ReturnType<typeof stripBins>, time: number) =>
	bins.findIndex((b) => scale.toX(time) >= b.x0 && scale.toX(time) < b.x1);

describe('stripBins', () => {
	it('cuts the strip into bins of equal width covering it', () => {
		const bins = stripBins(scale, [], 4);
		expect(bins).toHaveLength(280);
		expect(bins[0]?.x0).toBe(0);
		expect(bins.at(-1)?.x1).toBeCloseTo(1120, 9);
		expect(new Set(bins.map((b) => Math.round((b.x1 - b.x0) * 1e9)))).toEqual(new Set([4e9]));
	});

	it('counts each time in the bin under its pixel, and none outside the extent', () => {
		const times = [day(1953, 6, 27), day(2022, 4, 21), day(2022, 4, 21), day(1900), day(2100)];
		const bins = stripBins(scale, times);
		expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(3);
		expect(bins[binOf(bins, day(2022, 4, 21))]?.count).toBe(2);
		expect(bins[binOf(bins, day(1953, 6, 27))]?.count).toBe(1);
	});

	it('tells months apart in the focus that the context folds together', () => {
		const bins = stripBins(scale, []);
		expect(binOf(bins, day(2022, 4, 1))).not.toBe(binOf(bins, day(2022, 5, 1)));
		expect(binOf(bins, day(1990, 4, 1))).toBe(binOf(bins, day(1990, 5, 1)));
	});

	it('puts a time at the very end of the extent in the last bin', () => {
		const bins = stripBins(scale, [day(2052) - 1]);
		expect(bins.at(-1)?.count).toBe(1);
	});
});
