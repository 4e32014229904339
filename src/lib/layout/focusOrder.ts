/**
 * The chart's keyboard order: what can take the focus in each lane (marks, cluster chips,
 * density chips, the counts beyond either edge) in date order, and where the arrow keys lead
 * from each. The chart is one Tab stop; inside it the focus roves (WAI-ARIA's roving
 * tabindex), so this decides which single item is the stop and where the focus goes when its
 * item leaves the view. Pure: the laid-out lanes in, keys out.
 */
import { TRACKS, type Track } from '../model/event';
import { eventExtent, type TimeWindow } from '../time/extent';
import type { LaneView } from './timeline';

export type FocusKind = 'mark' | 'cluster' | 'density' | 'edge';

export interface FocusItem {
	/** Stable while the thing it names is drawn: the event id, or the chip's key. */
	key: string;
	kind: FocusKind;
	track: Track;
	/** When it starts: the order within the lane. The count of earlier events is −∞, of later +∞. */
	time: number;
	/** Its time held inside the window: how near it is to another item, also across lanes. */
	at: number;
	/** Left edge, px: after time, the order of items that start together. */
	x: number;
	/** Top to bottom within the lane (header, bar rows, point rows, chip row): the next tie-break. */
	level: number;
	/** The events it stands for: one for a mark, several for a cluster chip, none otherwise. */
	eventIds: readonly string[];
}

/** The items of each lane in date order, lanes in their drawn order (empty ones included). */
export interface FocusOrder {
	lanes: readonly (readonly FocusItem[])[];
	/** Where each key sits: its lane and its place in it. */
	index: ReadonlyMap<string, { lane: number; position: number }>;
}

export type FocusMove = 'previous' | 'next' | 'lane-above' | 'lane-below' | 'first' | 'last';

// Event ids are kebab-case and cluster keys hold a `+`, so a `:` keeps these apart from both.
export const markKey = (eventId: string): string => eventId;
export const densityKey = (track: Track, chipKey: string): string => `${track}:${chipKey}`;
export const edgeKey = (track: Track, side: 'before' | 'after'): string => `${track}:${side}`;

const LEVEL = { header: -1, points: 1000, chips: 2000 } as const;

