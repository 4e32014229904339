/**
 * The whole timeline's layout for one window and width: which events each lane shows as
 * marks (with rows and labels), which it folds into cluster chips, and which lie outside the
 * window on either side. A lane with more events in view than can be drawn one by one is
 * shown as density instead: counts per few pixels, and chips that zoom into them. Time
 * reaches it as a function from instants to pixels.
 */
import { TRACKS, type AllianceEvent, type Kind, type Track } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';
import { estimateTextWidth, placeLabels, type PlacedLabel } from './labels';
import { textMetrics, type TextMetrics } from './textMetrics';
import { layoutLane, type ClusterChip, type LaneItem, type PlacedMark } from './lane';
import type { LaneRows } from './laneGeometry';
import { DAY_PADDING, isSingleDay } from './crowdedDays';
import {
	buildTimeIndex,
	countAfter,
	countBefore,
	densityBins,
	nearestBeyond,
	visibleEvents,
	type TimeIndex
} from './timeIndex';

/** Who keeps a row when a day is crowded: the summit first, the day's pledges last. */
export const KIND_PRIORITY: Record<Kind, number> = {
	summit: 0,
	agreement: 1,
	anniversary: 2,
	dialogue: 3,
	meeting: 3,
	exercise: 4,
	initiative: 5,
	target: 5,
	external: 6,
	position: 7
};

/**
 * How much wider than `radius` a kind's glyph is drawn, px each side (components/glyphs.ts
 * draws summits as a large star; its test holds the two together).
 */
export const KIND_OVERHANG: Partial<Record<Kind, number>> = { summit: 5 };

export interface TimelineLayoutOptions {
	/** Most rows of points a lane may grow to; what does not fit folds into chips. */
	maxRows: number;
	/** Most thin rows above them for windows and multi-day events, so bars never crowd points out. */
	barRows: number;
	/** Radius of a point mark, px. */
	radius: number;
	gap: number;
	chipWidth: number;
	labelFontPx: number;
	/** How wide names are and how they are cut; defaults to an estimate so the layout needs no DOM. */
	metrics?: TextMetrics;
	/** Longest name drawn beside a mark, px; a longer title is cut short with an ellipsis. */
	maxLabelPx?: number;
	/** A lane with more events than this in view shows density instead of marks. */
	detailLimit?: number;
	/** Width of one density bin, px. */
	binPx?: number;
	/**
	 * Width of a column of names in a day wide enough to hold one (a crowded day the scale's lens
	 * widened, or any day zoomed in on): its events stand in columns, grouped by thread, each
	 * named within its column. Without it, a day's events spread evenly across the day.
	 */
	columnPx?: number;
	/** Whether a point's name too long for one line may take a second (and the row below). */
	twoLineNames?: boolean;
}

export const DEFAULT_DETAIL_LIMIT = 150;

/** A stretch of a dense lane: how many events start in it; pressing it zooms in there. */
export interface DensityChip {
	key: string;
	count: number;
	x0: number;
	x1: number;
	from: number;
	to: number;
}

export interface LaneDensity {
	bins: Uint32Array;
	binWidth: number;
	chips: DensityChip[];
}

export interface Beyond {
	count: number;
	/** The one nearest the window's edge. */
	nearest: AllianceEvent | null;
}

export interface LaidOutMark {
	event: AllianceEvent;
	/** Bars sit in their own thin rows above the points. */
	band: 'bars' | 'points';
	/** Row within its band. */
	row: number;
	/** Left and right edges; a point's centre is (x0 + x1) / 2. */
	x0: number;
	x1: number;
	/** Drawn as a bar across its window rather than a point. */
	isBar: boolean;
	label: PlacedLabel | null;
	/** The name drawn beside it: its title, cut short when it is longer than the layout allows. */
	name: string;
	/** The name as set: one line, or two (the second in the row below, which it holds). */
	lines: string[];
}

/** A chip, the events it stands for, and the start of their names beside it when there is room. */
export type LaidOutChip = ClusterChip & { events: AllianceEvent[]; caption: string | null };

export interface LaneView {
	track: Track;
	marks: LaidOutMark[];
	clusters: LaidOutChip[];
	/** Set instead of marks and clusters when the lane is too dense to draw event by event. */
	density: LaneDensity | null;
	/** Events entirely before or after the window. */
	before: Beyond;
	after: Beyond;
	/** The rows it uses, and so its height. */
	rows: LaneRows;
}

