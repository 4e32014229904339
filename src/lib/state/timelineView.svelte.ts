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
import { DAY_MS, type TimeWindow } from '../time/extent';
import {
	centreWindow,
	clampWindow,
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

/** The clock a glide runs on; injected so the view is testable without a browser. */
export interface Motion {
	/** True when the reader has asked for less motion. */
	reduced(): boolean;
	frame(callback: (now: number) => void): number;
	cancel(handle: number): void;
	now(): number;
}

/** The browser's clock and the reader's motion setting, or null where neither exists. */
function browserMotion(): Motion | null {
	if (typeof requestAnimationFrame !== 'function' || typeof matchMedia !== 'function') return null;
	const query = matchMedia('(prefers-reduced-motion: reduce)');
	return {
		reduced: () => query.matches,
		frame: (callback) => requestAnimationFrame(callback),
		cancel: (handle) => cancelAnimationFrame(handle),
		now: () => performance.now()
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
	readonly home: TimeWindow;
	window: TimeWindow = $state([0, 1]);
	width = $state(800);
	scale = $derived(windowScale(this.window, this.width));

	readonly #motion: Motion | null;
	/** Where the current glide ends; further steps start from there, not from mid-flight. */
	#target: TimeWindow | null = $state(null);
	#frame: number | null = null;

	constructor(span: TimeWindow, home: TimeWindow, motion: Motion | null = browserMotion()) {
		this.span = span;
		this.home = clampWindow(home, span, MIN_WINDOW_MS);
		this.window = this.home;
		this.#motion = motion;
	}

	/** Jumps to the window (clamped to the span), ending any glide. */
	show(window: TimeWindow): void {
		this.stop();
		this.#set(clampWindow(window, this.span, MIN_WINDOW_MS));
	}

	/** Ends any glide where it is: for leaving the page, and for gestures that take over. */
	stop(): void {
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
		this.stop();
		if (target[0] === this.window[0] && target[1] === this.window[1]) return;
		const path = glidePath(this.window, target, inFlight ? easeCubicOut : easeCubicInOut);
		const start = motion.now();
		this.#target = target;
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

	/** The window the view is at, or heading to. */
	get destination(): TimeWindow {
		return this.#target ?? this.window;
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

	get isAll(): boolean {
		return this.window[0] <= this.span[0] && this.window[1] >= this.span[1];
	}

	get atMinimum(): boolean {
		return this.window[1] - this.window[0] <= MIN_WINDOW_MS + 1;
	}
}
