/**
 * What the wheel does over the chart. The chart can be taller than the screen, so a plain
 * wheel scrolls the page as everywhere else; with Ctrl or ⌘ held (and a trackpad's pinch,
 * which browsers send as a wheel with ctrlKey) it zooms around the pointer. A sideways wheel
 * (a trackpad's swipe, a tilting wheel, Shift and the wheel) pans the chart, as on a map: the
 * page has nothing to scroll sideways.
 */

export interface WheelLike {
	type: string;
	ctrlKey: boolean;
	metaKey: boolean;
	button?: number;
	deltaX?: number;
	deltaY?: number;
	deltaMode?: number;
}

/** Pixels in a line of a wheel that counts in lines (Firefox's mouse wheel). */
const LINE_PX = 40;

/** Which events d3-zoom may act on: zooming wheels, and primary-button drags and touches. */
export function zoomFilter(event: WheelLike): boolean {
	if (event.type === 'wheel') return event.ctrlKey || event.metaKey;
	// d3-zoom's own rule for the rest: no secondary buttons, and Ctrl-drag stays with the browser.
	return !event.ctrlKey && !event.button;
}

/** True for a plain wheel that moves more sideways than up or down: it pans the chart. */
export const wheelPans = (event: WheelLike): boolean =>
	event.type === 'wheel' &&
	!event.ctrlKey &&
	!event.metaKey &&
	Math.abs(event.deltaX ?? 0) > Math.abs(event.deltaY ?? 0);

/** True for a plain wheel that scrolls the page: the moment to say how to zoom instead. */
export const wheelScrolls = (event: WheelLike): boolean =>
	event.type === 'wheel' && !event.ctrlKey && !event.metaKey && !wheelPans(event);

/**
 * How far a sideways wheel moves what is drawn, in pixels of a chart `width` wide: to the left
 * for a positive delta, as a page scrolled to the right would.
 */
export function wheelPanPixels(event: WheelLike, width: number): number {
	const deltaX = event.deltaX ?? 0;
	return deltaX * (event.deltaMode === 1 ? LINE_PX : event.deltaMode ? width : 1);
}

/**
 * How far one wheel event zooms, as a power of two. A trackpad pinch sends many small deltas
 * and a mouse notch one large one; d3-zoom's default speeds up every Ctrl wheel tenfold, which
 * suits the pinch but makes a Ctrl-notch of a mouse zoom fivefold, so only small deltas are
 * sped up here.
 */
export function wheelDelta(event: WheelLike): number {
	const deltaY = event.deltaY ?? 0;
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(deltaY) < 50;
	return -deltaY * unit * (pinch ? 10 : 1);
}
