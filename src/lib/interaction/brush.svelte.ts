/**
 * d3-brush on the overview strip: the brush is the visible window; dragging or resizing it
 * moves the window, and a click elsewhere centres the window there.
 */
import { brushX, pointer, select, type D3BrushEvent } from 'd3';
import { untrack } from 'svelte';
import { BRUSH_HANDLE_PX, brushSelection, windowForBrush, type BrushStrip } from '../scales/brush';
import type { TimelineView } from '../state/timelineView.svelte';
import type { TimeWindow } from '../time/extent';

export function brushable(view: TimelineView, width: () => number, height: () => number) {
	const strip = (): BrushStrip => ({ span: view.span, width: width() });
	const toTime = (x: number) =>
		view.span[0] + (x / Math.max(1, width())) * (view.span[1] - view.span[0]);

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
						view.show(windowForBrush(selection, event.mode, grabbed ?? view.window, strip()));
					} else if (event.type === 'end') {
						const [x] = pointer(event.sourceEvent, element);
						view.centreOn(toTime(x));
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

		$effect(() => {
			group.call(behaviour.move, brushSelection(view.window, strip()));
		});

		return () => {
			group.on('.brush', null);
		};
	};
}
