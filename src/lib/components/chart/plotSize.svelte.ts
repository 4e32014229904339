/**
 * How big the chart's plot is and how its names measure: the width the view is laid out for,
 * the least height of the chart, and text metrics in the page's font. Until the plot's real width
 * is known there are no metrics, and so no scene: laid out for a guessed width, the chart would
 * only be thrown away.
 */
import { estimateTextWidth } from '$lib/layout/labels';
import { canvasMetrics, textMetrics, type TextMetrics } from '$lib/layout/textMetrics';
import { TRACKS } from '$lib/model/event';
import { GEOMETRY, LABEL_FONT_PX, LANES_TOP } from '$lib/scene/scene';
import type { TimelineView } from '$lib/state/timelineView.svelte';

/**
 * The chart's least height: its axis and every lane's header. Lanes are as tall as what they
 * hold, so the chart ends where its last lane does, however tall the screen.
 */
export const FRAME_MIN = LANES_TOP + TRACKS.length * GEOMETRY.header;

export class PlotSize {
	readonly frameHeight = FRAME_MIN;
	#measured = $state(false);
	// Names are measured as the browser sets them: capitals and digits are wider than an average
	// letter, so an estimate could let a name run into the next mark.
	metrics: TextMetrics | null = $derived(
		this.#measured
			? (canvasMetrics(`${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`) ??
					textMetrics((text) => estimateTextWidth(text, LABEL_FONT_PX)))
			: null
	);
	#view: () => TimelineView;

	constructor(view: () => TimelineView) {
		this.#view = view;
	}

	attach = (element: HTMLElement) => {
		const observer = new ResizeObserver(() => {
			this.#view().measure(element.clientWidth);
			this.#measured = true;
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
