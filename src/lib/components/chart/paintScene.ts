/**
 * Paints a scene on a 2D canvas: the frames of a gesture. While the view moves, the chart's SVG
 * stays as it was drawn at rest, covered by this canvas, so a frame costs one pass over the
 * items in view and no style, layout or hit testing of the SVG. It draws what the SVG draws (the
 * axis, the lens bands, the statement markers, the lanes, marks, names and chips) in the same
 * palette, read from the page's colours, so the canvas and the SVG look alike when they swap.
 */
import { PLATE_OPACITY, namePlate } from '$lib/layout/labels';
import { chipY, markY, type LaneBox } from '$lib/layout/laneGeometry';
import type { LaidOutChip, LaidOutMark, LaneView } from '$lib/layout/timeline';
import type { AxisTicks } from '$lib/scales/ticks';
import { breaksScale, type LensScale } from '$lib/scales/lens';
import { TRACKS, type Kind, type OutcomeResult, type Track } from '$lib/model/event';
import { TRACK_LABELS } from '$lib/model/labels';
import {
	AXIS_LABELS,
	BREAK_HALF_WIDTH,
	LABEL_GAP,
	axisLabelWidth,
	clearOfBreaks,
	clearOfMajorLabels
} from '$lib/scales/ticks';
import { statementMarkers } from '$lib/scene/markers';
import { edgeCount, laneNameX } from '$lib/scene/laneHeader';
import { GEOMETRY, LANES_TOP, MARKER_HEIGHT, NAME_LINE_PX, type Scene } from '$lib/scene/scene';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
import type { StatementSummary } from '$lib/statements/statement';
import { fromTime } from '$lib/time/extent';
import { formatWhen } from '$lib/time/format';
import type { ScenePalette } from '$lib/scene/palette';
import { glyphPath, hasSoftEnds, isFilled, outcomeBadgePath, type GlyphScale } from '../glyphs';

/** The page's colours, as the SVG's CSS variables give them in the current theme. */
export type Palette = ScenePalette;

export function readPalette(element: Element): Palette {
	const style = getComputedStyle(element);
	const v = (name: string) => style.getPropertyValue(`--${name}`).trim();
	return {
		font: style.fontFamily,
		surface: v('surface'),
		text: v('text'),
		muted: v('muted'),
		rule: v('rule'),
		grid: v('grid'),
		link: v('link'),
		laneFill: v('lane-fill'),
		onTrackText: v('on-track-text'),
		track: Object.fromEntries(
			TRACKS.map((t) => [t, { colour: v(t), text: v(`${t}-text`) }])
		) as Palette['track'],
		outcome: {
			done: { fill: v('outcome-done'), stroke: v('outcome-done-text') },
			expanded: { fill: v('outcome-expanded'), stroke: v('outcome-expanded-text') },
			continued: { fill: v('outcome-continued'), stroke: v('outcome-continued-text') },
			'not-mentioned': { fill: v('surface'), stroke: v('muted') }
		}
	};
}

/** What painting needs of a mark's event: a record small enough to post to a worker per frame. */
type PaintedEvent = Pick<LaidOutMark['event'], 'track' | 'kind' | 'status' | 'precision'> & {
	outcome: { result: OutcomeResult } | null;
};
type PaintedMark = Omit<LaidOutMark, 'event'> & { event: PaintedEvent };
type PaintedLane = Pick<LaneView, 'track' | 'density'> & {
	marks: PaintedMark[];
	clusters: Pick<LaidOutChip, 'x0' | 'x1' | 'count' | 'caption'>[];
	before: { count: number };
	after: { count: number };
};

/** A scene as painting reads it: plain data, with the scale as its corners. */
export interface PaintedScene {
	width: number;
	height: number;
	lens: Pick<LensScale, 'bands' | 'breaks'>;
	ticks: AxisTicks;
	boxes: Record<Track, LaneBox>;
	lanes: Record<Track, PaintedLane>;
}

