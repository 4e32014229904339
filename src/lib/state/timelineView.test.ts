import { describe, expect, it } from 'vitest';
import { DAY_MS, fromTime, toTime, type TimeWindow } from '../time/extent';
import { yearWindow } from '../scales/time';
import { NARROW_PX } from '../scene/scene';
import {
	GLIDE_MS,
	MIN_WINDOW_MS,
	SETTLE_MS,
	TimelineView,
	glidePath,
	statementsView,
	type Motion
} from './timelineView.svelte';

const span: TimeWindow = [toTime('1950-01-01'), toTime('2051-01-01')];
const home: TimeWindow = [toTime('2022-01-01'), toTime('2024-01-01')];
const days = (view: TimelineView) => [fromTime(view.window[0]), fromTime(view.window[1])];

describe('TimelineView', () => {
	it('starts at home and derives its scale from the window and width', () => {
		const view = new TimelineView(span, home);
		view.width = 730;
		expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		expect(view.scale(new Date(toTime('2023-01-01')))).toBeCloseTo(365, 6);
	});

	describe('a narrow chart starts at its own home', () => {
		const narrowHome: TimeWindow = [toTime('2023-01-01'), toTime('2024-01-01')];

		it('moves there at its first measure below NARROW_PX, and Reset returns there', () => {
			const view = new TimelineView(span, home, null, narrowHome);
			view.measure(NARROW_PX - 1);
			expect(view.width).toBe(NARROW_PX - 1);
			expect(days(view)).toEqual(['2023-01-01', '2024-01-01']);
			view.zoomBy(2);
			view.reset();
			expect(days(view)).toEqual(['2023-01-01', '2024-01-01']);
		});

		it('stays at the wide home when first measured wide, whatever the chart narrows to later', () => {
			const view = new TimelineView(span, home, null, narrowHome);
			view.measure(NARROW_PX);
			expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
			// An open event's panel narrows the chart: the view does not jump for it.
			view.measure(NARROW_PX - 100);
			expect(view.width).toBe(NARROW_PX - 100);
			expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
			expect(view.home).toEqual(home);
		});

		it('keeps a window the reader already moved to, taking the narrow home for Reset', () => {
			const view = new TimelineView(span, home, null, narrowHome);
			view.showYear(1953);
			view.measure(320);
			expect(days(view)).toEqual(['1953-01-01', '1954-01-01']);
			view.reset();
			expect(days(view)).toEqual(['2023-01-01', '2024-01-01']);
		});

		it('for the statements: both and their plans when wide, the latest when narrow', () => {
			const events = [
				{ start: '1953-10-01', end: null, status: 'held' as const },
				{ start: '2023-04-27', end: '2024-04-26', status: 'planned' as const }
			];
			const dates = ['2022-05-21', '2023-04-26'];
			const wide = statementsView(events, dates);
			wide.measure(NARROW_PX);
			expect(days(wide)).toEqual(['2022-01-01', '2024-05-01']);
			const narrow = statementsView(events, dates);
			narrow.measure(NARROW_PX - 1);
			expect(days(narrow)).toEqual(['2022-12-01', '2024-05-01']);
			expect(fromTime(narrow.span[0])).toBe('1953-01-01');
		});

		it('without a narrow home, a narrow chart keeps the one home', () => {
			const view = new TimelineView(span, home, null);
			view.measure(320);
			expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		});
	});

	it('zooms in and out around the centre, never below the minimum width', () => {
		const view = new TimelineView(span, home);
		view.zoomBy(2);
		expect(days(view)).toEqual(['2022-07-02', '2023-07-02']);
		for (let i = 0; i < 20; i++) view.zoomBy(2);
		expect(view.window[1] - view.window[0]).toBe(MIN_WINDOW_MS);
		expect(view.atMinimum).toBe(true);
		const before = view.window;
		view.zoomBy(2);
		expect(view.window).toBe(before);
	});

	it('never zooms out past the whole span', () => {
		const view = new TimelineView(span, home);
		for (let i = 0; i < 20; i++) view.zoomBy(0.5);
		expect(view.window).toEqual(span);
		expect(view.isAll).toBe(true);
		expect(view.settlesOnAll).toBe(true);
	});

	it('pans within the span', () => {
		const view = new TimelineView(span, home);
		view.pan(0.5);
		// Half of 730 days; 2024 is a leap year, so the window ends on 31 December.
		expect(days(view)).toEqual(['2023-01-01', '2024-12-31']);
		for (let i = 0; i < 200; i++) view.pan(1);
		expect(view.window[1]).toBe(span[1]);
	});

	it('shows a year exactly, resets home, centres on a time', () => {
		const view = new TimelineView(span, home);
		view.showYear(1953);
		expect(days(view)).toEqual(['1953-01-01', '1954-01-01']);
		view.reset();
		expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		view.showYear(1953);
		view.centreOn(toTime('2030-07-02') + DAY_MS / 2);
		expect(days(view)).toEqual(['2030-01-01', '2031-01-01']);
	});
});

