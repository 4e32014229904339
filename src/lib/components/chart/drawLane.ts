/**
 * Writes one lane's marks, chips and density chips into its SVG group in one keyed pass: an
 * element per item, made when the item enters the view, moved while it stays, removed when it
 * goes. No component and no reactive state per mark: a gesture's frame writes a transform per
 * item and little else, since every attribute is written only when its value changes.
 */
import { PLATE_OPACITY, namePlate } from '$lib/layout/labels';
import { densityKey, markKey } from '$lib/layout/focusOrder';
import { chipY, markY, type LaneBox } from '$lib/layout/laneGeometry';
import type { DensityChip, LaidOutChip, LaidOutMark, LaneView } from '$lib/layout/timeline';
import { GEOMETRY, NAME_LINE_PX } from '$lib/scene/scene';
import { fromTime } from '$lib/time/extent';
import { clusterChipName, densityChipName } from '../chipWords';
import { glyphPath, hasSoftEnds, isFilled, outcomeBadgePath } from '../glyphs';
import { markName } from '../markName';

const SVG = 'http://www.w3.org/2000/svg';

/** What the lane's items show beyond the scene: the open event, the open chip, the Tab stop. */
export interface LaneState {
	selectedId: string | null;
	openClusterKey: string | null;
	tabStopKey: string | null;
}

/** An item's element and the attribute values last written to it and its parts. */
interface Drawn {
	element: SVGGElement;
	written: Map<string, string | null>;
	parts: {
		hit?: SVGRectElement;
		bar?: SVGRectElement;
		plate?: SVGRectElement;
		glyph?: SVGPathElement;
		badge?: SVGGElement;
		ring?: SVGRectElement;
	};
	label?: SVGTextElement | null;
}

/** The elements of each lane group, by key, from one frame to the next. */
const drawnByGroup = new WeakMap<SVGGElement, Map<string, Drawn>>();

function set(drawn: Drawn, target: Element, name: string, value: string | null, part = '') {
	const key = `${part}|${name}`;
	if (drawn.written.get(key) === value) return;
	drawn.written.set(key, value);
	if (value === null) target.removeAttribute(name);
	else target.setAttribute(name, value);
}

function child<K extends keyof SVGElementTagNameMap>(
	parent: Element,
	tag: K,
	attributes: Record<string, string | number>
): SVGElementTagNameMap[K] {
	const element = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
	parent.appendChild(element);
	return element;
}

function createMark(mark: LaidOutMark): Drawn {
	const { event } = mark;
	const element = document.createElementNS(SVG, 'g');
	element.setAttribute('role', 'button');
	element.setAttribute('aria-label', markName(event));
	element.setAttribute('data-event-id', event.id);
	element.setAttribute('data-focus-key', markKey(event.id));
	return { element, written: new Map(), parts: {} };
}

