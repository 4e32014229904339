/**
 * One finger moving up or down over the chart scrolls the page; moving sideways it pans the
 * chart (d3-zoom). d3-zoom would take every one-finger move and cancel the page's scroll, so a
 * vertical swipe is kept from reaching it: a listener on an ancestor, in the capture phase,
 * stops the moves of a gesture whose first clear motion was vertical.
 */

/** Movement under this many px decides nothing yet. */
const DEAD_ZONE = 6;

/** The axis a swipe has taken, or null while it is still too short to tell. */
export function swipeAxis(dx: number, dy: number): 'x' | 'y' | null {
	if (Math.hypot(dx, dy) < DEAD_ZONE) return null;
	return Math.abs(dy) > Math.abs(dx) ? 'y' : 'x';
}

export function verticalSwipesScroll(element: HTMLElement) {
	let start: { x: number; y: number } | null = null;
	let axis: 'x' | 'y' | null = null;
	const ontouchstart = (event: TouchEvent) => {
		const touch = event.touches.length === 1 ? event.touches[0] : undefined;
		start = touch ? { x: touch.clientX, y: touch.clientY } : null;
		axis = null;
	};
	const ontouchmove = (event: TouchEvent) => {
		const touch = event.touches.length === 1 ? event.touches[0] : undefined;
		if (!start || !touch) return;
		axis ??= swipeAxis(touch.clientX - start.x, touch.clientY - start.y);
		if (axis === 'y') event.stopPropagation();
	};
	element.addEventListener('touchstart', ontouchstart, { capture: true, passive: true });
	element.addEventListener('touchmove', ontouchmove, { capture: true, passive: true });
	return () => {
		element.removeEventListener('touchstart', ontouchstart, { capture: true });
		element.removeEventListener('touchmove', ontouchmove, { capture: true });
	};
}
