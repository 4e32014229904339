/**
 * Everything the chart draws for one window and size, worked out without a DOM: the scale (with
 * its lens over crowded days), each lane's marks in rows with their names as cut, chips, density,
 * counts beyond the edges, the lanes' heights and the axis. One function makes it when the view
 * rests (`scene`); while a gesture runs, `moveScene` carries the last one to the new window by
 * arithmetic alone, so a frame costs what its items in view cost.
 */
import { crowdedDays, type CrowdedDay } from '../layout/crowdedDays';
import { lanesBottom, stackLanes, type LaneBox, type LaneGeometry } from '../layout/laneGeometry';
import { countVisible, type TimeIndex } from '../layout/timeIndex';
import {
	DEFAULT_DETAIL_LIMIT,
	indexTracks,
	laneDensity,
	layoutTimeline,
	type LaidOutMark,
	type LaneView
} from '../layout/timeline';
import { TRACKS, type AllianceEvent, type Track } from '../model/event';
import { lensScale, type LensScale } from '../scales/lens';
import { axisTicks, type AxisTicks } from '../scales/ticks';
import type { TimeWindow } from '../time/extent';
import type { TextMetrics } from '../layout/textMetrics';

export const GEOMETRY: LaneGeometry = { header: 22, barRowHeight: 16, rowHeight: 22 };
/** The axis's two rows of labels, then the row of statement markers, above the lanes. */
export const AXIS_HEIGHT = 42;
export const MARKER_HEIGHT = 18;
export const LANES_TOP = AXIS_HEIGHT + MARKER_HEIGHT;
export const LABEL_FONT_PX = 12;
/** From a name's first line to its second, px. */
export const NAME_LINE_PX = 13;
export const MARK_RADIUS = 7;
export const MARK_GAP = 4;
export const CHIP_WIDTH = 40;
/** Under this width the chart is laid out for a phone: narrower columns, fewer rows. */
export const NARROW_PX = 600;
/** A day holding this many events known to the day is crowded, and widened by the lens. */
const CROWDED_DAY_EVENTS = 8;
const BAR_ROWS = 3;
// Zoomed to a few days (a statement day and its neighbours) every event gets its row and name.
const FEW_DAYS_MS = 10 * 86_400_000;
/**
 * Widened days take at most this share of the width together: the rest of the window keeps
 * more than half of it, so the chart still reads as a timeline.
 */
const LENS_SHARE = 0.45;
// On a phone a column is barely wide enough for a name: the days take more of the width
// together, but no one day more than half of it.
const PHONE_LENS_SHARE = 0.85;
const PHONE_LENS_DAY_SHARE = 0.53;

/** The events as the chart reads them: indexed by track and time once per set of events. */
export interface EventTable {
	events: readonly AllianceEvent[];
	indexes: Record<Track, TimeIndex>;
	totals: Record<Track, number>;
	/** Crowded days per column width and rows, worked out once for each. */
	crowded: Map<string, CrowdedDay[]>;
}

export function eventTable(events: readonly AllianceEvent[]): EventTable {
	const totals = Object.fromEntries(TRACKS.map((t) => [t, 0])) as Record<Track, number>;
	for (const event of events) totals[event.track] += 1;
	return { events, indexes: indexTracks(events), totals, crowded: new Map() };
}

export interface SceneSize {
	width: number;
	/** The chart's least height: it is as tall as its lanes, and never shorter than this. */
	frameHeight: number;
}

export interface Scene {
	window: TimeWindow;
	width: number;
	height: number;
	lens: LensScale;
	lanes: Record<Track, LaneView>;
	boxes: Record<Track, LaneBox>;
	ticks: AxisTicks;
	/** Laid out for this window (true), or carried to it from the last scene that was. */
	laidOut: boolean;
}

/**
 * How the chart is laid out at a window and width: rows, columns and the room for names. A
 * widened day stands as one column of names (set in two lines where one would cut them), as
 * tall as it needs: its width is the lens's, and what a lens takes from the rest of the window
 * is what makes the chart hard to read in time.
 */
function settings(window: TimeWindow, width: number) {
	const fewDays = window[1] - window[0] <= FEW_DAYS_MS;
	const narrow = width < NARROW_PX;
	return {
		maxRows: fewDays ? 40 : narrow ? 14 : 16,
		/** Rows where a widened day's column stands: enough for the busiest lane of a statement day. */
		columnRows: fewDays ? 40 : narrow ? 24 : 40,
		barRows: fewDays ? 2 * BAR_ROWS : BAR_ROWS,
		columnPx: narrow ? 190 : 300,
		// On a narrow screen two lines of two thirds of the width name nearly every event whole.
		maxLabelPx: narrow ? 240 : fewDays ? 480 : 320,
		lensShare: narrow ? PHONE_LENS_SHARE : LENS_SHARE,
		lensDayShare: narrow ? PHONE_LENS_DAY_SHARE : LENS_SHARE
	};
}

/**
 * The scale for a window: crowded days in view widened (scales/lens.ts), unless a lane is drawn
 * as density, which counts its bins in plain time.
 */
export function sceneScale(table: EventTable, window: TimeWindow, width: number): LensScale {
	const { columnRows, columnPx, lensShare, lensDayShare } = settings(window, width);
	const key = `${columnPx}:${columnRows}`;
	let crowded = table.crowded.get(key);
	if (!crowded) {
		crowded = crowdedDays(table.events, {
			minEvents: CROWDED_DAY_EVENTS,
			columnPx,
			rowsPerColumn: columnRows
		});
		table.crowded.set(key, crowded);
	}
	const dense = TRACKS.some((t) => countVisible(table.indexes[t], window) > DEFAULT_DETAIL_LIMIT);
	return lensScale(window, width, dense ? [] : crowded, {
		maxShare: lensShare,
		maxDayShare: lensDayShare
	});
}