// Made once per event and reused by every frame that posts it.
const paintedEvents = new WeakMap<LaidOutMark['event'], PaintedEvent>();
function paintedEvent(event: LaidOutMark['event']): PaintedEvent {
	let painted = paintedEvents.get(event);
	if (!painted) {
		const { track, kind, status, precision, outcome } = event;
		painted = { track, kind, status, precision, outcome: outcome && { result: outcome.result } };
		paintedEvents.set(event, painted);
	}
	return painted;
}

/** The parts of `scene` that painting reads, and nothing else: no events' words, no functions. */
export function paintedScene(scene: Scene): PaintedScene {
	const lanes = {} as Record<Track, PaintedLane>;
	for (const track of TRACKS) {
		const lane = scene.lanes[track];
		lanes[track] = {
			track,
			density: lane.density,
			before: { count: lane.before.count },
			after: { count: lane.after.count },
			clusters: lane.clusters.map(({ x0, x1, count, caption }) => ({ x0, x1, count, caption })),
			marks: lane.marks.map((mark) => ({ ...mark, event: paintedEvent(mark.event) }))
		};
	}
	const { width, height, ticks, boxes } = scene;
	return {
		width,
		height,
		ticks,
		boxes,
		lanes,
		lens: { bands: scene.lens.bands, breaks: scene.lens.breaks }
	};
}

// Path2D objects are made once for each shape: a handful of kinds, scales and badges.
const shapes = new Map<string, Path2D>();
function shape(d: string): Path2D {
	let path = shapes.get(d);
	if (!path) {
		path = new Path2D(d);
		shapes.set(d, path);
	}
	return path;
}
const glyph = (kind: Kind, scale: GlyphScale) => shape(glyphPath(kind, scale));

function roundedRect(c: Context2D, x: number, y: number, w: number, h: number, r: number) {
	c.beginPath();
	c.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
}

function paintMark(c: Context2D, mark: PaintedMark, y: number, p: Palette) {
	const { event } = mark;
	const colours = p.track[event.track];
	const width = mark.x1 - mark.x0;
	const glyphX = mark.x0 + (mark.isBar ? Math.min(6, width / 2) : width / 2);
	if (mark.isBar) {
		const soft = hasSoftEnds(event.precision);
		if (soft) {
			const gradient = c.createLinearGradient(mark.x0, 0, mark.x1, 0);
			gradient.addColorStop(0, withAlpha(colours.colour, 0.08));
			gradient.addColorStop(0.25, withAlpha(colours.colour, 0.5));
			gradient.addColorStop(0.75, withAlpha(colours.colour, 0.5));
			gradient.addColorStop(1, withAlpha(colours.colour, 0.08));
			c.fillStyle = gradient;
		} else c.fillStyle = withAlpha(colours.colour, 0.55);
		roundedRect(c, mark.x0, y - 4, width, 8, 2);
		c.fill();
		if (event.status === 'planned' || event.status === 'target') {
			c.setLineDash([3, 2]);
			c.strokeStyle = colours.colour;
			c.lineWidth = 1;
			c.stroke();
			c.setLineDash([]);
		}
	}
	c.save();
	c.translate(glyphX, y);
	const path = glyph(event.kind, mark.isBar ? 0.55 : 1);
	c.fillStyle = isFilled(event.status) ? colours.colour : p.surface;
	c.fill(path);
	c.strokeStyle = colours.text;
	c.lineWidth = 1.75;
	c.stroke(path);
	if (event.outcome) {
		const badge = p.outcome[event.outcome.result];
		c.translate(8, -8);
		c.beginPath();
		c.arc(0, 0, 5.5, 0, 2 * Math.PI);
		c.fillStyle = badge.fill;
		c.fill();
		c.strokeStyle = event.outcome.result === 'not-mentioned' ? p.muted : p.surface;
		c.lineWidth = event.outcome.result === 'not-mentioned' ? 1.2 : 1;
		c.stroke();
		if (event.outcome.result !== 'not-mentioned') {
			c.scale(0.6, 0.6);
			c.strokeStyle = badge.stroke;
			c.lineWidth = 2.2;
			c.lineCap = 'round';
			c.lineJoin = 'round';
			c.stroke(shape(outcomeBadgePath(event.outcome.result)));
		}
	}
	c.restore();
	const plate = namePlate(mark);
	if (plate) {
		c.fillStyle = withAlpha(p.laneFill, PLATE_OPACITY);
		c.fillRect(plate[0], y - 5, plate[1] - plate[0], 10);
	}
	if (mark.label) {
		c.font = `${mark.isBar ? 11 : 12}px ${p.font}`;
		c.fillStyle = p.text;
		if (mark.isBar) {
			// A bar's name may lie over the bar itself.
			c.strokeStyle = p.laneFill;
			c.lineWidth = 3;
			c.lineJoin = 'round';
			c.strokeText(mark.name, mark.label.x, y + 4);
		}
		mark.lines.forEach((line, i) => c.fillText(line, mark.label!.x, y + 4 + i * NAME_LINE_PX));
	}
}

