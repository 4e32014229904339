/**
 * What a reader can read, checked on the scene itself over random windows and widths of the
 * real data: no name lies over another name, a mark or a chip; every name stays on the chart and
 * reads as its title or a start of it; every event in view is drawn exactly once. A frame carried
 * through a gesture (moveScene) keeps the names it shows clear of each other too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipY, markY } from '../layout/laneGeometry';
import { countVisible } from '../layout/timeIndex';
import { estimateTextWidth } from '../layout/labels';
import { TRACKS } from '../model/event';
import { validCatalogue } from '../server/catalogue';
import { dataSpan } from '../scales/time';
import { DAY_MS, eventExtent, toTime, type TimeWindow } from '../time/extent';
import {
	eventTable,
	GEOMETRY,
	LABEL_FONT_PX,
	MARK_GAP,
	MARK_RADIUS,
	moveScene,
	NAME_LINE_PX,
	scene,
	type Scene
} from './scene';
import { ELLIPSIS, textMetrics } from '../layout/textMetrics';

const { events } = validCatalogue();
const table = eventTable(events);
const metrics = textMetrics((text) => estimateTextWidth(text, LABEL_FONT_PX));
const span = dataSpan(events);

interface Box {
	what: string;
	own: string | null;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Every name, mark and chip of the scene as a box on the chart. */
function boxes(s: Scene): { names: Box[]; others: Box[] } {
	const names: Box[] = [];
	const others: Box[] = [];
	for (const track of TRACKS) {
		const { top, rows } = s.boxes[track];
		for (const mark of s.lanes[track].marks) {
			const y = top + markY(GEOMETRY, rows, mark.band, mark.row);
			const half = mark.isBar ? 4 : MARK_RADIUS;
			others.push({
				what: `mark ${mark.event.id}`,
				own: mark.event.id,
				x0: mark.x0,
				x1: mark.x1,
				y0: y - half,
				y1: y + half
			});
			if (mark.label) {
				names.push({
					what: `name ${mark.event.id}`,
					own: mark.event.id,
					x0: mark.label.x,
					x1: mark.label.x + mark.label.width,
					y0: y - 6,
					y1: y + 6 + (mark.lines.length - 1) * NAME_LINE_PX
				});
			}
		}
		for (const chip of s.lanes[track].clusters) {
			const y = top + chipY(GEOMETRY, rows);
			others.push({
				what: `chip ${chip.key}`,
				own: null,
				x0: chip.x0,
				x1: chip.x1,
				y0: y - 9,
				y1: y + 9
			});
		}
	}
	return { names, others };
}

const overlap = (a: Box, b: Box) =>
	a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

function collisions(s: Scene): string[] {
	const { names, others } = boxes(s);
	const found: string[] = [];
	names.forEach((name, i) => {
		for (const other of [...names.slice(i + 1), ...others]) {
			if (other.own !== name.own && overlap(name, other))
				found.push(`${name.what} × ${other.what}`);
		}
	});
	return found;
}

/** Windows from five days to the whole span, anywhere in it; widths from a phone to a wide screen. */
const windows = fc
	.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
	.map(([where, zoom]): TimeWindow => {
		const length = Math.exp(
			Math.log(5 * DAY_MS) + zoom * (Math.log(span[1] - span[0]) - Math.log(5 * DAY_MS))
		);
		const start = span[0] + where * (span[1] - span[0] - length);
		return [start, start + length];
	});
const widths = fc.integer({ min: 320, max: 1920 });
const size = (width: number) => ({ width, frameHeight: 560 });

