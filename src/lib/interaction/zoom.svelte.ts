/**
 * d3-zoom on the timeline's plot: Ctrl/⌘ + wheel and pinch zoom around the pointer, drag and
 * touch pan; a sideways wheel or trackpad swipe pans too (d3-zoom's wheel only zooms, so that
 * is a listener of its own); a plain vertical wheel is left to scroll the page (see wheel.ts).
 *
 * The view's window is the one source of truth. A gesture's step goes to the view as a request
 * (drawn at the next animation frame); d3 keeps its own copy of the transform on the element,
 * which is derived from the window and written back as a property, silently: d3's own
 * `zoom.transform` would emit a zoom event, and during a gesture that event carries the
 * gesture's source event, so it would come back as a step of its own.
 */
import { pointer, pointers, select, zoom, zoomTransform, type D3ZoomEvent } from 'd3';
import { keepUnderPointer, type LensScale } from '../scales/lens';
import type { TimeWindow } from '../time/extent';
import { untrack } from 'svelte';
import { panWindow, sameTransform, transformForWindow, windowForTransform } from '../scales/time';
import { MIN_WINDOW_MS, type TimelineView } from '../state/timelineView.svelte';
import { wheelDelta, wheelPanPixels, wheelPans, zoomFilter } from './wheel';

/**
 * Where a gesture is, across the element: the pointer, or the midpoint of the fingers on a
 * touch screen (a touch event has no position of its own); NaN once the last finger is lifted.
 */
function pointerX(event: Event, element: SVGSVGElement): number {
	if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
		const fingers = pointers(event, element);
		return fingers.length ? fingers.reduce((sum, [x]) => sum + x, 0) / fingers.length : NaN;
	}
	return pointer(event, element)[0];
}

function fingerCount(event: Event | null): number {
	return typeof TouchEvent !== 'undefined' && event instanceof TouchEvent
		? event.touches.length
		: 1;
}

/**
 * `scaleFor` gives the scale the chart is drawn with for a window, when it is not the plain one
 * (a lens widening crowded days): each gesture step is then corrected so that what was under the
 * pointer stays under it.
 */
export function zoomable(
	view: TimelineView,
	height: () => number,
	scaleFor?: (window: TimeWindow) => Pick<LensScale, 'x' | 'invert'>
) {
	return (element: SVGSVGElement) => {
		// Where the pointer was at the last step of a drag: what was drawn there follows it.
		let lastPointer: number | null = null;
		// A finger landing or lifting moves the midpoint without moving anything drawn.
		let lastFingers = 0;
		const behaviour = untrack(() =>
			zoom<SVGSVGElement, unknown>()
				.scaleExtent([1, (view.span[1] - view.span[0]) / MIN_WINDOW_MS])
				.filter(zoomFilter)
				.wheelDelta(wheelDelta)
				// Clicks on marks stay clicks unless the pointer really moved.
				.clickDistance(4)
				.on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
					// Where the press was: the first move is measured from there.
					const px = event.sourceEvent ? pointerX(event.sourceEvent, element) : NaN;
					lastPointer = Number.isFinite(px) ? px : null;
					lastFingers = fingerCount(event.sourceEvent);
				})
				.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
					// Programmatic transforms (sourceEvent null) only mirror the view; never feed them back.
					if (!event.sourceEvent) return;
					let next = windowForTransform(event.transform, view.span, view.width);
					const px = pointerX(event.sourceEvent, element);
					if (scaleFor && Number.isFinite(px)) {
						const fingers = fingerCount(event.sourceEvent);
						const from =
							event.sourceEvent.type === 'wheel' || fingers !== lastFingers
								? px
								: (lastPointer ?? px);
						lastFingers = fingers;
						// From the window last asked for: several steps can come within one frame.
						const drawn = scaleFor(view.destination);
						next = keepUnderPointer(next, drawn.invert(from), px, scaleFor);
						lastPointer = px;
					}
					view.request(next);
				})
		);
		const selection = select(element).call(behaviour).on('dblclick.zoom', null);

		// A sideways swipe: what is drawn moves with the fingers, and the browser neither scrolls
		// nor goes back a page (its swipe gesture for history).
		const onwheel = (event: WheelEvent) => {
			if (!wheelPans(event)) return;
			event.preventDefault();
			const dx = wheelPanPixels(event, view.width);
			// From the window last asked for: a swipe sends many events within one frame.
			const from = view.destination;
			let next = panWindow(from, dx / Math.max(1, view.width));
			if (scaleFor) {
				// Under a lens the pixels are not all as wide: what was under the pointer is kept
				// under where the swipe takes it instead.
				const px = pointer(event, element)[0];
				next = keepUnderPointer(next, scaleFor(from).invert(px), px - dx, scaleFor);
			}
			view.request(next);
		};
		element.addEventListener('wheel', onwheel, { passive: false });

		$effect(() => {
			const width = view.width;
			const extent: [[number, number], [number, number]] = [
				[0, 0],
				[width, height()]
			];
			behaviour.extent(extent).translateExtent(extent);
			const wanted = transformForWindow(view.window, view.span, width);
			if (!sameTransform(zoomTransform(element), wanted)) selection.property('__zoom', wanted);
		});

		return () => {
			selection.on('.zoom', null);
			element.removeEventListener('wheel', onwheel);
		};
	};
}