function paintLane(
	c: Context2D,
	lane: PaintedLane,
	top: number,
	height: number,
	width: number,
	total: number,
	p: Palette
) {
	const colours = p.track[lane.track];
	c.fillStyle = p.laneFill;
	c.fillRect(0, top, width, height);
	c.strokeStyle = p.grid;
	c.lineWidth = 1;
	c.strokeRect(0.5, top + 0.5, width - 1, height - 1);
	const labelX = laneNameX(lane.before.count);
	c.font = `700 12px ${p.font}`;
	c.fillStyle = colours.text;
	const name = TRACK_LABELS[lane.track].toUpperCase();
	c.fillText(name, labelX, top + 14);
	const countX = labelX + c.measureText(`${name} `).width + name.length * 0.24;
	c.font = `12px ${p.font}`;
	c.fillStyle = p.muted;
	c.fillText(String(total), countX, top + 14);
	for (const side of ['before', 'after'] as const) {
		const count = lane[side].count;
		if (count === 0) continue;
		const { text, x, width: chipWidth } = edgeCount(side, count, width);
		roundedRect(c, x, top + 1, chipWidth, 18, 4);
		c.fillStyle = p.surface;
		c.fill();
		c.strokeStyle = colours.text;
		c.stroke();
		c.font = `600 11px ${p.font}`;
		c.fillStyle = colours.text;
		c.textAlign = 'center';
		c.fillText(text, x + chipWidth / 2, top + 14);
		c.textAlign = 'start';
	}
}

function paintChips(c: Context2D, lane: PaintedLane, y: number, p: Palette) {
	const colours = p.track[lane.track];
	for (const chip of lane.clusters) {
		const width = chip.x1 - chip.x0;
		roundedRect(c, chip.x0, y - 9, width, 18, 9);
		c.fillStyle = colours.colour;
		c.fill();
		c.strokeStyle = colours.text;
		c.lineWidth = 1;
		c.stroke();
		c.font = `700 11px ${p.font}`;
		c.textAlign = 'center';
		c.lineWidth = 2;
		c.strokeText(`${chip.count} ▾`, chip.x0 + width / 2, y + 4);
		c.fillStyle = p.onTrackText;
		c.fillText(`${chip.count} ▾`, chip.x0 + width / 2, y + 4);
		c.textAlign = 'start';
		if (chip.caption) {
			c.font = `italic 11px ${p.font}`;
			c.fillStyle = p.muted;
			c.fillText(chip.caption, chip.x1 + 4, y + 4);
		}
	}
	for (const chip of lane.density?.chips ?? []) {
		const width = chip.x1 - chip.x0;
		roundedRect(c, chip.x0, y - 9, width, 18, 4);
		c.fillStyle = p.surface;
		c.fill();
		c.strokeStyle = colours.text;
		c.lineWidth = 1;
		c.stroke();
		c.font = `700 10px ${p.font}`;
		c.fillStyle = colours.text;
		c.textAlign = 'center';
		const label = chip.count >= 10_000 ? `${Math.round(chip.count / 1000)}k` : String(chip.count);
		c.fillText(label, chip.x0 + width / 2, y + 4);
		c.textAlign = 'start';
	}
}

