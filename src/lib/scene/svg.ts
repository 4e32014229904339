/**
 * A scene as a standalone SVG string: the picture the export menu saves and the link previews
 * are drawn from. It draws what the chart draws at rest (the axis with its lens bands, the lanes
 * with their counts, marks, names as cut, chips, density and the statement markers) with every
 * colour and size written as an attribute, so it needs no stylesheet, loads no font and looks the
 * same in a browser, an editor or a renderer such as resvg. No DOM: a string is built and returned.
 */
import { PLATE_OPACITY, namePlate } from '../layout/labels';
import { edgeCount, laneNameX } from './laneHeader';
import { chipY, markY } from '../layout/laneGeometry';
import type { DensityChip, LaidOutChip, LaidOutMark, LaneView } from '../layout/timeline';
import { TRACKS, type Track } from '../model/event';
import { TRACK_LABELS } from '../model/labels';
import {
	AXIS_LABELS,
	LABEL_GAP,
	axisLabelWidth,
	clearOfBreaks,
	clearOfMajorLabels
} from '../scales/ticks';
import type { StatementSummary } from '../statements/statement';
import { fromTime } from '../time/extent';
import { formatWhen } from '../time/format';
import { glyphPath, hasSoftEnds, isFilled, outcomeBadgePath } from './glyphs';
import { LEGEND_OUTCOMES, LEGEND_SHAPES, LEGEND_STYLES } from './legend';
import { statementMarkers } from './markers';
import type { ScenePalette } from './palette';
import { GEOMETRY, LANES_TOP, MARKER_HEIGHT, NAME_LINE_PX, type Scene } from './scene';

export interface SceneSvgOptions {
	statements: readonly StatementSummary[];
	/** Each track's events in the whole set, shown beside the lane's name. */
	totals: Record<Track, number>;
	palette: ScenePalette;
	/** With a title, the chart is framed: the title and `lines` above it, a legend and `sources` below. */
	title?: string;
	lines?: readonly string[];
	sources?: string;
}

