/**
 * The picture of the chart as the reader sees it at rest: the scene laid out again from the view
 * and the events the chart is given (the same function, window, width, frame and text metrics the
 * chart uses), drawn by sceneSvg in the page's current colours, so the picture needs no
 * stylesheet, loads no font and is drawn from the same scene as the page.
 */
import { estimateTextWidth } from '$lib/layout/labels';
import { canvasMetrics, textMetrics } from '$lib/layout/textMetrics';
import type { AllianceEvent } from '$lib/model/event';
import { PICTURE_FONT, type ScenePalette } from '$lib/scene/palette';
import { eventTable, LABEL_FONT_PX, scene } from '$lib/scene/scene';
import { sceneSvg, type SceneSvg } from '$lib/scene/svg';
import type { TimelineView } from '$lib/state/timelineView.svelte';
import type { StatementSummary } from '$lib/statements/statement';
import { FRAME_MIN } from './chart/plotSize.svelte';
import { readPalette } from './chart/paintScene';

export interface SnapshotCaption {
	title: string;
	lines: string[];
	sources: string;
}

/**
 * The page's colours in its current theme, read from its CSS variables, and its font: the body's,
 * which the chart's names are measured and drawn in (the root element names none).
 */
export function pagePalette(): ScenePalette {
	const palette = readPalette(document.body);
	return { ...palette, font: palette.font || PICTURE_FONT };
}

export function chartPicture(
	view: TimelineView,
	events: readonly AllianceEvent[],
	statements: readonly StatementSummary[],
	caption: SnapshotCaption
): SceneSvg {
	const table = eventTable(events);
	// Names are cut with the widths the chart measured them with: the page's font on a canvas.
	const metrics =
		canvasMetrics(`${LABEL_FONT_PX}px ${getComputedStyle(document.body).fontFamily}`) ??
		textMetrics((text) => estimateTextWidth(text, LABEL_FONT_PX));
	const atRest = scene(table, view.settled, { width: view.width, frameHeight: FRAME_MIN }, metrics);
	return sceneSvg(atRest, {
		statements,
		totals: table.totals,
		palette: pagePalette(),
		...caption
	});
}

/** The picture as PNG at `scale` times its size, drawn by the browser itself. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The timeline picture could not be drawn.'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw pictures.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('No PNG was made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