function paintDensity(
	c: Context2D,
	lane: PaintedLane,
	top: number,
	rowsTop: number,
	rowsBottom: number,
	p: Palette
) {
	const density = lane.density;
	if (!density) return;
	let most = 1;
	for (const count of density.bins) most = Math.max(most, count);
	c.fillStyle = p.track[lane.track].colour;
	for (let i = 0; i < density.bins.length; i++) {
		const count = density.bins[i] as number;
		if (count === 0) continue;
		// Logarithmic, as DensityCanvas draws it at rest.
		c.globalAlpha = 0.15 + (0.85 * Math.log1p(count)) / Math.log1p(most);
		c.fillRect(
			i * density.binWidth,
			top + rowsTop,
			Math.max(1, density.binWidth - 0.5),
			rowsBottom - rowsTop
		);
	}
	c.globalAlpha = 1;
}

function paintAxis(c: Context2D, scene: PaintedScene, p: Palette) {
	const { height } = scene;
	const ticks = clearOfBreaks(scene.ticks, scene.lens.bands);
	const plotTop = LANES_TOP - MARKER_HEIGHT;
	const { major, context } = AXIS_LABELS;
	for (const band of scene.lens.bands) {
		c.fillStyle = withAlpha(p.link, 0.06);
		c.fillRect(band.x0, plotTop - 6, band.x1 - band.x0, height - plotTop + 6);
		c.strokeStyle = p.muted;
		c.lineWidth = 1.2;
		c.beginPath();
		for (const x of [band.x0, band.x1]) {
			c.moveTo(x, plotTop - 14);
			c.lineTo(x - BREAK_HALF_WIDTH, plotTop - 10);
			c.lineTo(x + BREAK_HALF_WIDTH, plotTop - 6);
			c.lineTo(x, plotTop - 2);
		}
		c.stroke();
		const note = `${formatWhen(fromTime(band.from), null, 'day')}: one day, drawn wide`;
		const half = axisLabelWidth(note, major.fontPx) / 2;
		const centre = (band.x0 + band.x1) / 2;
		if (
			2 * (half + LABEL_GAP) <= band.x1 - band.x0 &&
			clearOfMajorLabels(ticks.major, centre - half, centre + half)
		) {
			c.font = `italic ${major.fontPx}px ${p.font}`;
			c.fillStyle = p.text;
			c.textAlign = 'center';
			c.fillText(note, centre, plotTop - 10);
			c.textAlign = 'start';
		}
	}
	c.lineWidth = 1;
	c.strokeStyle = p.rule;
	c.beginPath();
	for (const tick of ticks.context) {
		c.moveTo(Math.round(tick.x) + 0.5, 4);
		c.lineTo(Math.round(tick.x) + 0.5, height);
	}
	c.stroke();
	c.font = `600 ${context.fontPx}px ${p.font}`;
	c.fillStyle = p.text;
	for (const tick of ticks.context) if (tick.label) c.fillText(tick.label, tick.x + context.dx, 14);
	c.strokeStyle = p.grid;
	c.beginPath();
	for (const tick of ticks.major) {
		c.moveTo(Math.round(tick.x) + 0.5, plotTop - 6);
		c.lineTo(Math.round(tick.x) + 0.5, height);
	}
	c.stroke();
	c.font = `${major.fontPx}px ${p.font}`;
	c.fillStyle = p.muted;
	for (const tick of ticks.major)
		if (tick.label) c.fillText(tick.label, tick.x + major.dx, plotTop - 10);
}

