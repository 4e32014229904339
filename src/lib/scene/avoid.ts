/**
 * Lines drawn across the chart (the selected event's connectors) give way to what is read: a
 * connector is traced as a polyline and drawn in the pieces that lie outside every name, lane
 * name, edge count and chip caption, so it breaks where it would strike one through. The boxes
 * come from the scene alone, in the chart's coordinates; no DOM is read.
 */
import { chipY, markY, type LaneBox } from '../layout/laneGeometry';
import type { Point } from '../layout/threads';
import type { LaidOutMark, LaneView } from '../layout/timeline';
import { TRACKS, type Track } from '../model/event';
import { TRACK_LABELS } from '../model/labels';
import { axisLabelWidth } from '../scales/ticks';
import { edgeCount, laneNameX } from './laneHeader';
import { GEOMETRY, LABEL_FONT_PX, MARK_GAP, NAME_LINE_PX } from './scene';

/** A rectangle on the chart: x0 ≤ x1 and y0 ≤ y1. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Clear space kept between a line and the text it gives way to. */
export const CLEARANCE = 2;
/** A piece shorter than this is left out: a dot of line says nothing. */
const MIN_PIECE = 4;
/** Height of the bands boxes are filed in, px: about a row of names. */
const BAND_PX = 24;
/** A name in a bar's row is set a size smaller (chart.css `.label.small`); chip captions too. */
const SMALL_FONT_PX = 11;
/**
 * The box of text set at `fontPx` on baseline `y` from `x0` to `x1`, `lines` lines deep, grown by
 * CLEARANCE: the font's ascent is under 1em and its descent under 0.3em.
 */
function textBox(x0: number, x1: number, y: number, fontPx: number, lines = 1): Box {
	return {
		x0: x0 - CLEARANCE,
		x1: x1 + CLEARANCE,
		y0: y - fontPx - CLEARANCE,
		y1: y + 0.3 * fontPx + (lines - 1) * NAME_LINE_PX + CLEARANCE
	};
}

/**
 * Where a mark's name is drawn, or null for a mark drawn without one. The name's baseline sits
 * 4 px under the mark's middle (drawLane.ts); a name of two lines (`lines`) is a line deeper.
 */
export function nameBox(mark: LaidOutMark, box: LaneBox): Box | null {
	const { label } = mark;
	if (!label) return null;
	const lines = mark.lines.length;
	const y = box.top + markY(GEOMETRY, box.rows, mark.band, mark.row) + 4;
	const fontPx = mark.isBar ? SMALL_FONT_PX : LABEL_FONT_PX;
	return textBox(label.x, label.x + label.width, y, fontPx, lines);
}

/**
 * What a lane gives text to: its marks' names, its name and total, its counts beyond the edges
 * (Lane.svelte, EdgeChip.svelte) and its chips' captions (drawLane.ts), each at most as wide as
 * it is drawn. A caption's width is an upper bound of its text, within its room before the next chip.
 */
export function laneTextBoxes(lane: LaneView, box: LaneBox, width: number, total: number): Box[] {
	const boxes: Box[] = [];
	for (const mark of lane.marks) {
		const name = nameBox(mark, box);
		if (name) boxes.push(name);
	}
	const title = `${TRACK_LABELS[lane.track]} ${total}`.toUpperCase();
	const titleX = laneNameX(lane.before.count);
	// Bold capitals with 0.02em between letters: axisLabelWidth bounds bold glyphs.
	const titleWidth = axisLabelWidth(title, LABEL_FONT_PX) + 0.02 * LABEL_FONT_PX * title.length;
	boxes.push(textBox(titleX, titleX + titleWidth, box.top + 14, LABEL_FONT_PX));
	for (const side of ['before', 'after'] as const) {
		const count = lane[side].count;
		if (count === 0) continue;
		const chip = edgeCount(side, count, width);
		// The chip's rectangle: 18 px tall around y = 10 in the lane.
		boxes.push({
			x0: chip.x - CLEARANCE,
			x1: chip.x + chip.width + CLEARANCE,
			y0: box.top + 1 - CLEARANCE,
			y1: box.top + 19 + CLEARANCE
		});
	}
	const chipRow = box.top + chipY(GEOMETRY, box.rows);
	lane.clusters.forEach((chip, i) => {
		if (!chip.caption) return;
		const x0 = chip.x1 + 4;
		const room = (lane.clusters[i + 1]?.x0 ?? width) - MARK_GAP;
		const text = axisLabelWidth(chip.caption, SMALL_FONT_PX);
		boxes.push(textBox(x0, Math.min(room, x0 + text), chipRow + 4, SMALL_FONT_PX));
	});
	return boxes;
}

/** Every box of text in the lanes of a scene. */
export function textBoxes(
	lanes: Record<Track, LaneView>,
	boxes: Record<Track, LaneBox>,
	width: number,
	totals: Record<Track, number>
): Box[] {
	return TRACKS.flatMap((t) => laneTextBoxes(lanes[t], boxes[t], width, totals[t]));
}

