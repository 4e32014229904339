/**
 * The overview strip's brush: where the visible window is drawn on a strip of the whole span,
 * and which window a dragged or resized brush stands for. A brush has a minimum width so a
 * window of a few days on a century-wide strip stays visible and draggable; the window it
 * stands for is then narrower than what is drawn, and must not grow to the drawn width.
 */
import type { TimeWindow } from '../time/extent';

/** d3-brush's resize handles: this many pixels straddling each edge. */
export const BRUSH_HANDLE_PX = 6;
/**
 * The narrowest brush drawn, in pixels: room for both handles and as much again between them,
 * so a narrow brush can still be grabbed to move rather than only by a handle to resize.
 */
export const MIN_BRUSH_PX = 2 * BRUSH_HANDLE_PX;

/** What a brush gesture does: d3-brush's modes (`drag` and `space` move it, the others resize). */
export type BrushMode = 'drag' | 'space' | 'handle' | 'center';

export interface BrushStrip {
	/** The whole span the strip shows. */
	span: TimeWindow;
	/** The strip's width in pixels. */
	width: number;
}

function toX(time: number, { span, width }: BrushStrip): number {
	return ((time - span[0]) / (span[1] - span[0])) * width;
}

function toTime(x: number, { span, width }: BrushStrip): number {
	return span[0] + (x / Math.max(1, width)) * (span[1] - span[0]);
}

/** The brush drawn for a window: its pixels, widened about its centre to the minimum. */
export function brushSelection(window: TimeWindow, strip: BrushStrip): [number, number] {
	const [x0, x1] = [toX(window[0], strip), toX(window[1], strip)];
	if (x1 - x0 >= MIN_BRUSH_PX) return [x0, x1];
	const centre = (x0 + x1) / 2;
	return [centre - MIN_BRUSH_PX / 2, centre + MIN_BRUSH_PX / 2];
}

/**
 * The window a brush gesture asks for. Moving the brush keeps the window's own length, centred
 * where the brush now is. Resizing moves only the edge that was dragged; the other stays
 * where the window's edge was (which a brush at its minimum width does not show).
 */
export function windowForBrush(
	selection: readonly [number, number],
	mode: BrushMode | undefined,
	current: TimeWindow,
	strip: BrushStrip
): TimeWindow {
	if (mode === 'drag' || mode === 'space') {
		const centre = toTime((selection[0] + selection[1]) / 2, strip);
		const length = current[1] - current[0];
		return [centre - length / 2, centre + length / 2];
	}
	const [drawn0, drawn1] = brushSelection(current, strip);
	// Within a tenth of a pixel: the edge was left where it was drawn.
	const kept = (x: number, drawn: number) => Math.abs(x - drawn) < 0.1;
	const start = kept(selection[0], drawn0) ? current[0] : toTime(selection[0], strip);
	const end = kept(selection[1], drawn1) ? current[1] : toTime(selection[1], strip);
	return start < end ? [start, end] : [toTime(selection[0], strip), toTime(selection[1], strip)];
}
