import { describe, expect, it } from 'vitest';
import { makeEvent } from '../model/testing';
import { lensScale } from '../scales/lens';
import { DAY_MS, toTime, type TimeWindow } from '../time/extent';
import { LayoutFrame, panShift, type Framing } from './panShift';
import { buildTimeIndex } from './timeIndex';

const WIDTH = 1400;
const statementDays = ['2022-05-21', '2023-04-26'].map((iso) => ({
	from: toTime(iso),
	to: toTime(iso) + DAY_MS,
	wantedPx: 420
}));
const framing = (from: string, to: string, lens = true): Framing => {
	const window: TimeWindow = [toTime(from), toTime(to)];
	return { window, scale: lensScale(window, WIDTH, lens ? statementDays : [], { maxShare: 0.75 }) };
};
const shifted = (base: Framing, days: number, lens = true): Framing => {
	const window: TimeWindow = [base.window[0] + days * DAY_MS, base.window[1] + days * DAY_MS];
	return { window, scale: lensScale(window, WIDTH, lens ? statementDays : [], { maxShare: 0.75 }) };
};
// One lane: the two statement days and an event in March 2021, well before the window.
const lane = buildTimeIndex(
	['2021-03-10', '2022-05-21', '2023-04-26'].map((start, i) =>
		makeEvent({ id: `e${i}`, start, end: null })
	)
);

describe('panShift', () => {
	it('a sideways move of the same scale, with no event crossing an edge, is a shift', () => {
		const laidOut = framing('2022-01-01', '2024-01-01');
		const next = shifted(laidOut, -10);
		const shift = panShift(laidOut, next, [lane], 150);
		// Ten days earlier: everything drawn moves right by ten days at the squeezed rate.
		expect(shift).not.toBeNull();
		expect(shift).toBeGreaterThan(0);
		expect(shift).toBeCloseTo(
			next.scale.x(toTime('2022-05-21')) - laidOut.scale.x(toTime('2022-05-21')),
			6
		);
	});

	it('through the lens, each widened day moves by the same px as the rest', () => {
		const laidOut = framing('2022-01-01', '2024-01-01');
		const next = shifted(laidOut, 20);
		expect(laidOut.scale.breaks.length).toBeGreaterThan(2);
		const shift = panShift(laidOut, next, [lane], 150);
		expect(shift).not.toBeNull();
		for (const band of statementDays) {
			expect(next.scale.x(band.from) - laidOut.scale.x(band.from)).toBeCloseTo(
				shift ?? Number.NaN,
				6
			);
			expect(next.scale.x(band.to) - laidOut.scale.x(band.to)).toBeCloseTo(shift ?? Number.NaN, 6);
		}
	});

	it('a zoom needs a layout', () => {
		const laidOut = framing('2022-01-01', '2024-01-01');
		expect(panShift(laidOut, framing('2022-01-01', '2023-12-01'), [lane], 150)).toBeNull();
	});

	it('a widened day coming into view or partly leaving it needs a layout', () => {
		const laidOut = framing('2021-06-01', '2022-05-20');
		// The 2022 statement day comes into view (and is widened): the map changes.
		expect(panShift(laidOut, shifted(laidOut, 2), [], 150)).toBeNull();
	});

	it('an event crossing an edge needs a layout', () => {
		// Without the lens, so only the event decides: 10 March 2021 enters from the left.
		const laidOut = framing('2021-03-20', '2022-03-20', false);
		expect(panShift(laidOut, shifted(laidOut, -5, false), [lane], 150)).not.toBeNull();
		expect(panShift(laidOut, shifted(laidOut, -20, false), [lane], 150)).toBeNull();
	});

	it('a lane with more events in view than it draws as marks needs a layout', () => {
		const laidOut = framing('2022-01-01', '2024-01-01', false);
		expect(panShift(laidOut, shifted(laidOut, 3, false), [lane], 1)).toBeNull();
	});
});

describe('LayoutFrame', () => {
	it('keeps the layout through a drag that only slides, and lays out again at rest', () => {
		const start = framing('2022-01-01', '2024-01-01');
		const frame = new LayoutFrame(start);
		let seen = start;
		for (let step = 1; step <= 5; step++) {
			seen = shifted(start, step * 3);
			const { framing: laidOut, shift } = frame.follow(seen, false, [lane], 150);
			expect(laidOut).toBe(start);
			expect(shift).toBeCloseTo(seen.scale.x(start.window[0]) - start.scale.x(start.window[0]), 6);
		}
		const rested = frame.follow(seen, true, [lane], 150);
		expect(rested.framing).toBe(seen);
		expect(rested.shift).toBe(0);
	});

	it('a zoom mid-drag lays out for the new window, and later slides are measured from it', () => {
		const start = framing('2022-01-01', '2024-01-01');
		const frame = new LayoutFrame(start);
		const zoomed = framing('2022-02-01', '2023-12-01');
		expect(frame.follow(zoomed, false, [lane], 150)).toEqual({ framing: zoomed, shift: 0 });
		const slid = shifted(zoomed, 4);
		const next = frame.follow(slid, false, [lane], 150);
		expect(next.framing).toBe(zoomed);
		expect(next.shift).not.toBe(0);
	});
});
