import { describe, expect, it } from 'vitest';
import { overviewScale } from './overview';
import { LABEL_PX, yearMarks } from './overviewYears';

const y = (year: number) => Date.UTC(year, 0, 1);
const extent = [y(1944), y(2052)] as const;
const focus = [y(2021), y(2025)] as const;

describe('yearMarks', () => {
	it.each([
		{
			name: 'a wide screen: every focus year as a band, every decade',
			width: 1120,
			focusYears: [2021, 2022, 2023, 2024],
			band: true,
			contextYears: [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030, 2040, 2050]
		},
		{
			name: 'a phone: every focus year still, every twenty years around them',
			width: 358,
			focusYears: [2021, 2022, 2023, 2024],
			band: true,
			contextYears: [1960, 1980, 2000, 2040]
		},
		{
			name: 'too narrow for every focus year: every other one, at its tick',
			width: 200,
			focusYears: [2022, 2024],
			band: false,
			contextYears: [1950, 2000, 2050]
		}
	])('$name', ({ width, focusYears, band, contextYears }) => {
		const scale = overviewScale(extent, focus, width);
		const marks = yearMarks(scale);
		expect(marks.filter((m) => m.focus).map((m) => m.year)).toEqual(focusYears);
		expect(marks.filter((m) => m.focus).every((m) => m.band === band)).toBe(true);
		expect(marks.filter((m) => !m.focus).map((m) => m.year)).toEqual(contextYears);
	});

	it.each([1440, 1120, 700, 358, 200, 120])(
		'at %i px no two labels overlap and none leaves the strip',
		(width) => {
			const scale = overviewScale(extent, focus, width);
			const marks = yearMarks(scale);
			expect(marks.length).toBeGreaterThan(0);
			for (let i = 1; i < marks.length; i++) {
				expect((marks[i]?.x ?? 0) - (marks[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(LABEL_PX);
			}
			for (const mark of marks) {
				expect(mark.x).toBeGreaterThanOrEqual(LABEL_PX / 2);
				expect(mark.x).toBeLessThanOrEqual(width - LABEL_PX / 2);
			}
		}
	);

	it('labels a focus year in the middle of the band it spans, with its tick on 1 January', () => {
		const scale = overviewScale(extent, focus, 1120);
		const mark = yearMarks(scale).find((m) => m.year === 2022);
		expect(mark?.tick).toBe(scale.toX(y(2022)));
		expect(mark?.x).toBeCloseTo((scale.toX(y(2022)) + scale.toX(y(2023))) / 2, 9);
	});
});
