/**
 * d3-zoom on the timeline's plot: Ctrl/⌘ + wheel and pinch zoom around the pointer, drag and
 * touch pan; a plain wheel is left to scroll the page (see wheel.ts).
 * d3 keeps its own copy of the transform on the element; it is derived from the view's window
 * and written back whenever the window changes elsewhere (buttons, brush, URL).
 */
import { select, zoom, type D3ZoomEvent } from 'd3';
import { untrack } from 'svelte';
import { transformForWindow, windowForTransform } from '../scales/time';
import { MIN_WINDOW_MS, type TimelineView } from '../state/timelineView.svelte';
import { wheelDelta, zoomFilter } from './wheel';

export function zoomable(view: TimelineView, height: () => number) {
	return (element: SVGSVGElement) => {
		const behaviour = untrack(() =>
			zoom<SVGSVGElement, unknown>()
				.scaleExtent([1, (view.span[1] - view.span[0]) / MIN_WINDOW_MS])
				.filter(zoomFilter)
				.wheelDelta(wheelDelta)
				// Clicks on marks stay clicks unless the pointer really moved.
				.clickDistance(4)
				.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
					// Programmatic transforms (sourceEvent null) only mirror the view; never feed them back.
					if (!event.sourceEvent) return;
					view.show(windowForTransform(event.transform, view.span, view.width));
				})
		);
		const selection = select(element).call(behaviour).on('dblclick.zoom', null);

		$effect(() => {
			const width = view.width;
			const extent: [[number, number], [number, number]] = [
				[0, 0],
				[width, height()]
			];
			behaviour.extent(extent).translateExtent(extent);
			behaviour.transform(selection, transformForWindow(view.window, view.span, width));
		});

		return () => {
			selection.on('.zoom', null);
		};
	};
}
