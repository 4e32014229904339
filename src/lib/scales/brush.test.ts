import { describe, expect, it } from 'vitest';
import { DAY_MS, type TimeWindow } from '../time/extent';
import {
	brushSelection,
	MIN_BRUSH_PX,
	sameSelection,
	windowForBrush,
	type BrushMode
} from './brush';
import { overviewScale } from './overview';

// A century on 1,000 pixels, linear: a pixel is about 36.5 days, so a few days draw under a pixel.
const span: TimeWindow = [Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)];
const strip = overviewScale(span, null, 1000);
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

describe('on a focus + context strip', () => {
	// 2021–2024 on half of 1,120 pixels (about 140 a year), a century and more on the rest.
	const focusStrip = overviewScale(
		[Date.UTC(1944, 0, 1), Date.UTC(2052, 0, 1)],
		[Date.UTC(2021, 0, 1), Date.UTC(2025, 0, 1)],
		1120
	);
	const { toX } = focusStrip;
	const shift = (s: readonly [number, number], px: number): [number, number] => [
		s[0] + px,
		s[1] + px
	];
	const centre = (w: TimeWindow) => (w[0] + w[1]) / 2;
	const acrossTheBreak: TimeWindow = [Date.UTC(2019, 5, 1), Date.UTC(2022, 5, 1)];

	it('draws a window in the focus at the focus’s pixels', () => {
		const [x0, x1] = brushSelection(twoYears, focusStrip);
		expect(x0).toBeCloseTo(toX(twoYears[0]), 9);
		expect(x1 - x0).toBeGreaterThan(270);
	});

	it('leaves a window across the break where it is when the brush has not moved', () => {
		const drawn = brushSelection(acrossTheBreak, focusStrip);
		// Its brush's middle pixel is not its middle time: the part in the focus is drawn wider.
		expect(focusStrip.toTime((drawn[0] + drawn[1]) / 2)).toBeGreaterThan(
			centre(acrossTheBreak) + 100 * DAY_MS
		);
		const [start, end] = windowForBrush(drawn, 'drag', acrossTheBreak, focusStrip);
		expect(Math.abs(start - acrossTheBreak[0])).toBeLessThan(1000);
		expect(Math.abs(end - acrossTheBreak[1])).toBeLessThan(1000);
	});

	it.each([
		{ name: 'within the focus', window: twoYears, px: 70 },
		{ name: 'from the context into the focus', window: acrossTheBreak, px: 60 },
		{ name: 'from the focus into the context', window: fewDays, px: -400 }
	])('dragging $name keeps the length and moves the middle with the hand', ({ window, px }) => {
		const moved = windowForBrush(
			shift(brushSelection(window, focusStrip), px),
			'drag',
			window,
			focusStrip
		);
		expect(moved[1] - moved[0]).toBe(window[1] - window[0]);
		expect(toX(centre(moved))).toBeCloseTo(toX(centre(window)) + px, 6);
	});

	it('resizing the right edge in the focus moves only that edge, by the focus’s rate', () => {
		const drawn = brushSelection(twoYears, focusStrip);
		const oneYearPx = toX(Date.UTC(2023, 0, 1)) - toX(Date.UTC(2022, 0, 1));
		const [start, end] = windowForBrush(
			[drawn[0], drawn[1] - oneYearPx],
			'handle',
			twoYears,
			focusStrip
		);
		expect(start).toBe(twoYears[0]);
		expect(Math.abs(end - Date.UTC(2023, 0, 1))).toBeLessThan(1000);
	});
});

describe('sameSelection', () => {
	it('leaves a brush alone that already stands where the window puts it', () => {
		const wanted = brushSelection(twoYears, strip);
		expect(sameSelection(wanted, wanted)).toBe(true);
		expect(sameSelection([wanted[0] + 0.3, wanted[1] - 0.3], wanted)).toBe(true);
	});
	it('moves a brush that is elsewhere, or not drawn yet', () => {
		const wanted = brushSelection(twoYears, strip);
		expect(sameSelection([wanted[0] + 1, wanted[1] + 1], wanted)).toBe(false);
		expect(sameSelection([wanted[0], wanted[1] + 2], wanted)).toBe(false);
		expect(sameSelection(null, wanted)).toBe(false);
	});
});
