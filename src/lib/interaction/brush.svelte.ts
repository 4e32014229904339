/**
 * d3-brush on the overview strip: the brush is the visible window; dragging or resizing it
 * moves the window, and a click elsewhere centres the window there.
 */
import { brushX, pointer, select, type D3BrushEvent } from 'd3';
import { untrack } from 'svelte';
import type { TimeWindow } from '../time/extent';
import type { TimelineView } from '../state/timelineView.svelte';

export function brushable(view: TimelineView, width: () => number, height: () => number) {
	const toTime = (x: number) =>
		view.span[0] + (x / Math.max(1, width())) * (view.span[1] - view.span[0]);
	const toX = (time: number) => ((time - view.span[0]) / (view.span[1] - view.span[0])) * width();

	return (element: SVGGElement) => {
		const behaviour = untrack(() =>
			brushX<unknown>().on('brush end', (event: D3BrushEvent<unknown>) => {
				if (!event.sourceEvent) return;
				const selection = event.selection as [number, number] | null;
				if (selection) {
					view.show([toTime(selection[0]), toTime(selection[1])] as TimeWindow);
				} else if (event.type === 'end') {
					const [x] = pointer(event.sourceEvent, element);
					view.centreOn(toTime(x));
				}
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
			// Keep a visible handle even when the window is a few days on a whole-century strip.
			const [x0, x1] = [toX(view.window[0]), toX(view.window[1])];
			const minimum = 6;
			const centre = (x0 + x1) / 2;
			group.call(
				behaviour.move,
				x1 - x0 >= minimum ? [x0, x1] : [centre - minimum / 2, centre + minimum / 2]
			);
		});

		return () => {
			group.on('.brush', null);
		};
	};
}
