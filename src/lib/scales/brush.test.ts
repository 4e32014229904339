import { describe, expect, it } from 'vitest';
import { DAY_MS, type TimeWindow } from '../time/extent';
import { brushSelection, MIN_BRUSH_PX, windowForBrush, type BrushMode } from './brush';

// A century on 1,000 pixels: a pixel is about 36.5 days, so a few days draw under a pixel.
const span: TimeWindow = [Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)];
const strip = { span, width: 1000 };
const msPerPx = (span[1] - span[0]) / strip.width;
const x = (time: number) => ((time - span[0]) / (span[1] - span[0])) * strip.width;

const fewDays: TimeWindow = [Date.UTC(2023, 3, 24), Date.UTC(2023, 3, 29)];
const twoYears: TimeWindow = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];

describe('brushSelection', () => {
	it('draws a wide window at its own pixels', () => {
		expect(brushSelection(twoYears, strip)).toEqual([x(twoYears[0]), x(twoYears[1])]);
	});
	it('widens a window of a few days to the minimum, about its centre', () => {
		const [x0, x1] = brushSelection(fewDays, strip);
		expect(x1 - x0).toBeCloseTo(MIN_BRUSH_PX, 9);
		expect((x0 + x1) / 2).toBeCloseTo(x((fewDays[0] + fewDays[1]) / 2), 9);
	});
});

describe('windowForBrush', () => {
	const shift = (s: readonly [number, number], px: number): [number, number] => [
		s[0] + px,
		s[1] + px
	];
	const cases: {
		name: string;
		current: TimeWindow;
		selection: (drawn: [number, number]) => [number, number];
		mode: BrushMode;
		expected: TimeWindow;
	}[] = [
		{
			name: 'dragging a brush drawn at its minimum keeps the window a few days long',
			current: fewDays,
			selection: (drawn) => shift(drawn, 100),
			mode: 'drag',
			expected: [fewDays[0] + 100 * msPerPx, fewDays[1] + 100 * msPerPx]
		},
		{
			name: 'dragging a wide brush keeps its length to the millisecond',
			current: twoYears,
			selection: (drawn) => shift(drawn, -37.3),
			mode: 'drag',
			expected: [twoYears[0] - 37.3 * msPerPx, twoYears[1] - 37.3 * msPerPx]
		},
		{
			name: 'moving with the space bar is a drag',
			current: fewDays,
			selection: (drawn) => shift(drawn, 10),
			mode: 'space',
			expected: [fewDays[0] + 10 * msPerPx, fewDays[1] + 10 * msPerPx]
		},
		{
			name: 'resizing the right edge of a minimum brush keeps the window’s real start',
			current: fewDays,
			selection: (drawn) => [drawn[0], drawn[1] + 20],
			mode: 'handle',
			expected: [fewDays[0], span[0] + (brushSelection(fewDays, strip)[1] + 20) * msPerPx]
		},
		{
			name: 'resizing the left edge of a minimum brush keeps the window’s real end',
			current: fewDays,
			selection: (drawn) => [drawn[0] - 20, drawn[1]],
			mode: 'handle',
			expected: [span[0] + (brushSelection(fewDays, strip)[0] - 20) * msPerPx, fewDays[1]]
		},
		{
			name: 'a brush drawn anew stands for what it covers',
			current: fewDays,
			selection: () => [100, 300],
			mode: 'handle',
			expected: [span[0] + 100 * msPerPx, span[0] + 300 * msPerPx]
		}
	];
	it.each(cases)('$name', ({ current, selection, mode, expected }) => {
		const [start, end] = windowForBrush(
			selection(brushSelection(current, strip)),
			mode,
			current,
			strip
		);
		// Within a second: pixels are converted back to times through floating point.
		expect(Math.abs(start - expected[0])).toBeLessThan(1000);
		expect(Math.abs(end - expected[1])).toBeLessThan(1000);
	});

	it('keeps a dragged window of a few days at a few days, not the brush’s half year', () => {
		const drawn = brushSelection(fewDays, strip);
		const [start, end] = windowForBrush(shift(drawn, 50), 'drag', fewDays, strip);
		expect((end - start) / DAY_MS).toBe(5);
	});
});