/** Room a mark keeps beside it for a badge (the outcome of a commitment) before its name. */
export const BADGE_ROOM = 9;
/** Room at a bar's start for its glyph: a name set inside the bar starts past it. */
export const BAR_GLYPH_ROOM = 14;

/** A name set for a mark: in one line, and in two when one would cut it. */
interface MarkName {
	one: string;
	oneWidth: number;
	two: string[] | null;
	twoWidth: number;
}

export function indexTracks(events: readonly AllianceEvent[]): Record<Track, TimeIndex> {
	return Object.fromEntries(
		TRACKS.map((track) => [track, buildTimeIndex(events.filter((e) => e.track === track))])
	) as Record<Track, TimeIndex>;
}

export function laneDensity(
	index: TimeIndex,
	window: TimeWindow,
	width: number,
	options: Pick<TimelineLayoutOptions, 'binPx' | 'chipWidth' | 'gap'>
): LaneDensity {
	const binPx = options.binPx ?? 3;
	const binCount = Math.max(1, Math.ceil(width / binPx));
	const bins = densityBins(index, window, binCount);
	const binWidth = width / binCount;
	const perChip = Math.max(1, Math.round((options.chipWidth + options.gap) / binWidth));
	const span = window[1] - window[0];
	const chips: DensityChip[] = [];
	for (let first = 0; first < binCount; first += perChip) {
		let count = 0;
		const last = Math.min(binCount, first + perChip);
		for (let i = first; i < last; i++) count += bins[i] as number;
		if (count === 0) continue;
		const from = window[0] + (span * first) / binCount;
		chips.push({
			// Keyed by slot, not time, so panning reuses the same elements instead of replacing them.
			key: `d-${first / perChip}`,
			count,
			x0: first * binWidth,
			x1: Math.min(width, first * binWidth + options.chipWidth),
			from,
			to: window[0] + (span * last) / binCount
		});
	}
	return { bins, binWidth, chips };
}

/** A column may be squeezed to this share of `columnPx` before the day takes one column fewer. */
const MIN_COLUMN_SHARE = 0.75;
/**
 * A day this wide or wider holds its events in a column even when it is narrower than a column
 * should be (a lens squeezed by a narrow chart): names in two lines read better than marks spread
 * across the day without names.
 */
const MIN_COLUMN_PX = 120;

/** Order within a day: each thread's events together, threads by their most important event. */
function byThread(events: readonly AllianceEvent[]): AllianceEvent[] {
	const rank = (e: AllianceEvent) => KIND_PRIORITY[e.kind];
	const best = new Map<string, number>();
	const group = (e: AllianceEvent) => e.thread ?? `~${e.id}`;
	for (const e of events) best.set(group(e), Math.min(best.get(group(e)) ?? Infinity, rank(e)));
	const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...events].sort(
		(a, b) =>
			(best.get(group(a)) as number) - (best.get(group(b)) as number) ||
			compare(group(a), group(b)) ||
			rank(a) - rank(b) ||
			compare(a.id, b.id)
	);
}

/**
 * A day wide enough for a column of names holds its events in columns: filled top to bottom,
 * left to right, in thread order, as few columns as leave no column empty. Each event gets its
 * column's left edge (plus a hair per place, so row packing keeps the order) and its column's
 * width, the room for its name unless it stands in the last column.
 */
export function columnsWithinDay(
	events: readonly AllianceEvent[],
	left: number,
	right: number,
	columnPx: number
): { event: AllianceEvent; x: number; columnWidth: number; lastColumn: boolean }[] {
	const inner = right - left - 2 * DAY_PADDING;
	const most = Math.max(1, Math.floor(inner / (columnPx * MIN_COLUMN_SHARE)));
	const perColumn = Math.ceil(events.length / Math.min(most, events.length));
	const columns = Math.ceil(events.length / perColumn);
	const columnWidth = inner / columns;
	return byThread(events).map((event, i) => ({
		event,
		x: left + DAY_PADDING + Math.floor(i / perColumn) * columnWidth + (i % perColumn) * 1e-3,
		columnWidth,
		lastColumn: Math.floor(i / perColumn) === columns - 1
	}));
}