/** The cubic Bézier from `p0` to `p3` as a polyline with a point about every `step` px. */
export function cubicPolyline(p0: Point, p1: Point, p2: Point, p3: Point, step = 3): Point[] {
	// The control polygon is never shorter than the curve.
	const hull =
		Math.hypot(p1.x - p0.x, p1.y - p0.y) +
		Math.hypot(p2.x - p1.x, p2.y - p1.y) +
		Math.hypot(p3.x - p2.x, p3.y - p2.y);
	const n = Math.max(1, Math.ceil(hull / step));
	const points: Point[] = [];
	for (let i = 0; i <= n; i++) {
		const t = i / n;
		const u = 1 - t;
		const a = u * u * u;
		const b = 3 * u * u * t;
		const c = 3 * u * t * t;
		const d = t * t * t;
		points.push({
			x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
			y: a * p0.y + b * p1.y + c * p2.y + d * p3.y
		});
	}
	return points;
}

/**
 * The part of the segment a→b inside `box`, as parameters [t0, t1] along it (Liang–Barsky), or
 * null when it misses the box or only touches its edge.
 */
export function insideSpan(a: Point, b: Point, box: Box): [number, number] | null {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	let t0 = 0;
	let t1 = 1;
	const sides: [number, number][] = [
		[-dx, a.x - box.x0],
		[dx, box.x1 - a.x],
		[-dy, a.y - box.y0],
		[dy, box.y1 - a.y]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q <= 0) return null;
			continue;
		}
		const r = q / p;
		if (p < 0) t0 = Math.max(t0, r);
		else t1 = Math.min(t1, r);
		if (t0 >= t1) return null;
	}
	return [t0, t1];
}

const lerp = (a: Point, b: Point, t: number): Point => ({
	x: a.x + (b.x - a.x) * t,
	y: a.y + (b.y - a.y) * t
});

function length(piece: readonly Point[]): number {
	let sum = 0;
	for (let i = 1; i < piece.length; i++) {
		sum += Math.hypot(piece[i]!.x - piece[i - 1]!.x, piece[i]!.y - piece[i - 1]!.y);
	}
	return sum;
}

/**
 * The pieces of `line` that lie outside every box, each a polyline, in order along the line;
 * pieces shorter than `minPiece` px are left out.
 */
export function visiblePieces(
	line: readonly Point[],
	boxes: readonly Box[],
	minPiece = MIN_PIECE
): Point[][] {
	if (line.length < 2) return [];
	// Boxes by bands of height: a segment looks only at the boxes in the bands it crosses.
	const bands = new Map<number, Box[]>();
	for (const box of boxes) {
		for (let k = Math.floor(box.y0 / BAND_PX); k <= Math.floor(box.y1 / BAND_PX); k++) {
			const band = bands.get(k);
			if (band) band.push(box);
			else bands.set(k, [box]);
		}
	}
	const pieces: Point[][] = [];
	let piece: Point[] | null = null;
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		const near: Box[] = [];
		const [top, bottom] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
		for (let k = Math.floor(top / BAND_PX); k <= Math.floor(bottom / BAND_PX); k++) {
			for (const box of bands.get(k) ?? []) near.push(box);
		}
		const hidden: [number, number][] = [];
		for (const box of near) {
			if (Math.max(a.x, b.x) <= box.x0 || Math.min(a.x, b.x) >= box.x1) continue;
			if (Math.max(a.y, b.y) <= box.y0 || Math.min(a.y, b.y) >= box.y1) continue;
			const span = insideSpan(a, b, box);
			if (span) hidden.push(span);
		}
		if (hidden.length === 0) {
			// The whole segment shows: it carries on the piece before it, or starts one.
			if (piece) piece.push(b);
			else pieces.push((piece = [a, b]));
			continue;
		}
		hidden.sort((p, q) => p[0] - q[0]);
		// The visible stretches of this segment: what lies between the hidden spans.
		let t = 0;
		const shown: [number, number][] = [];
		for (const [h0, h1] of hidden) {
			if (h0 > t) shown.push([t, h0]);
			t = Math.max(t, h1);
		}
		if (t < 1) shown.push([t, 1]);
		for (const [s0, s1] of shown) {
			if (piece && s0 === 0) piece.push(lerp(a, b, s1));
			else {
				piece = [lerp(a, b, s0), lerp(a, b, s1)];
				pieces.push(piece);
			}
			if (s1 < 1) piece = null;
		}
		if (shown.length === 0 || shown.at(-1)![1] < 1) piece = null;
	}
	return pieces.filter((p) => length(p) >= minPiece);
}

/** Pieces as the `d` of one SVG path: a move to each piece's start, lines along it. */
export function piecesPath(pieces: readonly (readonly Point[])[]): string {
	const r = (v: number) => Math.round(v * 10) / 10;
	return pieces
		.map((piece) => piece.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)},${r(p.y)}`).join(''))
		.join('');
}
