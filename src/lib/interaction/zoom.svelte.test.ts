// @vitest-environment jsdom
import { zoomTransform } from 'd3';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { sameTransform, transformForWindow } from '../scales/time';
import { TimelineView, type Motion } from '../state/timelineView.svelte';
import type { TimeWindow } from '../time/extent';
import type { LensScale } from '../scales/lens';
import { zoomable } from './zoom.svelte';

const span: TimeWindow = [Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)];
const home: TimeWindow = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
const WIDTH = 1000;

/** Animation frames run when the test says; timers are the real ones (d3-zoom's own). */
function framesByHand() {
	let frames = new Map<number, (now: number) => void>();
	let next = 1;
	const motion: Motion = {
		reduced: () => false,
		frame: (callback) => (frames.set(next, callback), next++),
		cancel: (handle) => void frames.delete(handle),
		now: () => 0,
		after: (ms, callback) => window.setTimeout(callback, ms),
		clear: (handle) => window.clearTimeout(handle)
	};
	const frame = () => {
		const due = frames;
		frames = new Map();
		for (const callback of due.values()) callback(0);
		flushSync();
	};
	return { motion, frame };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
	while (cleanups.length) cleanups.pop()?.();
	document.body.replaceChildren();
});

function zoomableChart(scaleFor?: (window: TimeWindow) => Pick<LensScale, 'x' | 'invert'>) {
	const { motion, frame } = framesByHand();
	const view = new TimelineView(span, home, motion);
	view.width = WIDTH;
	// Every step the chart's gestures ask of the view.
	const requests: TimeWindow[] = [];
	const request = view.request.bind(view);
	view.request = (window) => {
		requests.push(window);
		request(window);
	};
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	document.body.append(svg);
	cleanups.push($effect.root(() => zoomable(view, () => 400, scaleFor)(svg)));
	flushSync();
	return { view, svg, requests, frame };
}

const wheel = (svg: SVGSVGElement, deltaY: number) =>
	svg.dispatchEvent(
		new WheelEvent('wheel', {
			deltaY,
			ctrlKey: true,
			clientX: WIDTH / 2,
			clientY: 20,
			bubbles: true,
			cancelable: true
		})
	);

describe('zoomable: the view is the one source of truth', () => {
	it("writes a window set elsewhere into d3's transform, with no zoom step coming back", () => {
		const { view, svg, requests } = zoomableChart();
		expect(sameTransform(zoomTransform(svg), transformForWindow(home, span, WIDTH))).toBe(true);
		const year: TimeWindow = [Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)];
		view.show(year);
		flushSync();
		expect(sameTransform(zoomTransform(svg), transformForWindow(year, span, WIDTH))).toBe(true);
		expect(requests).toEqual([]);
	});

	it('a wheel step asks the view once, and the window drawn from it is not echoed back', () => {
		const { view, svg, requests, frame } = zoomableChart();
		wheel(svg, -100);
		expect(requests).toHaveLength(1);
		// Not drawn until the frame.
		expect(view.window).toEqual(home);
		frame();
		expect(view.window[1] - view.window[0]).toBeLessThan(home[1] - home[0]);
		// The window was written back into d3 mid-gesture (its wheel gesture lasts 150 ms), and
		// d3 did not report that as another step.
		expect(sameTransform(zoomTransform(svg), transformForWindow(view.window, span, WIDTH))).toBe(
			true
		);
		expect(requests).toHaveLength(1);
		wheel(svg, -100);
		expect(requests).toHaveLength(2);
	});

	it('several wheel events within one frame draw one window, the last', () => {
		const { view, svg, requests, frame } = zoomableChart();
		for (let i = 0; i < 5; i++) wheel(svg, -40);
		expect(requests).toHaveLength(5);
		expect(view.window).toEqual(home);
		frame();
		expect(view.window).toEqual(requests.at(-1));
	});
});

const sideways = (svg: SVGSVGElement, fields: WheelEventInit) => {
	const event = new WheelEvent('wheel', {
		clientX: WIDTH / 2,
		clientY: 20,
		bubbles: true,
		cancelable: true,
		...fields
	});
	svg.dispatchEvent(event);
	return event;
};

/** A scale that draws the window's early part narrow and its late part wide, as a lens would. */
const uneven = (window: TimeWindow): Pick<LensScale, 'x' | 'invert'> => {
	const [from, to] = window;
	return {
		x: (t: number) => WIDTH * ((t - from) / (to - from)) ** 2,
		invert: (px: number) => from + (to - from) * Math.sqrt(Math.max(0, px) / WIDTH)
	};
};

describe('zoomable: a sideways wheel pans, a vertical one is left to the page', () => {
	it('a sideways swipe moves what is drawn by as many pixels, and the page stays put', () => {
		const { view, svg, requests, frame } = zoomableChart();
		const event = sideways(svg, { deltaX: 100, deltaY: 3 });
		expect(event.defaultPrevented).toBe(true);
		expect(requests).toHaveLength(1);
		const shift = ((home[1] - home[0]) * 100) / WIDTH;
		expect(requests[0]?.[0]).toBeCloseTo(home[0] + shift, -3);
		expect(requests[0]?.[1]).toBeCloseTo(home[1] + shift, -3);
		frame();
		expect(view.window[0]).toBeCloseTo(home[0] + shift, -3);
		// Back the other way, from where the view is now.
		sideways(svg, { deltaX: -100 });
		frame();
		expect(view.window[0]).toBeCloseTo(home[0], -3);
	});

	it('a plain vertical wheel asks nothing of the view and is not held back from the page', () => {
		const { svg, requests } = zoomableChart();
		const event = sideways(svg, { deltaX: 0, deltaY: 120 });
		expect(event.defaultPrevented).toBe(false);
		expect(requests).toEqual([]);
	});

	it('under a lens, the time under the pointer moves with the swipe', () => {
		const { svg, requests } = zoomableChart(uneven);
		const px = 700;
		const under = uneven(home).invert(px);
		sideways(svg, { deltaX: 60, clientX: px });
		expect(requests).toHaveLength(1);
		expect(uneven(requests[0] as TimeWindow).x(under)).toBeCloseTo(px - 60, 0);
	});
});