describe('the scene at rest', () => {
	it('draws no name over another name, a mark or a chip', () => {
		fc.assert(
			fc.property(windows, widths, (window, width) => {
				expect(collisions(scene(table, window, size(width), metrics))).toEqual([]);
			}),
			{ numRuns: 80 }
		);
	});

	it('keeps every name on the chart, as its title or a start of it', () => {
		fc.assert(
			fc.property(windows, widths, (window, width) => {
				const s = scene(table, window, size(width), metrics);
				for (const track of TRACKS) {
					for (const mark of s.lanes[track].marks) {
						if (!mark.label) continue;
						expect(mark.label.x).toBeGreaterThanOrEqual(0);
						expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width + 0.5);
						const name = mark.name.endsWith(ELLIPSIS) ? mark.name.slice(0, -1) : mark.name;
						expect(mark.event.title.startsWith(name), `${mark.name} of ${mark.event.title}`).toBe(
							true
						);
					}
				}
			}),
			{
				numRuns: 80,
				// A statement day's column where "Conditions-based" is wider than a line: the line
				// cut for it must be the name's last.
				examples: [[[-788_918_400_000, 1_682_535_266_586.7158], 602]]
			}
		);
	});

	it("names every mark it draws, a bar across the whole chart at the chart's left edge", () => {
		fc.assert(
			fc.property(windows, widths, (window, width) => {
				const s = scene(table, window, size(width), metrics);
				for (const track of TRACKS) {
					for (const mark of s.lanes[track].marks) {
						expect(mark.label, mark.event.id).not.toBeNull();
						if (mark.isBar && mark.x0 < 0 && mark.x1 > width) {
							expect(mark.label?.x, mark.event.id).toBeLessThanOrEqual(MARK_GAP);
						}
					}
				}
			}),
			{ numRuns: 80 }
		);
	});

	it('draws each event in view once: as a mark, in a chip or in a density strip', () => {
		fc.assert(
			fc.property(windows, widths, (window, width) => {
				const s = scene(table, window, size(width), metrics);
				for (const track of TRACKS) {
					const lane = s.lanes[track];
					const inView = countVisible(table.indexes[track], window);
					if (lane.density) continue;
					const ids = [
						...lane.marks.map((m) => m.event.id),
						...lane.clusters.flatMap((c) => c.ids)
					];
					expect(new Set(ids).size).toBe(ids.length);
					expect(ids.length, track).toBe(inView);
				}
			}),
			{ numRuns: 80 }
		);
	});

	it('holds the 2023 statement day named, with no chip, at any desktop width', () => {
		const window: TimeWindow = [toTime('2023-04-25'), toTime('2023-04-28') + DAY_MS];
		fc.assert(
			fc.property(fc.integer({ min: 1280, max: 1920 }), (width) => {
				const s = scene(table, window, size(width), metrics);
				const day = events.filter((e) => e.start === '2023-04-26' && e.end === null);
				const named = new Set(
					TRACKS.flatMap((t) => s.lanes[t].marks.filter((m) => m.label).map((m) => m.event.id))
				);
				expect(TRACKS.flatMap((t) => s.lanes[t].clusters)).toEqual([]);
				expect(day.filter((e) => !named.has(e.id)).map((e) => e.id)).toEqual([]);
			}),
			{ numRuns: 12 }
		);
	});
});

describe('a scene carried through a gesture', () => {
	it('shows no name over another name, a mark or a chip, and none past the edges', () => {
		fc.assert(
			fc.property(windows, windows, widths, (from, to, width) => {
				const rest = scene(table, from, size(width), metrics);
				const moved = moveScene(table, rest, to);
				expect(moved.laidOut).toBe(false);
				for (const track of TRACKS) {
					for (const mark of moved.lanes[track].marks) {
						if (!mark.label) continue;
						expect(mark.label.x).toBeGreaterThanOrEqual(0);
						expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(width + 0.5);
					}
				}
				expect(collisions(moved)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('puts every event of the scene where the new window draws its time', () => {
		fc.assert(
			fc.property(
				windows,
				fc.double({ min: 0.5, max: 2, noNaN: true }),
				widths,
				(from, factor, width) => {
					const rest = scene(table, from, size(width), metrics);
					const centre = (from[0] + from[1]) / 2;
					const half = ((from[1] - from[0]) * factor) / 2;
					const moved = moveScene(table, rest, [centre - half, centre + half]);
					for (const track of TRACKS) {
						for (const mark of moved.lanes[track].marks) {
							if (!mark.isBar) continue;
							const [start] = eventExtent(mark.event);
							// A bar's left end is its start, under the lens of the new window.
							if (start >= from[0]) expect(mark.x0).toBeCloseTo(moved.lens.x(start), 3);
						}
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
