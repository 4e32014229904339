/**
 * d3-brush on the overview strip: the brush is the visible window; dragging or resizing it
 * moves the window, and a click elsewhere centres the window there. The strip's own scale turns
 * pixels into times and back, so the brush works on a strip that is not linear.
 */
import { brushSelection as currentSelection, brushX, pointer, select, type D3BrushEvent } from 'd3';
import { untrack } from 'svelte';
import {
	BRUSH_HANDLE_PX,
	brushSelection,
	sameSelection,
	windowForBrush,
	type BrushStrip
} from '../scales/brush';
import type { TimelineView } from '../state/timelineView.svelte';
import type { TimeWindow } from '../time/extent';

/** `strip` is the strip's scale (its `toX` and `toTime`), read afresh as the strip resizes. */
export function brushable(
	view: TimelineView,
	strip: () => BrushStrip,
	width: () => number,
	height: () => number
) {
	return (element: SVGGElement) => {
		// A gesture is measured from the window it began on: the brush is redrawn from the
		// window as it goes, while d3 keeps measuring from where the brush was when grabbed.
		let grabbed: TimeWindow | null = null;
		const behaviour = untrack(() =>
			brushX<unknown>()
				.handleSize(BRUSH_HANDLE_PX)
				.on('start', (event: D3BrushEvent<unknown>) => {
					if (event.sourceEvent) grabbed = view.window;
				})
				.on('brush end', (event: D3BrushEvent<unknown>) => {
					if (!event.sourceEvent) return;
					const selection = event.selection as [number, number] | null;
					if (selection) {
						view.request(windowForBrush(selection, event.mode, grabbed ?? view.window, strip()));
					} else if (event.type === 'end') {
						const [x] = pointer(event.sourceEvent, element);
						view.centreOn(strip().toTime(x));
					}
					if (event.type === 'end') grabbed = null;
				})
		);
		const group = select(element);

		$effect(() => {
			behaviour.extent([
				[0, 0],
				[width(), height()]
			]);
			group.call(behaviour);
		});

		// Written only when the window moved elsewhere (a button, a key, the chart, the URL), and
		// where the view rests or a glide ends: a strip redrawn at every frame of a gesture made
		// the whole page paint again at each.
		$effect(() => {
			const wanted = brushSelection(view.settled, strip());
			const current = currentSelection(element) as [number, number] | null;
			if (!sameSelection(current, wanted)) group.call(behaviour.move, wanted);
		});

		return () => {
			group.on('.brush', null);
		};
	};
}
