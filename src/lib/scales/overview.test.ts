import { describe, expect, it } from 'vitest';
import type { TimeWindow } from '../time/extent';
import { focusYears, overviewExtent, overviewScale } from './overview';

const y = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);
// The data's span (the UN Charter, 1945, to the net-zero targets, 2050) padded, and its focus.
const extent: TimeWindow = [y(1944), y(2052)];
const focus: TimeWindow = [y(2021), y(2025)];

describe('focusYears', () => {
	it.each([
		{
			name: 'two statements: their years and a year either side',
			dates: ['2022-05-21', '2023-04-26'],
			expected: [y(2021), y(2025)]
		},
		{ name: 'in any order', dates: ['2023-04-26', '2022-05-21'], expected: [y(2021), y(2025)] },
		{ name: 'one statement: three years', dates: ['2022-05-21'], expected: [y(2021), y(2024)] },
		{ name: 'no statements: no focus', dates: [], expected: null }
	])('$name', ({ dates, expected }) => {
		expect(focusYears(dates)).toEqual(expected);
	});
	it('takes its margin in whole years', () => {
		expect(focusYears(['2022-05-21', '2023-04-26'], 0)).toEqual([y(2022), y(2024)]);
	});
});

describe('overviewExtent', () => {
	it('pads the span by a year either side', () => {
		expect(overviewExtent([y(1945), y(2051)])).toEqual([y(1944), y(2052)]);
	});
});

describe('overviewScale', () => {
	const scale = overviewScale(extent, focus, 1120);

	it('gives the focus half the strip, context either side', () => {
		expect(scale.parts.map((p) => p.kind)).toEqual(['context', 'focus', 'context']);
		const [, focusPart] = scale.parts;
		expect((focusPart?.x1 ?? 0) - (focusPart?.x0 ?? 0)).toBeCloseTo(560, 9);
		// A focus year is about 140 px; a year of context about 5.
		expect(scale.toX(y(2023)) - scale.toX(y(2022))).toBeGreaterThan(130);
		expect(scale.toX(y(1981)) - scale.toX(y(1980))).toBeLessThan(6);
	});

	it('compresses both sides at one rate', () => {
		const rate = (from: number, to: number) => (scale.toX(to) - scale.toX(from)) / (to - from);
		expect(rate(y(1950), y(2000))).toBeCloseTo(rate(y(2030), y(2050)), 15);
	});

	it('runs from one end of the strip to the other, its parts touching', () => {
		expect(scale.toX(extent[0])).toBe(0);
		expect(scale.toX(extent[1])).toBe(1120);
		expect(scale.parts[0]?.x0).toBe(0);
		expect(scale.parts.at(-1)?.x1).toBe(1120);
		for (let i = 1; i < scale.parts.length; i++) {
			expect(scale.parts[i]?.x0).toBe(scale.parts[i - 1]?.x1);
			expect(scale.parts[i]?.from).toBe(scale.parts[i - 1]?.to);
		}
	});

	it('is monotonic and each way is the other’s inverse', () => {
		let lastX = -Infinity;
		for (let t = extent[0]; t <= extent[1]; t += 37 * 86_400_000) {
			const x = scale.toX(t);
			expect(x).toBeGreaterThan(lastX);
			lastX = x;
			// Within a millisecond: times are about 1.7e12, and pass through a float division.
			expect(Math.abs(scale.toTime(x) - t)).toBeLessThan(1);
		}
		for (let x = 0; x <= 1120; x += 0.7) {
			expect(scale.toX(scale.toTime(x))).toBeCloseTo(x, 6);
		}
	});

	it('holds times outside the extent to the strip, and pixels outside it to the extent', () => {
		expect(scale.toX(y(1900))).toBe(0);
		expect(scale.toX(y(2100))).toBe(1120);
		expect(scale.toTime(-50)).toBe(extent[0]);
		expect(scale.toTime(2000)).toBe(extent[1]);
	});

	it.each([
		{ name: 'no focus', focus: null, kinds: ['focus'] },
		{ name: 'a focus outside the extent', focus: [y(2100), y(2101)], kinds: ['focus'] },
		{ name: 'a focus of no length', focus: [y(2022), y(2022)], kinds: ['focus'] },
		{ name: 'a focus covering the extent', focus: [y(1900), y(2100)], kinds: ['focus'] },
		{ name: 'a focus at the start', focus: [y(1900), y(1950)], kinds: ['focus', 'context'] },
		{ name: 'a focus at the end', focus: [y(2040), y(2100)], kinds: ['context', 'focus'] }
	] as { name: string; focus: TimeWindow | null; kinds: string[] }[])(
		'$name: parts $kinds',
		({ focus, kinds }) => {
			const s = overviewScale(extent, focus, 1000);
			expect(s.parts.map((p) => p.kind)).toEqual(kinds);
			expect(s.toX(extent[0])).toBe(0);
			expect(s.toX(extent[1])).toBe(1000);
		}
	);

	it('is linear without a focus', () => {
		const linear = overviewScale(extent, null, 1000);
		const mid = (extent[0] + extent[1]) / 2;
		expect(linear.toX(mid)).toBeCloseTo(500, 9);
	});

	it('never draws a focus narrower than its share of the time', () => {
		// Most of the extent in focus: the focus keeps its linear share, nothing is widened.
		const wide = overviewScale(extent, [y(1950), y(2050)], 1000);
		const linear = overviewScale(extent, null, 1000);
		expect(wide.toX(y(2000))).toBeCloseTo(linear.toX(y(2000)), 9);
	});
});
