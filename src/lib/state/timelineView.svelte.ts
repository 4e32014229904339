/**
 * The visible time window of the timeline, the one piece of state every gesture, button,
 * brush and URL change goes through. Scales and zoom transforms are derived from it.
 *
 * Steps a reader asks for (a button, a key, a year, a chip, Back to the default view) glide to
 * their window so the eye can follow where it went; gestures that already move with the hand
 * (wheel, drag, pinch) and arrivals at a link jump. With reduced motion asked for, everything
 * jumps.
 */
import { easeCubicInOut, easeCubicOut, interpolateZoom } from 'd3';
import { NARROW_PX } from '../scene/scene';
import { DAY_MS, type TimeWindow } from '../time/extent';
import type { AllianceEvent } from '../model/event';
import {
	centreWindow,
	clampWindow,
	dataSpan,
	homeWindow,
	narrowHomeWindow,
	panWindow,
	windowScale,
	yearWindow,
	zoomWindow
} from '../scales/time';

/** The narrowest window: a few days, so a summit day is wide enough to read. */
export const MIN_WINDOW_MS = 5 * DAY_MS;
/** One press of Zoom in / Zoom out. */
export const ZOOM_STEP = 2;
/** One press of an arrow key or a pan button, as a share of the window. */
export const PAN_STEP = 0.2;

/** How long a glide from one window to another takes. */
export const GLIDE_MS = 280;

/**
 * How long a gesture rests before the view counts as settled: the list, the URL, the export
 * menu and the chart's description follow the settled window, not every step of a gesture.
 * Longer than the gap between a wheel's events or a drag's moves, shorter than a reader waits.
 */
export const SETTLE_MS = 250;

/** The clock a glide runs on; injected so the view is testable without a browser. */
export interface Motion {
	/** True when the reader has asked for less motion. */
	reduced(): boolean;
	frame(callback: (now: number) => void): number;
	cancel(handle: number): void;
	now(): number;
	/** A timer: calls back once, `ms` from now. */
	after(ms: number, callback: () => void): number;
	clear(handle: number): void;
}

/** The browser's clock and the reader's motion setting, or null where neither exists. */
function browserMotion(): Motion | null {
	if (typeof requestAnimationFrame !== 'function' || typeof matchMedia !== 'function') return null;
	const query = matchMedia('(prefers-reduced-motion: reduce)');
	return {
		reduced: () => query.matches,
		frame: (callback) => requestAnimationFrame(callback),
		cancel: (handle) => cancelAnimationFrame(handle),
		now: () => performance.now(),
		after: (ms, callback) => window.setTimeout(callback, ms),
		clear: (handle) => window.clearTimeout(handle)
	};
}

/**
 * The windows between two, zooming out and back in as d3 does for a smooth pan-and-zoom. Not
 * clamped: the view clamps each one to its span.
 */
export function glidePath(
	from: TimeWindow,
	to: TimeWindow,
	ease: (t: number) => number = easeCubicInOut
): (t: number) => TimeWindow {
	const view = (w: TimeWindow): [number, number, number] => [(w[0] + w[1]) / 2, 0, w[1] - w[0]];
	const path = interpolateZoom(view(from), view(to));
	return (t) => {
		if (t >= 1) return to;
		const [centre, , width] = path(ease(Math.max(0, t)));
		return [centre - width / 2, centre + width / 2];
	};
}

export class TimelineView {
	readonly span: TimeWindow;
	/** The default window: where the view starts and where Reset takes it. */
	home: TimeWindow = $state.raw([0, 1]);
	/** The window drawn now. Replaced whole, never changed in place. */
	window: TimeWindow = $state.raw([0, 1]);
	/**
	 * The window the view rests at, or is gliding to: what the list, the URL and the exports
	 * follow. During a gesture it waits until the gesture rests (SETTLE_MS).
	 */
	settled: TimeWindow = $state.raw([0, 1]);
	/** The plot's width, as laid out: set by `measure`. */
	width = $state(800);
	scale = $derived(windowScale(this.window, this.width));

	readonly #motion: Motion | null;
	/** The default window of a chart narrower than `NARROW_PX`, when it has its own. */
	readonly #narrowHome: TimeWindow | null;
	#measured = false;
	/** Where the current glide ends; further steps start from there, not from mid-flight. */
	#target: TimeWindow | null = $state.raw(null);
	#frame: number | null = null;
	/** A gesture's latest window, waiting for the next animation frame to be drawn. */
	#pending: TimeWindow | null = null;
	#pendingFrame: number | null = null;
	#settleTimer: number | null = null;

	constructor(
		span: TimeWindow,
		home: TimeWindow,
		motion: Motion | null = browserMotion(),
		narrowHome: TimeWindow | null = null
	) {
		this.span = span;
		this.home = clampWindow(home, span, MIN_WINDOW_MS);
		this.window = this.home;
		this.settled = this.home;
		this.#motion = motion;
		this.#narrowHome = narrowHome && clampWindow(narrowHome, span, MIN_WINDOW_MS);
	}

