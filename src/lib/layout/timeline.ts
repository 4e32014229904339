/**
 * The whole timeline's layout for one window and width: which events each lane shows as
 * marks (with rows and labels), which it folds into cluster chips, and which lie outside the
 * window on either side. Time reaches it as a function from instants to pixels.
 */
import { TRACKS, type AllianceEvent, type Kind, type Track } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';
import { estimateTextWidth, placeLabels, type PlacedLabel } from './labels';
import { layoutLane, type ClusterChip, type LaneItem } from './lane';

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

export interface TimelineLayoutOptions {
	/** Rows of points per lane. */
	maxRows: number;
	/** Thin rows above them for windows and multi-day events, so long bars never crowd points out. */
	barRows: number;
	/** Radius of a point mark, px. */
	radius: number;
	gap: number;
	chipWidth: number;
	labelFontPx: number;
	/** Text width in px; defaults to an estimate so the layout needs no DOM. */
	measure?: (text: string) => number;
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
}

export interface LaneView {
	track: Track;
	marks: LaidOutMark[];
	clusters: (ClusterChip & { events: AllianceEvent[] })[];
	/** Events entirely before or after the window, nearest first. */
	before: AllianceEvent[];
	after: AllianceEvent[];
}

const isSingleDay = (event: AllianceEvent) =>
	event.precision === 'day' && (event.end === null || event.end === event.start);

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
	events: readonly AllianceEvent[],
	window: TimeWindow,
	width: number,
	x: (time: number) => number,
	options: TimelineLayoutOptions
): Record<Track, LaneView> {
	const measure =
		options.measure ?? ((text: string) => estimateTextWidth(text, options.labelFontPx));
	const byTrack = Object.fromEntries(
		TRACKS.map((track) => [track, [] as AllianceEvent[]])
	) as Record<Track, AllianceEvent[]>;
	for (const event of events) byTrack[event.track].push(event);

	const lanes = {} as Record<Track, LaneView>;
	for (const track of TRACKS) {
		const before: AllianceEvent[] = [];
		const after: AllianceEvent[] = [];
		const items: LaneItem[] = [];
		const geometry = new Map<string, { isBar: boolean; event: AllianceEvent }>();
		const sameDay = new Map<string, AllianceEvent[]>();
		for (const event of byTrack[track]) {
			const [start, end] = eventExtent(event);
			if (end <= window[0]) {
				before.push(event);
				continue;
			}
			if (start >= window[1]) {
				after.push(event);
				continue;
			}
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
			items.push({
				id: event.id,
				x0: isBar ? left : centre - options.radius,
				x1: isBar ? right : centre + options.radius,
				priority: KIND_PRIORITY[event.kind]
			});
			geometry.set(event.id, { isBar, event });
		}
		for (const day of sameDay.values()) {
			const [start, end] = eventExtent(day[0] as AllianceEvent);
			for (const { event, centre } of spreadWithinDay(day, x(start), x(end), options.radius)) {
				items.push({
					id: event.id,
					x0: centre - options.radius,
					x1: centre + options.radius,
					priority: KIND_PRIORITY[event.kind]
				});
				geometry.set(event.id, { isBar: false, event });
			}
		}

		const eventOf = (id: string) => geometry.get(id)?.event as AllianceEvent;
		const laidOut = (band: 'bars' | 'points', rows: number): LaidOutMark[] => {
			const bandItems = items.filter(
				(item) => (geometry.get(item.id)?.isBar ?? false) === (band === 'bars')
			);
			const layout = layoutLane(bandItems, {
				maxRows: rows,
				gap: options.gap,
				chipWidth: options.chipWidth,
				minX: 0,
				maxX: width
			});
			chips.push(...layout.clusters);
			const labels = placeLabels(
				layout.marks,
				layout.marks.map((mark) => ({ id: mark.id, width: measure(eventOf(mark.id).title) })),
				{ gap: options.gap, maxX: width }
			);
			const labelOf = new Map(labels.map((label) => [label.id, label]));
			return layout.marks.map((mark) => ({
				event: eventOf(mark.id),
				band,
				row: mark.row,
				x0: mark.x0,
				x1: mark.x1,
				isBar: band === 'bars',
				label: labelOf.get(mark.id) ?? null
			}));
		};
		const chips: ClusterChip[] = [];
		const marks = [...laidOut('bars', options.barRows), ...laidOut('points', options.maxRows)];

		lanes[track] = {
			track,
			marks,
			clusters: mergeChips(chips, options.gap, options.chipWidth).map((chip) => ({
				...chip,
				events: chip.ids.map(eventOf)
			})),
			before: before.sort((a, b) => eventExtent(b)[1] - eventExtent(a)[1]),
			after: after.sort((a, b) => eventExtent(a)[0] - eventExtent(b)[0])
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
