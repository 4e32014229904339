/**
 * Labels beside marks: each goes just right of its mark, or, at the right edge of the chart, just
 * left of it, or, for a bar too long to leave room on either side, inside the part of it in view;
 * nowhere if it would collide. A name set in two lines holds the row below it too.
 */
import type { ClusterChip, PlacedMark } from './lane';

export interface LabelRequest {
	id: string;
	/** Measured (or estimated) label width in px. */
	width: number;
	/** Extra room between the mark and its label (px), for a badge the mark carries there. */
	offset?: number;
	/** Set in two lines: its second line lies in the row below, so it goes only to the right. */
	tall?: boolean;
}

export interface PlacedLabel {
	id: string;
	/** Left edge of the text. */
	x: number;
	width: number;
}

/** Room cleared in a bar on each side of the name set over it. */
const PLATE_PAD = 3;
/** The bar still shows faintly under its name: it runs on behind it. */
export const PLATE_OPACITY = 0.8;

/**
 * The stretch of a bar cleared for the name set over it (left and right, in the lane's x), so
 * the bar does not show between and above the letters; null when the name sits beside its mark.
 */
export function namePlate(mark: {
	isBar: boolean;
	x0: number;
	x1: number;
	label: PlacedLabel | null;
}): [number, number] | null {
	const { label } = mark;
	if (!mark.isBar || !label) return null;
	const from = Math.max(mark.x0, label.x - PLATE_PAD);
	const to = Math.min(mark.x1, label.x + label.width + PLATE_PAD);
	return from < to ? [from, to] : null;
}

export interface LabelOptions {
	/** Clear space between a label and its own mark, and between it and the next thing in the row. */
	gap: number;
	/** Right edge of the drawing area: a label never runs past it. */
	maxX: number;
	/** Obstacles in their own row (chip.row); chips from layoutLane share no row with marks. */
	clusters?: readonly ClusterChip[];
	/**
	 * Room at a mark's start for its glyph (px): a name set inside a bar starts past it, or at the
	 * chart's left edge when the bar starts before it. Without it, no name is set inside a mark.
	 */
	inset?: number;
}

/** A mark (index into marks) or a chip (index -1) occupying part of a row. */
interface Obstacle {
	x0: number;
	x1: number;
	index: number;
}

/**
 * Place a label at mark.x1 + gap when it ends before maxX and `gap` before the next mark or chip
 * in its row; one that would run past maxX goes at mark.x0 − gap − width instead, if that is
 * clear of what comes before it. Rows are separate bands, so only same-row collisions matter. Marks without a
 * request, or with a negative or non-finite width, get no label. Labels come back in mark order.
 */
export function placeLabels(
	marks: readonly PlacedMark[],
	labels: readonly LabelRequest[],
	{ gap, maxX, clusters = [], inset }: LabelOptions
): PlacedLabel[] {
	const requests = new Map<string, LabelRequest>();
	for (const label of labels) if (!requests.has(label.id)) requests.set(label.id, label);
	const offsetOf = (id: string) => Math.max(0, requests.get(id)?.offset ?? 0);

	const bands = new Map<number, Obstacle[]>();
	const occupy = (row: number, obstacle: Obstacle) => {
		const band = bands.get(row);
		if (band) band.push(obstacle);
		else bands.set(row, [obstacle]);
	};
	marks.forEach(({ row, x0, x1 }, index) => occupy(row, { x0, x1, index }));
	for (const { row, x0, x1 } of clusters) occupy(row, { x0, x1, index: -1 });
	// A second line is an obstacle in the row below before any name there is placed.
	const secondLines = new Map<number, Obstacle>();
	marks.forEach((mark, index) => {
		const request = requests.get(mark.id);
		if (!request?.tall || !(request.width >= 0)) return;
		const x = mark.x1 + gap + offsetOf(mark.id);
		const line = { x0: x, x1: x + request.width, index: -2 - index };
		secondLines.set(index, line);
		occupy(mark.row + 1, line);
	});
	const clearBelow = (index: number, x0: number, x1: number) =>
		(bands.get((marks[index] as PlacedMark).row + 1) ?? []).every(
			(o) => o === secondLines.get(index) || o.x1 + gap <= x0 || o.x0 >= x1 + gap
		);

	const placed = new Array<PlacedLabel | undefined>(marks.length);
	for (const band of bands.values()) {
		band.sort((a, b) => a.x0 - b.x0 || a.index - b.index);
		// Right edge of everything met so far in the band. Everything later starts at or after the
		// next obstacle, so checking back against this and forward against the next is enough,
		// even for marks that overlap (which layoutLane never produces).
		let reach = -Infinity;
		band.forEach((obstacle, i) => {
			const mark = marks[obstacle.index];
			const request = mark && requests.get(mark.id);
			const width = request?.width;
			if (mark && request && width !== undefined && width >= 0 && Number.isFinite(width)) {
				const x = mark.x1 + gap + offsetOf(mark.id);
				const end = x + width;
				const next = band[i + 1];
				const before = mark.x0 - gap - width;
				// Inside a bar: past its glyph, or from the chart's edge when it starts before it.
				const within = inset === undefined ? Infinity : mark.x0 >= 0 ? mark.x0 + inset : gap;
				// A name in two lines holds the row below to the right of its mark: there or nowhere.
				const oneLine = !request.tall;
				if (
					reach <= mark.x1 &&
					end <= maxX &&
					(!next || end <= next.x0 - gap) &&
					(oneLine || clearBelow(obstacle.index, x, end))
				) {
					placed[obstacle.index] = { id: mark.id, x, width };
					reach = Math.max(reach, end);
				} else if (
					oneLine &&
					end > maxX &&
					before >= 0 &&
					before + width <= maxX &&
					reach <= before - gap
				) {
					// At the right edge, the name goes to the left of its mark when that side is clear.
					placed[obstacle.index] = { id: mark.id, x: before, width };
				} else if (
					oneLine &&
					within >= reach + gap &&
					within + width + gap <= Math.min(mark.x1, maxX)
				) {
					placed[obstacle.index] = { id: mark.id, x: within, width };
				}
			}
			reach = Math.max(reach, obstacle.x1);
		});
	}
	return placed.filter((label) => label !== undefined);
}

/** Average Latin glyph in a proportional sans-serif, as a fraction of the font size. */
const AVERAGE_EM = 0.56;
/** Hangul, CJK, kana and full-width forms are set a full em wide. */
const WIDE =
	/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Combining marks and format characters (ZWJ, soft hyphen, …) take no room of their own. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * An estimate, not a measurement: the width in px of `text` set at `fontSizePx`, for tests and
 * server rendering where there is no DOM to measure. Whitespace collapses as SVG text does; a
 * Latin glyph counts 0.56em, a wide (Hangul, CJK) glyph 1em, and no glyph more than that. The
 * result is rounded up so that a label which "fits" by the estimate rarely collides in practice.
 */
export function estimateTextWidth(text: string, fontSizePx: number): number {
	if (!(fontSizePx > 0) || !Number.isFinite(fontSizePx)) return 0;
	let narrow = 0;
	let wide = 0;
	for (const glyph of text.trim().replace(/\s+/g, ' ')) {
		if (WIDE.test(glyph)) wide++;
		else if (!ZERO_WIDTH.test(glyph)) narrow++;
	}
	// The epsilon keeps float noise (0.56 × 10 × 10 = 56.000…01) from adding a whole pixel.
	return Math.max(0, Math.ceil((narrow * AVERAGE_EM + wide) * fontSizePx - 1e-9));
}