function compare(a: FocusItem, b: FocusItem): number {
	// Not by subtraction: −∞ − −∞ is NaN.
	if (a.time !== b.time) return a.time < b.time ? -1 : 1;
	if (a.x !== b.x) return a.x < b.x ? -1 : 1;
	if (a.level !== b.level) return a.level - b.level;
	return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

const clamp = (time: number, [from, to]: TimeWindow) => Math.min(to, Math.max(from, time));

/** One lane's focusable items, sorted by start time, then x, then row, then key. */
export function laneFocusItems(lane: LaneView, window: TimeWindow): FocusItem[] {
	const track = lane.track;
	const items: FocusItem[] = [];
	const add = (item: Omit<FocusItem, 'track' | 'at'>) =>
		items.push({ ...item, track, at: clamp(item.time, window) });
	if (lane.before.count > 0) {
		add({
			key: edgeKey(track, 'before'),
			kind: 'edge',
			time: -Infinity,
			x: -Infinity,
			level: LEVEL.header,
			eventIds: []
		});
	}
	for (const mark of lane.marks) {
		add({
			key: markKey(mark.event.id),
			kind: 'mark',
			time: eventExtent(mark.event)[0],
			x: mark.x0,
			level: mark.band === 'bars' ? mark.row : LEVEL.points + mark.row,
			eventIds: [mark.event.id]
		});
	}
	for (const chip of lane.clusters) {
		add({
			key: chip.key,
			kind: 'cluster',
			time: Math.min(...chip.events.map((e) => eventExtent(e)[0])),
			x: chip.x0,
			level: LEVEL.chips,
			eventIds: chip.ids
		});
	}
	for (const chip of lane.density?.chips ?? []) {
		add({
			key: densityKey(track, chip.key),
			kind: 'density',
			time: chip.from,
			x: chip.x0,
			level: LEVEL.chips,
			eventIds: []
		});
	}
	if (lane.after.count > 0) {
		add({
			key: edgeKey(track, 'after'),
			kind: 'edge',
			time: Infinity,
			x: Infinity,
			level: LEVEL.header,
			eventIds: []
		});
	}
	return items.sort(compare);
}

export function focusOrder(lanes: Record<Track, LaneView>, window: TimeWindow): FocusOrder {
	const ordered = TRACKS.map((track) => laneFocusItems(lanes[track], window));
	const index = new Map<string, { lane: number; position: number }>();
	ordered.forEach((items, lane) =>
		items.forEach((item, position) => index.set(item.key, { lane, position }))
	);
	return { lanes: ordered, index };
}

export function itemOf(order: FocusOrder, key: string): FocusItem | undefined {
	const place = order.index.get(key);
	return place ? order.lanes[place.lane]?.[place.position] : undefined;
}

/** The item of `items` nearest `at` in time; of two as near, the earlier. */
function nearestIn(items: readonly FocusItem[], at: number): FocusItem | undefined {
	let best: FocusItem | undefined;
	for (const item of items) {
		if (!best || Math.abs(item.at - at) < Math.abs(best.at - at)) best = item;
	}
	return best;
}

/**
 * Where a key takes the focus from the item `key`: along its lane in date order, or to the
 * nearest item in time of the next lane up or down that has any. Null when there is nowhere to
 * go (the lane's end, the last lane with items) or the key is not in the order.
 */
export function moveFocus(order: FocusOrder, key: string, move: FocusMove): string | null {
	const place = order.index.get(key);
	if (!place) return null;
	const lane = order.lanes[place.lane] ?? [];
	const target = (position: number) =>
		position !== place.position ? (lane[position]?.key ?? null) : null;
	switch (move) {
		case 'previous':
			return target(Math.max(0, place.position - 1));
		case 'next':
			return target(Math.min(lane.length - 1, place.position + 1));
		case 'first':
			return target(0);
		case 'last':
			return target(lane.length - 1);
		case 'lane-above':
		case 'lane-below': {
			const step = move === 'lane-above' ? -1 : 1;
			const from = lane[place.position] as FocusItem;
			for (let i = place.lane + step; i >= 0 && i < order.lanes.length; i += step) {
				const found = nearestIn(order.lanes[i] ?? [], from.at);
				if (found) return found.key;
			}
			return null;
		}
	}
}

/**
 * Where the focus goes when its item has left the view: the nearest item in time of the same
 * lane, else of the nearest lane that has any (the one below first when two are as near).
 */
export function nearestItem(
	order: FocusOrder,
	lost: Pick<FocusItem, 'track' | 'at'>
): string | null {
	const home = TRACKS.indexOf(lost.track);
	for (let distance = 0; distance < order.lanes.length; distance++) {
		for (const lane of distance === 0 ? [home] : [home + distance, home - distance]) {
			const found = nearestIn(order.lanes[lane] ?? [], lost.at);
			if (found) return found.key;
		}
	}
	return null;
}

/**
 * The one item that takes Tab: the last one focused if it is still drawn, else the open
 * event's mark (or the chip holding it), else the first item of the first lane with any.
 * Null when no lane has an item: the chart itself is the stop then.
 */
export function tabStop(
	order: FocusOrder,
	{ lastFocused, selectedId }: { lastFocused: string | null; selectedId: string | null }
): string | null {
	if (lastFocused !== null && order.index.has(lastFocused)) return lastFocused;
	if (selectedId !== null) {
		if (order.index.has(markKey(selectedId))) return markKey(selectedId);
		for (const lane of order.lanes) {
			const holder = lane.find((item) => item.eventIds.includes(selectedId));
			if (holder) return holder.key;
		}
	}
	for (const lane of order.lanes) if (lane[0]) return lane[0].key;
	return null;
}
