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
	maxRows: number;
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

/**
 * Events whose extent is shorter than a mark are points; wider ones are bars. A window
 * of several days shows as a bar once zoomed in far enough, and as a point from afar.
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

		const layout = layoutLane(items, {
			maxRows: options.maxRows,
			gap: options.gap,
			chipWidth: options.chipWidth,
			minX: 0,
			maxX: width
		});
		const labels = placeLabels(
			layout.marks,
			layout.marks.map((mark) => ({
				id: mark.id,
				width: measure(geometry.get(mark.id)?.event.title ?? '')
			})),
			{ gap: options.gap, maxX: width, clusters: layout.clusters }
		);
		const labelOf = new Map(labels.map((label) => [label.id, label]));
		const eventOf = (id: string) => geometry.get(id)?.event as AllianceEvent;

		lanes[track] = {
			track,
			marks: layout.marks.map((mark) => ({
				event: eventOf(mark.id),
				row: mark.row,
				x0: mark.x0,
				x1: mark.x1,
				isBar: geometry.get(mark.id)?.isBar ?? false,
				label: labelOf.get(mark.id) ?? null
			})),
			clusters: layout.clusters.map((chip) => ({ ...chip, events: chip.ids.map(eventOf) })),
			before: before.sort((a, b) => eventExtent(b)[1] - eventExtent(a)[1]),
			after: after.sort((a, b) => eventExtent(a)[0] - eventExtent(b)[0])
		};
	}
	return lanes;
}