/** A clock the test advances by hand, with the reader's motion setting as a switch. */
function manualMotion(reduced: boolean) {
	let now = 0;
	let pending = new Map<number, (now: number) => void>();
	const timers = new Map<number, { at: number; callback: () => void }>();
	let next = 1;
	const motion: Motion = {
		reduced: () => reduced,
		frame: (callback) => {
			pending.set(next, callback);
			return next++;
		},
		cancel: (handle) => void pending.delete(handle),
		now: () => now,
		after: (ms, callback) => {
			timers.set(next, { at: now + ms, callback });
			return next++;
		},
		clear: (handle) => void timers.delete(handle)
	};
	/** Moves the clock on by `ms`: timers then due fire, then one animation frame runs. */
	const advance = (ms: number) => {
		now += ms;
		for (const [handle, timer] of [...timers]) {
			if (timer.at > now) continue;
			timers.delete(handle);
			timer.callback();
		}
		const due = pending;
		pending = new Map();
		for (const callback of due.values()) callback(now);
	};
	return { motion, advance, pendingFrames: () => pending.size, timers: () => timers.size };
}

describe('TimelineView gesture steps', () => {
	const year = (y: number): TimeWindow => [toTime(`${y}-01-01`), toTime(`${y + 1}-01-01`)];

	it('draws at most once per animation frame, the latest step of that frame', () => {
		const { motion, advance, pendingFrames } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		const before = view.window;
		for (let y = 2000; y < 2010; y++) {
			view.request(year(y));
			// Nothing is drawn between frames; the view already knows where it is heading.
			expect(view.window).toBe(before);
		}
		expect(pendingFrames()).toBe(1);
		expect(view.destination).toEqual(year(2009));
		advance(16);
		expect(view.window).toEqual(year(2009));
		expect(pendingFrames()).toBe(0);
		// A frame with no step in it draws nothing.
		advance(16);
		expect(view.window).toEqual(year(2009));
	});

	it('settles once the gesture rests, not at each step', () => {
		const { motion, advance, timers } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		for (let y = 2000; y < 2010; y++) {
			view.request(year(y));
			advance(16);
			expect(view.window).toEqual(year(y));
			expect(view.settled).toEqual(home);
		}
		advance(SETTLE_MS - 20);
		expect(view.settled).toEqual(home);
		advance(20);
		expect(view.settled).toEqual(year(2009));
		expect(timers()).toBe(0);
	});

	it('a jump or a glide settles at once, and drops a step still waiting for its frame', () => {
		const { motion, advance, pendingFrames, timers } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.request(year(2000));
		view.show(year(2010));
		expect(view.window).toEqual(year(2010));
		expect(view.settled).toEqual(year(2010));
		expect(pendingFrames()).toBe(0);
		expect(timers()).toBe(0);
		view.request(year(2001));
		view.showYear(2015);
		expect(view.settled).toEqual(year(2015));
		advance(GLIDE_MS + 20);
		expect(view.window).toEqual(year(2015));
		advance(SETTLE_MS);
		expect(view.settled).toEqual(year(2015));
	});

	it('a step during a glide takes over from it', () => {
		const { motion, advance } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.showAll();
		advance(50);
		view.request(year(2005));
		advance(16);
		advance(GLIDE_MS);
		expect(view.window).toEqual(year(2005));
		expect(view.settled).toEqual(year(2005));
	});

	it('without a clock (on the server) a step is drawn and settled at once', () => {
		const view = new TimelineView(span, home, null);
		view.request(year(2000));
		expect(view.window).toEqual(year(2000));
		expect(view.settled).toEqual(year(2000));
	});

	it('keeps the window it is given whole: a new array per change, none changed in place', () => {
		const { motion, advance } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		const before = view.window;
		view.request(year(2000));
		advance(16);
		expect(view.window).not.toBe(before);
		expect(before).toEqual(home);
	});
});