function paintStatementMarkers(
	c: Context2D,
	scene: PaintedScene,
	statements: readonly StatementSummary[],
	p: Palette
) {
	const top = LANES_TOP - MARKER_HEIGHT;
	for (const marker of statementMarkers(
		statements,
		breaksScale(scene.lens.breaks),
		scene.width,
		scene.lens.bands
	)) {
		if (marker.shade) {
			c.fillStyle = withAlpha(p.link, 0.06);
			c.fillRect(marker.shade.x0, top, marker.shade.x1 - marker.shade.x0, scene.height - top);
		} else if (!marker.widened) {
			c.save();
			c.globalAlpha = 0.6;
			c.setLineDash([4, 3]);
			c.strokeStyle = p.text;
			c.lineWidth = 1.5;
			c.beginPath();
			c.moveTo(marker.x, top);
			c.lineTo(marker.x, scene.height);
			c.stroke();
			c.restore();
		}
		c.font = `600 11px ${p.font}`;
		c.textAlign = marker.leftward ? 'end' : 'start';
		const x = marker.leftward ? marker.x - 4 : marker.x + 4;
		c.lineWidth = 3;
		c.strokeStyle = p.surface;
		c.strokeText(marker.label, x, top + 11);
		c.fillStyle = p.text;
		c.fillText(marker.label, x, top + 11);
		c.textAlign = 'start';
	}
}

/**
 * Paints the plot of `scene` on `canvas`, at the screen's pixel ratio: the rows from `top` (px
 * from the plot's top) down as far as the canvas reaches, the part on screen, since every pixel
 * of the canvas is handed to the compositor at each frame.
 */
export function paintScene(
	canvas: HTMLCanvasElement | OffscreenCanvas,
	scene: PaintedScene,
	palette: Palette,
	statements: readonly StatementSummary[],
	totals: Record<Track, number>,
	top = 0
): void {
	const c = canvas.getContext('2d');
	if (!c) return;
	const ratio = canvas.width / Math.max(1, scene.width);
	const bottom = top + canvas.height / ratio;
	c.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
	c.fillStyle = palette.surface;
	c.fillRect(0, top, scene.width, bottom - top);
	c.textBaseline = 'alphabetic';
	// In the SVG's order: the axis under the lanes, whose bands cover its lines.
	paintAxis(c, scene, palette);
	for (const track of TRACKS) {
		const box = scene.boxes[track];
		paintLane(c, scene.lanes[track], box.top, box.height, scene.width, totals[track], palette);
	}
	const from = top;
	c.save();
	c.beginPath();
	c.rect(0, 0, scene.width, scene.height);
	c.clip();
	for (const track of TRACKS) {
		const lane = scene.lanes[track];
		const { top: laneTop, rows } = scene.boxes[track];
		const rowsTop = markY(GEOMETRY, rows, 'bars', 0) - GEOMETRY.barRowHeight / 2;
		const rowsBottom = chipY(GEOMETRY, rows) - GEOMETRY.rowHeight / 2;
		paintDensity(c, lane, laneTop, rowsTop, rowsBottom, palette);
		const box = scene.boxes[track];
		if (box.top > bottom || box.top + box.height < from) continue;
		for (const mark of lane.marks) {
			if (mark.x1 < -320 || mark.x0 > scene.width) continue;
			paintMark(c, mark, laneTop + markY(GEOMETRY, rows, mark.band, mark.row), palette);
		}
		paintChips(c, lane, laneTop + chipY(GEOMETRY, rows), palette);
	}
	paintStatementMarkers(c, scene, statements, palette);
	c.restore();
}

/** `colour` (hex or rgb) at an opacity, as a CSS colour the canvas takes. */
function withAlpha(colour: string, alpha: number): string {
	const hex = /^#([0-9a-f]{6})$/i.exec(colour);
	if (hex) {
		const n = parseInt(hex[1] as string, 16);
		return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
	}
	const rgb = /^rgba?\(([^)]+)\)$/.exec(colour);
	if (rgb) {
		const [r, g, b] = (rgb[1] as string).split(',').map((part) => part.trim());
		return `rgba(${r}, ${g}, ${b}, ${alpha})`;
	}
	return colour;
}