export function scene(
	table: EventTable,
	window: TimeWindow,
	size: SceneSize,
	metrics: TextMetrics
): Scene {
	const { width } = size;
	const lens = sceneScale(table, window, width);
	const { maxRows, columnRows, barRows, columnPx, maxLabelPx } = settings(window, width);
	const lanes = layoutTimeline(table.indexes, window, width, lens.x, {
		// A widened day's column is as tall as its busiest lane needs.
		maxRows: lens.bands.length > 0 ? columnRows : maxRows,
		twoLineNames: true,
		barRows,
		radius: MARK_RADIUS,
		gap: MARK_GAP,
		chipWidth: CHIP_WIDTH,
		labelFontPx: LABEL_FONT_PX,
		metrics,
		maxLabelPx,
		columnPx
	});
	const boxes = stackLanes(
		GEOMETRY,
		Object.fromEntries(TRACKS.map((t) => [t, lanes[t].rows])) as Record<Track, LaneView['rows']>,
		LANES_TOP
	);
	return {
		window,
		width,
		height: Math.max(size.frameHeight, lanesBottom(boxes)),
		lens,
		lanes,
		boxes,
		ticks: axisTicks(window, width, lens.x),
		laidOut: true
	};
}

/**
 * The scene `from` carried to `window` for one frame of a gesture: every x mapped through the
 * old scale's inverse and the new scale, rows and lanes kept, and a name hidden where it now
 * runs into the next thing in its row or past the chart's edge. Events that were not in the
 * scene stay out of it until the view rests and a new scene is laid out.
 */
export function moveScene(table: EventTable, from: Scene, window: TimeWindow): Scene {
	const { width } = from;
	const lens = sceneScale(table, window, width);
	const move = (px: number) => lens.x(from.lens.invert(px));
	const lanes = {} as Record<Track, LaneView>;
	for (const track of TRACKS) {
		const lane = from.lanes[track];
		if (lane.density) {
			// Density is counted afresh: its bins are a binary search each, and a dense lane has no
			// marks to carry.
			lanes[track] = {
				...lane,
				density: laneDensity(table.indexes[track], window, width, {
					chipWidth: CHIP_WIDTH,
					gap: MARK_GAP
				})
			};
			continue;
		}
		lanes[track] = {
			...lane,
			marks: hideColliding(
				lane.marks.map((mark) => moveMark(mark, move)),
				width
			),
			clusters: lane.clusters.map((chip) => {
				const x0 = move(chip.x0);
				return { ...chip, x0, x1: x0 + (chip.x1 - chip.x0) };
			})
		};
	}
	return { ...from, window, lens, lanes, ticks: axisTicks(window, width, lens.x), laidOut: false };
}

function moveMark(mark: LaidOutMark, move: (px: number) => number): LaidOutMark {
	let x0: number;
	let x1: number;
	if (mark.isBar) {
		x0 = move(mark.x0);
		x1 = move(mark.x1);
	} else {
		const half = (mark.x1 - mark.x0) / 2;
		const centre = move(mark.x0 + half);
		x0 = centre - half;
		x1 = centre + half;
	}
	const label = mark.label && {
		...mark.label,
		// A name keeps its side of its mark and its distance from it.
		x: mark.label.x >= mark.x1 ? x1 + (mark.label.x - mark.x1) : x0 - (mark.x0 - mark.label.x)
	};
	return { ...mark, x0, x1, label };
}

/**
 * Names that now run into the next mark or name of their row, or past either edge, are hidden
 * for the frame: one pass per row, in x order.
 */
function hideColliding(marks: LaidOutMark[], width: number): LaidOutMark[] {
	const rows = new Map<string, LaidOutMark[]>();
	for (const mark of marks) {
		const key = `${mark.band}${mark.row}`;
		const row = rows.get(key);
		if (row) row.push(mark);
		else rows.set(key, [mark]);
	}
	const hidden = new Set<LaidOutMark>();
	for (const row of rows.values()) {
		row.sort((a, b) => a.x0 - b.x0);
		let reach = -Infinity;
		row.forEach((mark, i) => {
			const next = row[i + 1];
			const label = mark.label;
			if (label) {
				const end = label.x + label.width;
				const before = label.x < mark.x0;
				const blocked =
					label.x < 0 ||
					end > width ||
					label.x < reach + MARK_GAP ||
					(!before && next !== undefined && end + MARK_GAP > next.x0);
				if (blocked) hidden.add(mark);
				else reach = Math.max(reach, end);
			}
			reach = Math.max(reach, mark.x1);
		});
	}
	// A second line lies in the row below: it is hidden with its name when it now runs into a
	// mark or a name there.
	for (const row of rows.values()) {
		const first = row[0] as LaidOutMark;
		const below = rows.get(`${first.band}${first.row + 1}`);
		if (!below) continue;
		for (const mark of row) {
			const label = mark.label;
			if (!label || mark.lines.length < 2 || hidden.has(mark)) continue;
			const [from, to] = [label.x - MARK_GAP, label.x + label.width + MARK_GAP];
			const blocked = below.some(
				(other) =>
					(other.x0 < to && other.x1 > from) ||
					(other.label !== null &&
						!hidden.has(other) &&
						other.label.x < to &&
						other.label.x + other.label.width > from)
			);
			if (blocked) hidden.add(mark);
		}
	}
	return hidden.size === 0
		? marks
		: marks.map((mark) => (hidden.has(mark) ? { ...mark, label: null } : mark));
}

/** Whether two scenes would draw the same (a new frame can be skipped). */
export const sameWindow = (a: TimeWindow, b: TimeWindow): boolean => a[0] === b[0] && a[1] === b[1];