describe('TimelineView glides', () => {
	it('moves a step through in-between windows and lands exactly on it', () => {
		const { motion, advance, pendingFrames } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.showYear(2023);
		expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		const seen = new Set<string>();
		for (let t = 0; t < GLIDE_MS; t += 40) {
			advance(40);
			seen.add(days(view).join(' '));
		}
		advance(40);
		expect(days(view)).toEqual(['2023-01-01', '2024-01-01']);
		expect(seen.size).toBeGreaterThan(3);
		expect(pendingFrames()).toBe(0);
	});

	it('jumps at once when the reader asks for reduced motion', () => {
		const { motion, pendingFrames } = manualMotion(true);
		const view = new TimelineView(span, home, motion);
		view.showYear(2023);
		expect(days(view)).toEqual(['2023-01-01', '2024-01-01']);
		view.zoomBy(2);
		expect(view.window[1] - view.window[0]).toBe(DAY_MS * 182.5);
		expect(pendingFrames()).toBe(0);
	});

	it('counts repeated steps from where the glide is heading, not from mid-flight', () => {
		const { motion, advance } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.zoomBy(2);
		advance(50);
		view.zoomBy(2);
		expect(view.destination[1] - view.destination[0]).toBe((home[1] - home[0]) / 4);
		advance(GLIDE_MS + 1);
		expect(view.window).toEqual(view.destination);
		expect(view.window[1] - view.window[0]).toBe((home[1] - home[0]) / 4);
	});

	it('a gesture mid-glide wins: show() stops the glide where the hand put it', () => {
		const { motion, advance, pendingFrames } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.showAll();
		advance(50);
		view.show([toTime('2010-01-01'), toTime('2011-01-01')]);
		expect(pendingFrames()).toBe(0);
		advance(GLIDE_MS);
		expect(days(view)).toEqual(['2010-01-01', '2011-01-01']);
	});

	it('every in-between window of a long glide stays inside the span', () => {
		const { motion, advance } = manualMotion(false);
		// Home sits against the span's end, so a path that bulges outward would leave it.
		const late: TimeWindow = [toTime('2050-06-01'), toTime('2050-06-20')];
		const view = new TimelineView(span, late, motion);
		view.showYear(1953);
		const seen: TimeWindow[] = [];
		for (let t = 0; t <= GLIDE_MS; t += 20) {
			advance(20);
			seen.push(view.window);
		}
		expect(days(view)).toEqual(['1953-01-01', '1954-01-01']);
		for (const [start, end] of seen) {
			expect(start).toBeGreaterThanOrEqual(span[0]);
			expect(end).toBeLessThanOrEqual(span[1]);
			expect(end - start).toBeGreaterThanOrEqual(MIN_WINDOW_MS);
		}
		// The unclamped path does swing wider than both ends on the way: d3's zoom-out-and-in.
		const path = glidePath(late, yearWindow(1953));
		const widest = Math.max(...[0.25, 0.5, 0.75].map((t) => path(t)[1] - path(t)[0]));
		expect(widest).toBeGreaterThan(yearWindow(1953)[1] - yearWindow(1953)[0]);
	});

	it('a step taken mid-glide carries on at speed instead of starting slowly again', () => {
		const { motion, advance } = manualMotion(false);
		const view = new TimelineView(span, home, motion);
		view.pan(0.2);
		advance(100);
		const before = view.window[0];
		view.pan(0.2);
		advance(20);
		// Twenty milliseconds into the second step, an ease-in would have moved under 1 % of
		// the way; carrying on at speed covers far more.
		const distance = view.destination[0] - before;
		expect((view.window[0] - before) / distance).toBeGreaterThan(0.1);
	});
});