/** A mark's parts are made once for its shape (a point, or a bar); a bar's width only moves them. */
function writeMarkParts(drawn: Drawn, mark: LaidOutMark) {
	const { event } = mark;
	const width = mark.x1 - mark.x0;
	const shape = mark.isBar ? 'bar' : 'point';
	if (drawn.written.get('shape') !== shape) {
		drawn.written.clear();
		drawn.written.set('shape', shape);
		const { element } = drawn;
		element.replaceChildren();
		drawn.label = null;
		drawn.parts = {};
		if (mark.isBar) {
			drawn.parts.hit = child(element, 'rect', { class: 'hit', y: -7, height: 14 });
			const soft = hasSoftEnds(event.precision);
			drawn.parts.bar = child(element, 'rect', {
				class: soft ? 'bar soft' : 'bar',
				x: 0,
				y: -4,
				height: 8,
				rx: 2
			});
			if (soft) drawn.parts.bar.style.fill = `url(#soft-${event.track})`;
			drawn.parts.plate = child(element, 'rect', {
				class: 'plate',
				y: -5,
				height: 10,
				'fill-opacity': PLATE_OPACITY
			});
		}
		drawn.parts.glyph = child(element, 'path', {
			class: 'glyph',
			d: glyphPath(event.kind, mark.isBar ? 0.55 : 1)
		});
		if (event.outcome) {
			drawn.parts.badge = child(element, 'g', {
				class: `outcome outcome-${event.outcome.result}`,
				'data-outcome-badge': event.outcome.result
			});
			child(drawn.parts.badge, 'circle', { r: 5.5 });
			child(drawn.parts.badge, 'path', {
				d: outcomeBadgePath(event.outcome.result),
				transform: 'scale(0.6)'
			});
		}
		drawn.parts.ring = child(element, 'rect', {
			class: 'focus-ring',
			x: -4,
			y: mark.isBar ? -7 : -11,
			height: mark.isBar ? 14 : 22,
			rx: 4
		});
	}
	const { parts } = drawn;
	const glyphX = round(mark.isBar ? Math.min(6, width / 2) : width / 2);
	if (parts.hit) {
		set(drawn, parts.hit, 'x', '-3', 'hit');
		set(drawn, parts.hit, 'width', String(round(width + 6)), 'hit');
	}
	if (parts.bar) set(drawn, parts.bar, 'width', String(round(width)), 'bar');
	if (parts.plate) {
		const plate = namePlate(mark);
		set(drawn, parts.plate, 'x', plate ? String(round(plate[0] - mark.x0)) : '0', 'plate');
		set(drawn, parts.plate, 'width', plate ? String(round(plate[1] - plate[0])) : '0', 'plate');
	}
	if (parts.glyph) set(drawn, parts.glyph, 'transform', `translate(${glyphX},0)`, 'glyph');
	if (parts.badge) set(drawn, parts.badge, 'transform', `translate(${glyphX + 8},-8)`, 'badge');
	if (parts.ring) set(drawn, parts.ring, 'width', String(round(width + 8)), 'ring');
	// The name: made, changed or removed on its own, as a gesture hides and shows names.
	if (mark.label) {
		let label = drawn.label;
		if (!label) {
			label = document.createElementNS(SVG, 'text');
			label.setAttribute('class', mark.isBar ? 'label small' : 'label');
			label.setAttribute('y', '4');
			label.setAttribute('data-label-for', event.id);
			drawn.label = label;
			drawn.written.delete('label|x');
			drawn.written.delete('label|text');
			drawn.element.appendChild(label);
		}
		const x = String(round(mark.label.x - mark.x0));
		let changed = drawn.written.get('label|x') !== x;
		set(drawn, label, 'x', x, 'label');
		const text = mark.lines.join('\n');
		if (drawn.written.get('label|text') !== text) {
			drawn.written.set('label|text', text);
			writeLines(label, mark.lines);
			changed = true;
		}
		// A second line starts under the first.
		if (changed) for (const line of label.children) line.setAttribute('x', x);
	} else if (drawn.label) {
		drawn.label.remove();
		drawn.label = null;
	}
}

/**
 * A name in one line is the text's own; in two, a line each, the first ending in the space
 * between them so the text reads as the name.
 */
function writeLines(label: SVGTextElement, lines: readonly string[]) {
	if (lines.length === 1) {
		label.textContent = lines[0] as string;
		return;
	}
	label.replaceChildren(
		...lines.map((line, i) => {
			const span = document.createElementNS(SVG, 'tspan');
			if (i > 0) span.setAttribute('dy', String(NAME_LINE_PX));
			span.textContent = i < lines.length - 1 ? `${line} ` : line;
			return span;
		})
	);
}

function writeMark(drawn: Drawn, mark: LaidOutMark, y: number, state: LaneState) {
	const { event } = mark;
	const { element } = drawn;
	writeMarkParts(drawn, mark);
	const selected = event.id === state.selectedId;
	const classes = ['mark'];
	if (selected) classes.push('selected');
	if (isFilled(event.status)) classes.push('filled');
	if (event.status === 'planned' || event.status === 'target') classes.push('planned');
	set(drawn, element, 'class', classes.join(' '));
	set(drawn, element, 'tabindex', state.tabStopKey === markKey(event.id) ? '0' : '-1');
	set(drawn, element, 'aria-current', selected ? 'true' : null);
	set(drawn, element, 'transform', `translate(${round(mark.x0)},${y})`);
}

function writeCluster(
	drawn: Drawn,
	chip: LaidOutChip,
	lane: LaneView,
	y: number,
	state: LaneState
) {
	const { element } = drawn;
	const width = chip.x1 - chip.x0;
	const selected = state.selectedId !== null && chip.ids.includes(state.selectedId);
	set(drawn, element, 'class', selected ? 'cluster selected' : 'cluster');
	set(drawn, element, 'tabindex', state.tabStopKey === chip.key ? '0' : '-1');
	set(drawn, element, 'aria-expanded', String(chip.key === state.openClusterKey));
	set(drawn, element, 'transform', `translate(${round(chip.x0)},${y})`);
	const content = `${width}|${chip.count}|${chip.caption ?? ''}`;
	if (drawn.written.get('content') === content) return;
	drawn.written.set('content', content);
	element.setAttribute('aria-label', clusterChipName(lane.track, chip.events, chip.caption));
	element.setAttribute('data-count', String(chip.count));
	element.setAttribute('data-cluster-ids', chip.ids.join(' '));
	element.replaceChildren();
	child(element, 'rect', { class: 'chip', x: 0, y: -9, width, height: 18, rx: 9 });
	child(element, 'text', { x: width / 2, y: 4, 'text-anchor': 'middle' }).textContent =
		`${chip.count} ▾`;
	if (chip.caption) {
		const caption = child(element, 'text', {
			class: 'caption',
			x: width + 4,
			y: 4,
			'data-chip-caption': ''
		});
		caption.textContent = chip.caption;
	}
	child(element, 'rect', {
		class: 'focus-ring',
		x: -3,
		y: -12,
		width: width + 6,
		height: 24,
		rx: 12
	});
}

