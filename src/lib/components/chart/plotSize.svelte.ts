/**
 * How big the chart's plot is and how its names measure: the width the view is laid out for,
 * the frame the lanes share (a share of the screen's height), and text metrics in the page's
 * font. Until the plot's real width is known there are no metrics, and so no scene: laid out
 * for a guessed width, the chart would only be thrown away.
 */
import { estimateTextWidth } from '$lib/layout/labels';
import { canvasMetrics, textMetrics, type TextMetrics } from '$lib/layout/textMetrics';
import { LABEL_FONT_PX } from '$lib/scene/scene';
import type { TimelineView } from '$lib/state/timelineView.svelte';

/** The CSS min-height of .plot (chart.css) matches these two. */
const FRAME_SHARE = 0.62;
export const FRAME_MIN = 360;

/** The height the lanes share at least on this screen: the chart's frame. */
export const frameHeightFor = (screenHeight: number): number =>
	Math.max(FRAME_MIN, Math.round(screenHeight * FRAME_SHARE));

export class PlotSize {
	frameHeight = $state(FRAME_MIN);
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
			this.#view().width = element.clientWidth;
			this.frameHeight = frameHeightFor(window.innerHeight);
			this.#measured = true;
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
