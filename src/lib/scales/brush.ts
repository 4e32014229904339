/**
 * The overview strip's brush: where the visible window is drawn on the strip, and which window a
 * dragged or resized brush stands for. The strip's scale need not be linear (the overview gives
 * the statement years more room than the decades around them), so every conversion goes through
 * its own `toX` and `toTime`. A brush has a minimum width so a
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

/** The strip's mapping, both ways: monotonic, each the other's inverse. */
export interface BrushStrip {
	toX(time: number): number;
	toTime(x: number): number;
}

/** The brush drawn for a window: its pixels, widened about its centre to the minimum. */
export function brushSelection(window: TimeWindow, strip: BrushStrip): [number, number] {
	const [x0, x1] = [strip.toX(window[0]), strip.toX(window[1])];
	if (x1 - x0 >= MIN_BRUSH_PX) return [x0, x1];
	const centre = (x0 + x1) / 2;
	return [centre - MIN_BRUSH_PX / 2, centre + MIN_BRUSH_PX / 2];
}

/**
 * The window a brush gesture asks for. Moving the brush keeps the window's own length and moves
 * its centre as many pixels as the brush moved (on a strip that is not linear the same pixels
 * stand for more or less time in different parts, so it is the centre's pixel that follows the
 * hand, not a time difference). Resizing moves only the edge that was dragged; the other stays
 * where the window's edge was (which a brush at its minimum width does not show).
 */
export function windowForBrush(
	selection: readonly [number, number],
	mode: BrushMode | undefined,
	current: TimeWindow,
	strip: BrushStrip
): TimeWindow {
	if (mode === 'drag' || mode === 'space') {
		const [drawn0] = brushSelection(current, strip);
		const centre = strip.toTime(strip.toX((current[0] + current[1]) / 2) + selection[0] - drawn0);
		const length = current[1] - current[0];
		return [centre - length / 2, centre + length / 2];
	}
	const [drawn0, drawn1] = brushSelection(current, strip);
	// Within a tenth of a pixel: the edge was left where it was drawn.
	const kept = (x: number, drawn: number) => Math.abs(x - drawn) < 0.1;
	const start = kept(selection[0], drawn0) ? current[0] : strip.toTime(selection[0]);
	const end = kept(selection[1], drawn1) ? current[1] : strip.toTime(selection[1]);
	return start < end ? [start, end] : [strip.toTime(selection[0]), strip.toTime(selection[1])];
}

/**
 * Whether the brush already stands where the window puts it (to within half a pixel): then it is
 * left alone, so a window that came from the brush is not written back into it.
 */
export function sameSelection(
	current: readonly [number, number] | null,
	wanted: readonly [number, number]
): boolean {
	return (
		current !== null &&
		Math.abs(current[0] - wanted[0]) < 0.5 &&
		Math.abs(current[1] - wanted[1]) < 0.5
	);
}