function writeDensityChip(
	drawn: Drawn,
	chip: DensityChip,
	lane: LaneView,
	y: number,
	state: LaneState
) {
	const { element } = drawn;
	const key = densityKey(lane.track, chip.key);
	set(drawn, element, 'tabindex', state.tabStopKey === key ? '0' : '-1');
	set(drawn, element, 'transform', `translate(${round(chip.x0)},${y})`);
	const content = `${chip.x1 - chip.x0}|${chip.count}|${chip.from}|${chip.to}`;
	if (drawn.written.get('content') === content) return;
	drawn.written.set('content', content);
	const width = chip.x1 - chip.x0;
	const from = fromTime(chip.from);
	const to = fromTime(chip.to);
	element.setAttribute(
		'aria-label',
		densityChipName(lane.track, chip.count, from, fromTime(chip.to - 1))
	);
	element.setAttribute('data-count', String(chip.count));
	element.setAttribute('data-from', from);
	element.setAttribute('data-to', to);
	element.replaceChildren();
	child(element, 'rect', { class: 'chip', x: 0, y: -9, width, height: 18, rx: 4 });
	child(element, 'text', { x: width / 2, y: 4, 'text-anchor': 'middle' }).textContent =
		chip.count >= 10_000 ? `${Math.round(chip.count / 1000)}k` : String(chip.count);
	child(element, 'rect', {
		class: 'focus-ring',
		x: -3,
		y: -12,
		width: width + 6,
		height: 24,
		rx: 6
	});
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Brings `group` to draw `lane` in its `box`. With `ordered`, the items' elements are also put
 * in the lane's order (a screen reader reads them in it); while a gesture runs they only move.
 */
export function drawLane(
	group: SVGGElement,
	lane: LaneView,
	box: LaneBox,
	state: LaneState,
	ordered: boolean
): void {
	let drawn = drawnByGroup.get(group);
	if (!drawn) {
		drawn = new Map();
		drawnByGroup.set(group, drawn);
	}
	const seen = new Set<string>();
	const order: SVGGElement[] = [];
	const take = (key: string, make: () => Drawn): Drawn => {
		seen.add(key);
		let item = drawn.get(key);
		if (!item) {
			item = make();
			drawn.set(key, item);
			group.appendChild(item.element);
		}
		order.push(item.element);
		return item;
	};
	for (const mark of lane.marks) {
		const y = markY(GEOMETRY, box.rows, mark.band, mark.row);
		writeMark(
			take(`m:${mark.event.id}`, () => createMark(mark)),
			mark,
			y,
			state
		);
	}
	const chipRow = chipY(GEOMETRY, box.rows);
	for (const chip of lane.clusters) {
		const item = take(`c:${chip.key}`, () => {
			const element = document.createElementNS(SVG, 'g');
			element.setAttribute('role', 'button');
			element.setAttribute('aria-haspopup', 'dialog');
			element.setAttribute('data-cluster', chip.key);
			element.setAttribute('data-focus-key', chip.key);
			return { element, written: new Map(), parts: {} };
		});
		writeCluster(item, chip, lane, chipRow, state);
	}
	for (const chip of lane.density?.chips ?? []) {
		const item = take(`d:${chip.key}`, () => {
			const element = document.createElementNS(SVG, 'g');
			element.setAttribute('class', 'density-chip');
			element.setAttribute('role', 'button');
			element.setAttribute('data-cluster', chip.key);
			element.setAttribute('data-focus-key', densityKey(lane.track, chip.key));
			return { element, written: new Map(), parts: {} };
		});
		writeDensityChip(item, chip, lane, chipRow, state);
	}
	for (const [key, item] of drawn) {
		if (seen.has(key)) continue;
		item.element.remove();
		drawn.delete(key);
	}
	if (ordered) putInOrder(group, order);
}

/** Moves the elements that are out of order, keeping the focus on the one that has it. */
function putInOrder(group: SVGGElement, order: readonly SVGGElement[]) {
	const active = document.activeElement;
	let moved = false;
	let at = group.firstElementChild;
	for (const element of order) {
		if (at === element) {
			at = at.nextElementSibling;
			continue;
		}
		group.insertBefore(element, at);
		moved = true;
	}
	if (
		moved &&
		active instanceof SVGElement &&
		group.contains(active) &&
		document.activeElement !== active
	) {
		active.focus({ preventScroll: true });
	}
}