	/**
	 * The plot's width as measured. The first measure picks the home: a chart narrower than
	 * `NARROW_PX` is laid out with narrow columns, and starts at its own home when it has one.
	 * The home is the chart's, not the screen's, so an embed in a narrow frame gets it too.
	 * Later widths leave the home alone: an open event's panel narrows the chart, and the view
	 * must not jump for it.
	 */
	measure(width: number): void {
		this.width = width;
		if (this.#measured) return;
		this.#measured = true;
		if (this.#narrowHome && width < NARROW_PX) this.#rehome(this.#narrowHome);
	}

	/** A new default window, moved to at once when the view is at the old one. */
	#rehome(home: TimeWindow): void {
		const atHome = this.window[0] === this.home[0] && this.window[1] === this.home[1];
		this.home = home;
		if (atHome) this.show(home);
	}

	/** Jumps to the window (clamped to the span), ending any glide or gesture step in waiting. */
	show(window: TimeWindow): void {
		this.stop();
		this.#set(clampWindow(window, this.span, MIN_WINDOW_MS));
		this.#settle(this.window);
	}

	/**
	 * A gesture's step: a wheel, a drag, a pinch or the brush. Input can come several times a
	 * frame, and drawing more than once a frame is wasted, so the latest window waits for the
	 * next animation frame; the view settles once the gesture rests.
	 */
	request(window: TimeWindow): void {
		const motion = this.#motion;
		if (!motion) return this.show(window);
		this.#stopGlide();
		this.#pending = clampWindow(window, this.span, MIN_WINDOW_MS);
		this.#pendingFrame ??= motion.frame(() => {
			this.#pendingFrame = null;
			const next = this.#pending;
			this.#pending = null;
			if (next) this.#set(next);
		});
		if (this.#settleTimer !== null) motion.clear(this.#settleTimer);
		this.#settleTimer = motion.after(SETTLE_MS, () => {
			this.#settleTimer = null;
			// A frame still to come settles where it lands.
			this.#settle(this.#pending ?? this.window);
		});
	}

	/** Ends any glide where it is, and drops a gesture step still waiting for its frame. */
	stop(): void {
		const moving = this.#frame !== null || this.#pending !== null;
		this.#stopGlide();
		if (this.#pendingFrame !== null) this.#motion?.cancel(this.#pendingFrame);
		this.#pendingFrame = null;
		this.#pending = null;
		if (moving) this.#settle(this.window);
	}

	#stopGlide(): void {
		if (this.#frame !== null) this.#motion?.cancel(this.#frame);
		this.#frame = null;
		this.#target = null;
	}

	/** Moves to the window (clamped) over GLIDE_MS, or at once where motion is reduced. */
	glideTo(window: TimeWindow): void {
		const target = clampWindow(window, this.span, MIN_WINDOW_MS);
		const motion = this.#motion;
		if (!motion || motion.reduced()) return this.show(target);
		// A step taken mid-glide (a held key, quick clicks) carries on at speed rather than
		// starting slowly again from where the last one had got to.
		const inFlight = this.#frame !== null;
		const from = this.#pending ?? this.window;
		this.stop();
		if (target[0] === from[0] && target[1] === from[1]) return this.show(target);
		const path = glidePath(from, target, inFlight ? easeCubicOut : easeCubicInOut);
		const start = motion.now();
		this.#target = target;
		this.#settle(target);
		const step = (now: number) => {
			const t = (now - start) / GLIDE_MS;
			this.#set(t >= 1 ? target : clampWindow(path(t), this.span, MIN_WINDOW_MS));
			if (t >= 1) {
				this.#target = null;
				this.#frame = null;
			} else this.#frame = motion.frame(step);
		};
		this.#frame = motion.frame(step);
	}

	/** The window the view is at, or heading to: a glide's end, or a gesture's latest step. */
	get destination(): TimeWindow {
		return this.#target ?? this.#pending ?? this.window;
	}

	zoomBy(factor: number, anchor?: number): void {
		const from = this.destination;
		// Zooming in at the narrowest window would only slide it: keep it where it is.
		if (factor > 1 && from[1] - from[0] <= MIN_WINDOW_MS + 1) return;
		this.glideTo(zoomWindow(from, factor, anchor ?? (from[0] + from[1]) / 2));
	}

	pan(share: number): void {
		this.glideTo(panWindow(this.destination, share));
	}

	centreOn(time: number): void {
		this.glideTo(centreWindow(this.destination, time));
	}

	showYear(year: number): void {
		this.glideTo(yearWindow(year));
	}

	showAll(): void {
		this.glideTo(this.span);
	}

	reset(): void {
		this.glideTo(this.home);
	}

	#set(next: TimeWindow): void {
		if (next[0] !== this.window[0] || next[1] !== this.window[1]) this.window = next;
	}

	#settle(next: TimeWindow): void {
		if (this.#settleTimer !== null) this.#motion?.clear(this.#settleTimer);
		this.#settleTimer = null;
		if (next[0] !== this.settled[0] || next[1] !== this.settled[1]) this.settled = next;
	}

	get isAll(): boolean {
		return this.#coversSpan(this.window);
	}

	/** Whether the view rests (or is heading) at the whole span. */
	get settlesOnAll(): boolean {
		return this.#coversSpan(this.settled);
	}

	#coversSpan(window: TimeWindow): boolean {
		return window[0] <= this.span[0] && window[1] >= this.span[1];
	}

	get atMinimum(): boolean {
		return this.window[1] - this.window[0] <= MIN_WINDOW_MS + 1;
	}
}

/**
 * The view of the statements' timeline: the whole span of its events, opening on the statements
 * and what they plan, or on the latest of them where the chart is narrow.
 */
export function statementsView(
	events: readonly Pick<AllianceEvent, 'start' | 'end' | 'status'>[],
	statementDates: readonly string[]
): TimelineView {
	return new TimelineView(
		dataSpan(events),
		homeWindow(statementDates, events),
		undefined,
		narrowHomeWindow(statementDates, events)
	);
}