export interface SceneSvg {
	svg: string;
	width: number;
	height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The caption's rows: the title's, then one per line, above the chart; the legend's below. */
const TITLE_ROW = 28;
const LINE_ROW = 18;
const FOOTER_HEIGHT = 82;

/** Text made safe for an XML text node or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

type Attributes = Record<string, string | number | null | undefined>;

/** An element's markup; null and undefined attributes are left out, numbers kept to 0.01 px. */
function el(tag: string, attributes: Attributes, content = ''): string {
	let open = `<${tag}`;
	for (const [name, value] of Object.entries(attributes)) {
		if (value === null || value === undefined) continue;
		const text = typeof value === 'number' ? String(round(value)) : value;
		open += ` ${name}="${escapeXml(text)}"`;
	}
	return content === '' && tag !== 'text' ? `${open}/>` : `${open}>${content}</${tag}>`;
}

const round = (value: number) => Math.round(value * 100) / 100;

function font(size: number, weight = 400, style = 'normal'): Attributes {
	return {
		'font-size': size,
		'font-weight': weight === 400 ? null : weight,
		'font-style': style === 'normal' ? null : style
	};
}

function textEl(x: number, y: number, content: string, attributes: Attributes): string {
	return el('text', { x, y, ...attributes }, escapeXml(content));
}

function gradients(p: ScenePalette): string {
	return TRACKS.map((track) => {
		const colour = p.track[track].colour;
		const stops = [
			[0, 0.08],
			[0.25, 0.5],
			[0.75, 0.5],
			[1, 0.08]
		]
			.map(([offset, opacity]) =>
				el('stop', { offset, 'stop-color': colour, 'stop-opacity': opacity })
			)
			.join('');
		return el('linearGradient', { id: `soft-${track}` }, stops);
	}).join('');
}

function axis(scene: Scene, p: ScenePalette): string {
	const { height } = scene;
	const ticks = clearOfBreaks(scene.ticks, scene.lens.bands);
	const plotTop = LANES_TOP - MARKER_HEIGHT;
	const { major, context } = AXIS_LABELS;
	let out = '';
	for (const band of scene.lens.bands) {
		const note = `${formatWhen(fromTime(band.from), null, 'day')}: one day, drawn wide`;
		const half = axisLabelWidth(note, major.fontPx) / 2;
		const centre = (band.x0 + band.x1) / 2;
		const fits =
			2 * (half + LABEL_GAP) <= band.x1 - band.x0 &&
			clearOfMajorLabels(ticks.major, centre - half, centre + half);
		out += el(
			'g',
			{ 'data-lens-day': fromTime(band.from) },
			el('rect', {
				x: band.x0,
				y: plotTop - 6,
				width: band.x1 - band.x0,
				height: height - plotTop + 6,
				fill: p.link,
				'fill-opacity': 0.06
			}) +
				el('path', {
					d: `M${round(band.x0)},${plotTop - 14} l-3,4 l6,4 l-3,4 M${round(band.x1)},${plotTop - 14} l-3,4 l6,4 l-3,4`,
					fill: 'none',
					stroke: p.muted,
					'stroke-width': 1.2
				}) +
				(fits
					? textEl(centre, plotTop - 10, note, {
							...font(major.fontPx, 400, 'italic'),
							fill: p.text,
							'text-anchor': 'middle',
							'data-axis-label': 'lens'
						})
					: '')
		);
	}
	for (const tick of ticks.context) {
		out += el('line', { x1: tick.x, x2: tick.x, y1: 4, y2: height, stroke: p.rule });
		if (tick.label !== null)
			out += textEl(tick.x + context.dx, 14, tick.label, {
				...font(context.fontPx, 600),
				fill: p.text,
				'data-axis-label': 'context'
			});
	}
	for (const tick of ticks.major) {
		out += el('line', { x1: tick.x, x2: tick.x, y1: plotTop - 6, y2: height, stroke: p.grid });
		if (tick.label !== null)
			out += textEl(tick.x + major.dx, plotTop - 10, tick.label, {
				...font(major.fontPx),
				fill: p.muted,
				'data-axis-label': 'major'
			});
	}
	return el('g', { 'data-axis': '' }, out);
}

function edgeChips(lane: LaneView, width: number, p: ScenePalette): string {
	let out = '';
	for (const side of ['before', 'after'] as const) {
		const count = lane[side].count;
		if (count === 0) continue;
		const { text, x, width: chipWidth } = edgeCount(side, count, width);
		const colour = p.track[lane.track].text;
		out += el(
			'g',
			{ transform: `translate(${round(x)},10)`, 'data-edge': side, 'data-count': count },
			el('rect', {
				width: chipWidth,
				height: 18,
				y: -9,
				rx: 4,
				fill: p.surface,
				stroke: colour
			}) +
				textEl(chipWidth / 2, 4, text, {
					...font(11, 600),
					fill: colour,
					'text-anchor': 'middle'
				})
		);
	}
	return out;
}

function mark(m: LaidOutMark, y: number, p: ScenePalette): string {
	const { event } = m;
	const colours = p.track[event.track];
	const width = m.x1 - m.x0;
	const glyphX = m.isBar ? Math.min(6, width / 2) : width / 2;
	let out = '';
	if (m.isBar) {
		const soft = hasSoftEnds(event.precision);
		const planned = event.status === 'planned' || event.status === 'target';
		out += el('rect', {
			x: 0,
			y: -4,
			width,
			height: 8,
			rx: 2,
			fill: soft ? `url(#soft-${event.track})` : colours.colour,
			'fill-opacity': soft ? null : 0.55,
			stroke: planned ? colours.colour : null,
			'stroke-dasharray': planned ? '3 2' : null
		});
	}
	const plate = namePlate(m);
	if (plate) {
		out += el('rect', {
			x: round(plate[0] - m.x0),
			y: -5,
			width: round(plate[1] - plate[0]),
			height: 10,
			fill: p.laneFill,
			'fill-opacity': PLATE_OPACITY
		});
	}
	out += el('path', {
		d: glyphPath(event.kind, m.isBar ? 0.55 : 1),
		transform: `translate(${round(glyphX)},0)`,
		fill: isFilled(event.status) ? colours.colour : p.surface,
		stroke: colours.text,
		'stroke-width': 1.75
	});
	if (event.outcome) {
		const result = event.outcome.result;
		const badge = p.outcome[result];
		const silent = result === 'not-mentioned';
		out += el(
			'g',
			{ transform: `translate(${round(glyphX + 8)},-8)`, 'data-outcome-badge': result },
			el('circle', {
				r: 5.5,
				fill: badge.fill,
				stroke: silent ? p.muted : p.surface,
				'stroke-width': silent ? 1.2 : 1
			}) +
				(silent
					? ''
					: el('path', {
							d: outcomeBadgePath(result),
							transform: 'scale(0.6)',
							fill: 'none',
							stroke: badge.stroke,
							'stroke-width': 2.2,
							'stroke-linecap': 'round',
							'stroke-linejoin': 'round'
						}))
		);
	}
	if (m.label) {
		const x = round(m.label.x - m.x0);
		out += el(
			'text',
			{
				x,
				y: 4,
				...font(m.isBar ? 11 : 12),
				fill: p.text,
				// A bar's name may lie over the bar itself.
				...(m.isBar ? { stroke: p.laneFill, 'stroke-width': 3, 'paint-order': 'stroke' } : {}),
				'data-label-for': event.id
			},
			m.lines.length === 1
				? escapeXml(m.name)
				: m.lines
						.map((line, i) =>
							el(
								'tspan',
								{ x, dy: i === 0 ? 0 : NAME_LINE_PX },
								escapeXml(line + (i < m.lines.length - 1 ? ' ' : ''))
							)
						)
						.join('')
		);
	}
	return el(
		'g',
		{ transform: `translate(${round(m.x0)},${round(y)})`, 'data-event-id': event.id },
		out
	);
}

function cluster(chip: LaidOutChip, y: number, track: Track, p: ScenePalette): string {
	const width = chip.x1 - chip.x0;
	const colours = p.track[track];
	return el(
		'g',
		{
			transform: `translate(${round(chip.x0)},${round(y)})`,
			'data-cluster': chip.key,
			'data-count': chip.count
		},
		el('rect', {
			x: 0,
			y: -9,
			width,
			height: 18,
			rx: 9,
			fill: colours.colour,
			stroke: colours.text
		}) +
			textEl(width / 2, 4, `${chip.count} ▾`, {
				...font(11, 700),
				fill: p.onTrackText,
				stroke: colours.text,
				'stroke-width': 2,
				'paint-order': 'stroke',
				'text-anchor': 'middle'
			}) +
			(chip.caption
				? textEl(width + 4, 4, chip.caption, {
						...font(11, 400, 'italic'),
						fill: p.muted,
						'data-chip-caption': ''
					})
				: '')
	);
}

function densityChip(chip: DensityChip, y: number, track: Track, p: ScenePalette): string {
	const width = chip.x1 - chip.x0;
	const colour = p.track[track].text;
	const label = chip.count >= 10_000 ? `${Math.round(chip.count / 1000)}k` : String(chip.count);
	return el(
		'g',
		{
			transform: `translate(${round(chip.x0)},${round(y)})`,
			'data-cluster': chip.key,
			'data-count': chip.count
		},
		el('rect', { x: 0, y: -9, width, height: 18, rx: 4, fill: p.surface, stroke: colour }) +
			textEl(width / 2, 4, label, {
				...font(10, 700),
				fill: colour,
				'text-anchor': 'middle'
			})
	);
}

/** A dense lane's bins as strips, darker as they hold more (logarithmic, as on the page). */
function density(lane: LaneView, rowsTop: number, rowsBottom: number, p: ScenePalette): string {
	if (!lane.density) return '';
	const { bins, binWidth } = lane.density;
	let most = 1;
	for (const count of bins) most = Math.max(most, count);
	let out = '';
	bins.forEach((count, i) => {
		if (count === 0) return;
		out += el('rect', {
			x: i * binWidth,
			y: rowsTop,
			width: Math.max(1, binWidth - 0.5),
			height: rowsBottom - rowsTop,
			fill: p.track[lane.track].colour,
			'fill-opacity': 0.15 + (0.85 * Math.log1p(count)) / Math.log1p(most)
		});
	});
	return el('g', { 'data-density': '' }, out);
}

function lane(scene: Scene, track: Track, total: number, p: ScenePalette): string {
	const view = scene.lanes[track];
	const box = scene.boxes[track];
	const colours = p.track[track];
	const labelX = laneNameX(view.before.count);
	const rowsTop = markY(GEOMETRY, box.rows, 'bars', 0) - GEOMETRY.barRowHeight / 2;
	const rowsBottom = chipY(GEOMETRY, box.rows) - GEOMETRY.rowHeight / 2;
	const chipRow = chipY(GEOMETRY, box.rows);
	let items = '';
	for (const m of view.marks) items += mark(m, markY(GEOMETRY, box.rows, m.band, m.row), p);
	for (const chip of view.clusters) items += cluster(chip, chipRow, track, p);
	for (const chip of view.density?.chips ?? []) items += densityChip(chip, chipRow, track, p);
	return el(
		'g',
		{ transform: `translate(0,${round(box.top)})`, 'data-track': track },
		el('rect', {
			x: 0,
			y: 0,
			width: scene.width,
			height: box.height,
			fill: p.laneFill,
			stroke: p.grid
		}) +
			el(
				'text',
				{
					x: labelX,
					y: 14,
					...font(12, 700),
					'letter-spacing': 0.24,
					fill: colours.text
				},
				`${escapeXml(TRACK_LABELS[track].toUpperCase())} ${el(
					'tspan',
					{ 'font-weight': 400, fill: p.muted },
					String(total)
				)}`
			) +
			edgeChips(view, scene.width, p) +
			density(view, rowsTop, rowsBottom, p) +
			items
	);
}

function markers(scene: Scene, statements: readonly StatementSummary[], p: ScenePalette): string {
	const top = LANES_TOP - MARKER_HEIGHT;
	let out = '';
	for (const marker of statementMarkers(statements, scene.lens.x, scene.width, scene.lens.bands)) {
		if (marker.shade)
			out += el('rect', {
				x: marker.shade.x0,
				y: top,
				width: marker.shade.x1 - marker.shade.x0,
				height: scene.height - top,
				fill: p.link,
				'fill-opacity': 0.06
			});
		else if (!marker.widened)
			out += el('line', {
				x1: marker.x,
				x2: marker.x,
				y1: top,
				y2: scene.height,
				stroke: p.text,
				'stroke-width': 1.5,
				'stroke-dasharray': '4 3',
				'stroke-opacity': 0.6
			});
		out += textEl(marker.leftward ? marker.x - 4 : marker.x + 4, top + 11, marker.label, {
			...font(11, 600),
			fill: p.text,
			stroke: p.surface,
			'stroke-width': 3,
			'paint-order': 'stroke',
			'text-anchor': marker.leftward ? 'end' : 'start',
			'data-statement-marker': marker.slug
		});
	}
	return el('g', { 'data-statement-markers': '' }, out);
}

/**
 * The chart's elements in the scene's own coordinates (0,0 to width,height), with the gradients
 * and clip they use: to be placed in an `<svg>` of any size, scaled or framed as the picture wants.
 */
export function sceneMarkup(
	scene: Scene,
	options: Pick<SceneSvgOptions, 'statements' | 'totals' | 'palette'>
): string {
	const p = options.palette;
	const clip = el(
		'clipPath',
		{ id: 'plot-clip' },
		el('rect', { width: scene.width, height: scene.height })
	);
	let lanes = '';
	for (const track of TRACKS) lanes += lane(scene, track, options.totals[track], p);
	// The font is named once, here: every text of the chart inherits it.
	return el(
		'g',
		{ 'font-family': p.font },
		el('defs', {}, gradients(p) + clip) +
			el('rect', { width: scene.width, height: scene.height, fill: p.surface }) +
			axis(scene, p) +
			el('g', { 'clip-path': 'url(#plot-clip)' }, lanes + markers(scene, options.statements, p))
	);
}

function legend(top: number, p: ScenePalette): string {
	let out = '';
	// The first glyph's left half stays inside the picture.
	let x = 4;
	for (const { kinds, label } of LEGEND_SHAPES) {
		out += el('path', {
			d: glyphPath(kinds[0], 0.8),
			transform: `translate(${round(x + 6)},${top - 4})`,
			fill: p.muted,
			stroke: p.muted
		});
		out += textEl(x + 15, top, label, { ...font(11), fill: p.text });
		x += 24 + label.length * 6.4;
	}
	const muted = { ...font(11), fill: p.muted };
	out += textEl(0, top + 18, Object.values(LEGEND_STYLES).join(' · '), muted);
	out += textEl(
		0,
		top + 36,
		`Badges: ${LEGEND_OUTCOMES.map(({ label }) => label).join(' · ')}`,
		muted
	);
	return out;
}

/**
 * The scene as a standalone SVG document. With a title it is framed as a picture to keep: the
 * title and the lines that say which view it is above the chart, the legend and the sources below.
 */
export function sceneSvg(scene: Scene, options: SceneSvgOptions): SceneSvg {
	const p = options.palette;
	const { width } = scene;
	const chart = sceneMarkup(scene, options);
	if (options.title === undefined) {
		return { svg: svgDocument(width, scene.height, p, chart), width, height: scene.height };
	}
	const lines = options.lines ?? [];
	const headerHeight = TITLE_ROW + lines.length * LINE_ROW + 10;
	const height = headerHeight + scene.height + FOOTER_HEIGHT;
	const legendTop = headerHeight + scene.height + 20;
	const body =
		textEl(0, 20, options.title, { ...font(18, 700), fill: p.text }) +
		lines
			.map((line, i) => textEl(0, 42 + i * LINE_ROW, line, { ...font(12), fill: p.muted }))
			.join('') +
		el('g', { transform: `translate(0,${headerHeight})` }, chart) +
		legend(legendTop, p) +
		(options.sources
			? textEl(0, legendTop + 54, options.sources, { ...font(11), fill: p.muted })
			: '');
	return { svg: svgDocument(width, height, p, body), width, height };
}

function svgDocument(width: number, height: number, p: ScenePalette, body: string): string {
	return el(
		'svg',
		{
			xmlns: SVG_NS,
			width,
			'font-family': p.font,
			height,
			viewBox: `0 0 ${round(width)} ${round(height)}`
		},
		el('rect', { width: '100%', height: '100%', fill: p.surface }) + body
	);
}