/**
 * Points of one day share the middle of the day from afar. Zoomed in until the day is
 * wider than two points, they spread across it, most important first, so the rows and
 * chips that follow can pull a crowded statement day apart without moving any off its day.
 */
export function spreadWithinDay(
	events: readonly AllianceEvent[],
	left: number,
	right: number,
	radius: number
): { event: AllianceEvent; centre: number }[] {
	const ordered = [...events].sort(
		(a, b) =>
			KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const width = right - left;
	if (ordered.length === 1 || width < radius * 4) {
		return ordered.map((event) => ({ event, centre: (left + right) / 2 }));
	}
	const slot = width / ordered.length;
	return ordered.map((event, i) => ({ event, centre: left + slot * (i + 0.5) }));
}

/**
 * A single known day is always a point within its day. Anything longer (a multi-day
 * event, a month, a season, a window) is a bar once it is wider than a point.
 */
export function layoutTimeline(
	indexes: Record<Track, TimeIndex>,
	window: TimeWindow,
	width: number,
	x: (time: number) => number,
	options: TimelineLayoutOptions
): Record<Track, LaneView> {
	const metrics =
		options.metrics ?? textMetrics((text) => estimateTextWidth(text, options.labelFontPx));
	const measure = metrics.width;
	const badge = (event: AllianceEvent) => (event.outcome ? BADGE_ROOM : 0);
	const names = new Map<string, MarkName>();
	// The room a name has in its day's column, when its day stands in columns.
	const columnRoom = new Map<string, number>();
	/** The name of a point or bar whose right edge is at `x1`, worked out once per layout. */
	const nameOf = (event: AllianceEvent, x1: number, isBar: boolean): MarkName => {
		let name = names.get(event.id);
		if (!name) {
			const limit = Math.min(options.maxLabelPx ?? Infinity, columnRoom.get(event.id) ?? Infinity);
			const one = metrics.cut(event.title, limit);
			name = { one, oneWidth: measure(one), two: null, twoWidth: 0 };
			if (options.twoLineNames && !isBar && one !== event.title) {
				const two = metrics.wrap(event.title, limit, 2);
				// A line but the last ends in the space before the next, drawn with it.
				const twoWidth = Math.max(
					...two.map((line, i) => measure(line) + (i < two.length - 1 ? metrics.space : 0))
				);
				// Two lines go only to the right of their mark: there must be room there.
				if (x1 + options.gap + badge(event) + twoWidth <= width) {
					name = { ...name, two, twoWidth };
				}
			}
			names.set(event.id, name);
		}
		return name;
	};
	const named = (event: AllianceEvent) => names.get(event.id) as MarkName;
	// Names are kept room for as the rows are packed, so a mark that gets a row gets its name.
	const room = (event: AllianceEvent, x1: number, isBar: boolean) => {
		const name = nameOf(event, x1, isBar);
		const reserve = options.gap + badge(event) + name.oneWidth;
		return name.two
			? { reserve, tallReserve: options.gap + badge(event) + name.twoWidth }
			: { reserve };
	};
	const lanes = {} as Record<Track, LaneView>;
	for (const track of TRACKS) {
		const index = indexes[track];
		const nearest = nearestBeyond(index, window);
		const before: Beyond = { count: countBefore(index, window), nearest: nearest.before };
		const after: Beyond = { count: countAfter(index, window), nearest: nearest.after };
		const visible = index.starts.length - before.count - after.count;
		if (visible > (options.detailLimit ?? DEFAULT_DETAIL_LIMIT)) {
			lanes[track] = {
				track,
				marks: [],
				clusters: [],
				density: laneDensity(index, window, width, options),
				before,
				after,
				// A dense lane keeps one height whatever it holds, so its strip does not jump.
				rows: { bars: options.barRows, points: Math.min(2, options.maxRows), chips: true }
			};
			continue;
		}

		const items: LaneItem[] = [];
		const geometry = new Map<string, { isBar: boolean; event: AllianceEvent }>();
		const sameDay = new Map<string, AllianceEvent[]>();
		for (const event of visibleEvents(index, window)) {
			const [start, end] = eventExtent(event);
			const left = x(start);
			const right = x(end);
			if (isSingleDay(event)) {
				const day = sameDay.get(event.start) ?? [];
				day.push(event);
				sameDay.set(event.start, day);
				continue;
			}
			const isBar = right - left > options.radius * 2;
			const centre = (left + right) / 2;
			const half = options.radius + (KIND_OVERHANG[event.kind] ?? 0);
			items.push({
				id: event.id,
				x0: isBar ? left : centre - half,
				x1: isBar ? right : centre + half,
				priority: KIND_PRIORITY[event.kind],
				...room(event, isBar ? right : centre + half, isBar)
			});
			geometry.set(event.id, { isBar, event });
		}
		const inColumns = (day: readonly AllianceEvent[]) => {
			const [start, end] = eventExtent(day[0] as AllianceEvent);
			const [left, right] = [x(start), x(end)];
			return (
				!!options.columnPx &&
				day.length > 1 &&
				right - left - 2 * DAY_PADDING >=
					Math.min(options.columnPx * MIN_COLUMN_SHARE, MIN_COLUMN_PX)
			);
		};
		// Where the next day standing in columns starts: the names of a day's last column run on
		// up to it (or the chart's edge), not over its columns.
		const columnDayLefts = [...sameDay.values()]
			.filter(inColumns)
			.map((day) => x(eventExtent(day[0] as AllianceEvent)[0]))
			.sort((a, b) => a - b);
		for (const day of sameDay.values()) {
			const [start, end] = eventExtent(day[0] as AllianceEvent);
			const [left, right] = [x(start), x(end)];
			if (options.columnPx && inColumns(day)) {
				const runTo = columnDayLefts.find((l) => l > left) ?? width;
				for (const { event, x: at, columnWidth, lastColumn } of columnsWithinDay(
					day,
					left,
					right,
					options.columnPx
				)) {
					const size = 2 * (options.radius + (KIND_OVERHANG[event.kind] ?? 0));
					// The last column's names may run on past the day: row packing keeps them clear
					// of what comes after.
					const beside = size + 2 * options.gap + badge(event) + options.gap;
					columnRoom.set(event.id, (lastColumn ? runTo - at : columnWidth) - beside);
					items.push({
						id: event.id,
						x0: at,
						x1: at + size,
						priority: KIND_PRIORITY[event.kind],
						...room(event, at + size, false)
					});
					geometry.set(event.id, { isBar: false, event });
				}
				continue;
			}
			for (const { event, centre } of spreadWithinDay(day, left, right, options.radius)) {
				const half = options.radius + (KIND_OVERHANG[event.kind] ?? 0);
				items.push({
					id: event.id,
					x0: centre - half,
					x1: centre + half,
					priority: KIND_PRIORITY[event.kind],
					...room(event, centre + half, false)
				});
				geometry.set(event.id, { isBar: false, event });
			}
		}

		const eventOf = (id: string) => geometry.get(id)?.event as AllianceEvent;
		const rowsUsed = { bars: 0, points: 0 };
		const laidOut = (band: 'bars' | 'points', rows: number): LaidOutMark[] => {
			const bandItems = items.filter(
				(item) => (geometry.get(item.id)?.isBar ?? false) === (band === 'bars')
			);
			const layout = layoutLane(bandItems, {
				maxRows: rows,
				gap: options.gap,
				chipWidth: options.chipWidth,
				minX: 0,
				maxX: width,
				pullIntoChips: false
			});
			chips.push(...layout.clusters);
			rowsUsed[band] = layout.rowsUsed;
			const lines = (mark: PlacedMark) => {
				const name = named(eventOf(mark.id));
				return mark.tall && name.two ? name.two : [name.one];
			};
			const labels = placeLabels(
				layout.marks,
				layout.marks.map((mark) => {
					const name = named(eventOf(mark.id));
					return {
						id: mark.id,
						width: mark.tall ? name.twoWidth : name.oneWidth,
						offset: badge(eventOf(mark.id)),
						tall: mark.tall
					};
				}),
				{ gap: options.gap, maxX: width, inset: band === 'bars' ? BAR_GLYPH_ROOM : undefined }
			);
			const labelOf = new Map(labels.map((label) => [label.id, label]));
			return layout.marks.map((mark) => ({
				event: eventOf(mark.id),
				band,
				row: mark.row,
				x0: mark.x0,
				x1: mark.x1,
				isBar: band === 'bars',
				label: labelOf.get(mark.id) ?? null,
				name: lines(mark).join(' '),
				lines: lines(mark)
			}));
		};
		// A short bar that finds no bar row stands as a point among the points rather than in a
		// chip: it is barely longer than one, and the point rows have room more often.
		const barsAlone = layoutLane(
			items.filter((item) => geometry.get(item.id)?.isBar),
			{
				maxRows: options.barRows,
				gap: options.gap,
				chipWidth: options.chipWidth,
				pullIntoChips: false
			}
		);
		for (const id of barsAlone.clusters.flatMap((chip) => chip.ids)) {
			const at = items.findIndex((item) => item.id === id);
			const item = items[at] as LaneItem;
			if (item.x1 - item.x0 > options.chipWidth) continue;
			const event = eventOf(id);
			const half = options.radius + (KIND_OVERHANG[event.kind] ?? 0);
			const centre = (item.x0 + item.x1) / 2;
			items[at] = { ...item, x0: centre - half, x1: centre + half };
			geometry.set(id, { isBar: false, event });
		}
		const chips: ClusterChip[] = [];
		const drawn = [...laidOut('bars', options.barRows), ...laidOut('points', options.maxRows)];
		// A mark is named or it is not drawn: one that found no room for its name stands in a chip,
		// whose list names it, rather than as a shape nobody can read.
		const marks = drawn.filter((mark) => mark.label !== null);
		for (const mark of drawn) {
			if (mark.label !== null) continue;
			const x0 = Math.max(0, Math.min(mark.x0, width - options.chipWidth));
			chips.push({
				key: `${mark.event.id}+1`,
				ids: [mark.event.id],
				count: 1,
				x0,
				x1: x0 + options.chipWidth,
				row: options.maxRows
			});
		}
		const clusters = mergeChips(chips, options.gap, options.chipWidth);

		lanes[track] = {
			track,
			marks,
			clusters: captionChips(
				clusters.map((chip) => ({ ...chip, events: chip.ids.map(eventOf) })),
				width,
				options.gap,
				metrics
			),
			density: null,
			before,
			after,
			rows: { ...rowsUsed, chips: clusters.length > 0 }
		};
	}
	return lanes;
}

/**
 * Bars and points fold into chips separately; chips that land on each other in the shared
 * chip row become one, keeping every id exactly once.
 */
function mergeChips(chips: readonly ClusterChip[], gap: number, chipWidth: number): ClusterChip[] {
	const merged: ClusterChip[] = [];
	for (const chip of [...chips].sort((a, b) => a.x0 - b.x0)) {
		const last = merged.at(-1);
		if (last && chip.x0 < last.x1 + gap) {
			const ids = [...last.ids, ...chip.ids];
			merged[merged.length - 1] = {
				...last,
				ids,
				count: ids.length,
				key: `${ids[0]}+${ids.length}`
			};
		} else {
			merged.push({ ...chip, x1: chip.x0 + chipWidth });
		}
	}
	return merged;
}

/** Room under this many px takes no caption: a word or two would say nothing. */
const MIN_CAPTION_PX = 48;

/**
 * Beside each chip, in the room before the next one, the names of the events it holds, as many
 * as fit ("IPEF, Supply chains…"): a chip says what it holds without being opened.
 */
export function captionChips(
	chips: readonly (ClusterChip & { events: AllianceEvent[] })[],
	width: number,
	gap: number,
	metrics: TextMetrics
): LaidOutChip[] {
	return chips.map((chip, i) => {
		const end = (chips[i + 1]?.x0 ?? width) - gap;
		const room = end - (chip.x1 + gap);
		if (room < MIN_CAPTION_PX) return { ...chip, caption: null };
		const text = metrics.cut(namesFilling(chip.events, room, metrics.width), room);
		return { ...chip, caption: text === '…' ? null : text };
	});
}

/**
 * The events' names joined, as many of them as it takes to overflow `room` px: cut to the room,
 * this reads as all of them joined would, and a chip in the scale lab holds thousands.
 */
function namesFilling(
	events: readonly AllianceEvent[],
	room: number,
	measure: (text: string) => number
): string {
	let text = '';
	for (const { title } of events) {
		text = text === '' ? title : `${text}, ${title}`;
		if (measure(text) > room) break;
	}
	return text;
}
