/**
 * The visible time window of the timeline, the one piece of state every gesture, button,
 * brush and URL change goes through. Scales and zoom transforms are derived from it.
 */
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

export class TimelineView {
	readonly span: TimeWindow;
	readonly home: TimeWindow;
	window: TimeWindow = $state([0, 1]);
	width = $state(800);
	scale = $derived(windowScale(this.window, this.width));

	constructor(span: TimeWindow, home: TimeWindow) {
		this.span = span;
		this.home = clampWindow(home, span, MIN_WINDOW_MS);
		this.window = this.home;
	}

	show(window: TimeWindow): void {
		const next = clampWindow(window, this.span, MIN_WINDOW_MS);
		if (next[0] !== this.window[0] || next[1] !== this.window[1]) this.window = next;
	}

	zoomBy(factor: number, anchor: number = (this.window[0] + this.window[1]) / 2): void {
		// Zooming in at the narrowest window would only slide it: keep it where it is.
		if (factor > 1 && this.window[1] - this.window[0] <= MIN_WINDOW_MS + 1) return;
		this.show(zoomWindow(this.window, factor, anchor));
	}

	pan(share: number): void {
		this.show(panWindow(this.window, share));
	}

	centreOn(time: number): void {
		this.show(centreWindow(this.window, time));
	}

	showYear(year: number): void {
		this.show(yearWindow(year));
	}

	showAll(): void {
		this.show(this.span);
	}

	reset(): void {
		this.show(this.home);
	}

	get isAll(): boolean {
		return this.window[0] <= this.span[0] && this.window[1] >= this.span[1];
	}

	get atMinimum(): boolean {
		return this.window[1] - this.window[0] <= MIN_WINDOW_MS + 1;
	}
}
