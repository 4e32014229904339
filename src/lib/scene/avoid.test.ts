import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LaneBox } from '../layout/laneGeometry';
import type { LaidOutMark, LaneView } from '../layout/timeline';
import type { AllianceEvent } from '../model/event';
import {
	CLEARANCE,
	cubicPolyline,
	insideSpan,
	laneTextBoxes,
	nameBox,
	piecesPath,
	visiblePieces,
	type Box
} from './avoid';
import { edgeCount } from './laneHeader';
import { GEOMETRY, NAME_LINE_PX } from './scene';

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
const p = (x: number, y: number) => ({ x, y });

describe('insideSpan', () => {
	it.each([
		{ name: 'across the middle', a: p(0, 5), b: p(20, 5), span: [0.25, 0.75] },
		{ name: 'from inside out', a: p(10, 5), b: p(20, 5), span: [0, 0.5] },
		{ name: 'wholly inside', a: p(6, 2), b: p(14, 8), span: [0, 1] },
		{ name: 'passing above', a: p(0, -5), b: p(20, -5), span: null },
		{ name: 'along an edge', a: p(0, 0), b: p(20, 0), span: null },
		{ name: 'ending at an edge', a: p(0, 5), b: p(5, 5), span: null },
		{ name: 'diagonally through a corner', a: p(0, 5), b: p(10, -5), span: [0.5, 0.5] }
	])('a segment $name', ({ a, b, span }) => {
		const found = insideSpan(a, b, box(5, 0, 15, 10));
		if (span && span[0] === span[1]) expect(found).toBeNull();
		else expect(found).toEqual(span);
	});
});

describe('visiblePieces', () => {
	const straight = [p(0, 5), p(10, 5), p(20, 5), p(30, 5), p(40, 5), p(50, 5)];
	it.each([
		{ name: 'no boxes: the line whole', boxes: [], pieces: [[0, 50]] },
		{
			name: 'a box across the middle: two pieces',
			boxes: [box(12, 0, 28, 10)],
			pieces: [
				[0, 12],
				[28, 50]
			]
		},
		{ name: 'a box off the line: the line whole', boxes: [box(12, 20, 28, 30)], pieces: [[0, 50]] },
		{ name: 'a box over an end: the rest', boxes: [box(-5, 0, 8, 10)], pieces: [[8, 50]] },
		{
			name: 'overlapping boxes: one gap',
			boxes: [box(12, 0, 22, 10), box(18, 0, 28, 10)],
			pieces: [
				[0, 12],
				[28, 50]
			]
		},
		{
			name: 'a gap shorter than a piece: the sliver is left out',
			boxes: [box(10, 0, 20, 10), box(22, 0, 40, 10)],
			pieces: [
				[0, 10],
				[40, 50]
			]
		},
		{ name: 'a box over all of it: nothing', boxes: [box(-1, 0, 51, 10)], pieces: [] }
	])('$name', ({ boxes, pieces }) => {
		const found = visiblePieces(straight, boxes).map((piece) => [piece[0]!.x, piece.at(-1)!.x]);
		expect(found).toEqual(pieces);
	});

	it('keeps a piece running through several segments as one polyline', () => {
		const [piece] = visiblePieces(straight, []);
		expect(piece).toEqual(straight);
	});

	it('never leaves a point of the drawn line inside a box, for any line and boxes', () => {
		const point = fc.record({
			x: fc.integer({ min: 0, max: 200 }),
			y: fc.integer({ min: 0, max: 100 })
		});
		const rect = fc
			.tuple(point, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 20 }))
			.map(([{ x, y }, w, h]) => box(x, y, x + w, y + h));
		fc.assert(
			fc.property(
				fc.array(point, { minLength: 2, maxLength: 8 }),
				fc.array(rect, { maxLength: 6 }),
				(line, boxes) => {
					for (const piece of visiblePieces(line, boxes)) {
						for (let i = 1; i < piece.length; i++) {
							const [a, b] = [piece[i - 1]!, piece[i]!];
							for (const t of [0, 0.25, 0.5, 0.75, 1]) {
								const q = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
								const inside = boxes.some(
									(r) =>
										q.x > r.x0 + 1e-6 && q.x < r.x1 - 1e-6 && q.y > r.y0 + 1e-6 && q.y < r.y1 - 1e-6
								);
								expect(inside).toBe(false);
							}
						}
					}
				}
			)
		);
	});
});

describe('cubicPolyline', () => {
	it('runs from the first point to the last through the curve, a point every few px', () => {
		const line = cubicPolyline(p(0, 0), p(50, 0), p(50, 100), p(100, 100), 3);
		expect(line[0]).toEqual(p(0, 0));
		expect(line.at(-1)).toEqual(p(100, 100));
		// The curve's middle, (50, 50) by symmetry, is on the line to within a step.
		expect(Math.min(...line.map((q) => Math.hypot(q.x - 50, q.y - 50)))).toBeLessThan(1.5);
		for (let i = 1; i < line.length; i++) {
			const step = Math.hypot(line[i]!.x - line[i - 1]!.x, line[i]!.y - line[i - 1]!.y);
			expect(step).toBeLessThanOrEqual(3);
		}
	});
});

describe('piecesPath', () => {
	it('moves to each piece and draws lines along it', () => {
		expect(
			piecesPath([
				[p(0, 0), p(10.04, 5)],
				[p(20, 5), p(30, 5), p(40, 0)]
			])
		).toBe('M0,0L10,5M20,5L30,5L40,0');
	});
});

const event = { id: 'e', track: 'economy' } as AllianceEvent;
const laneBox: LaneBox = { top: 100, height: 200, rows: { bars: 1, points: 3, chips: true } };
const mark = (over: Partial<LaidOutMark>): LaidOutMark => ({
	event,
	band: 'points',
	row: 1,
	x0: 40,
	x1: 54,
	isBar: false,
	label: { id: 'e', x: 58, width: 120 },
	name: 'A name',
	lines: ['A name'],
	...over
});

describe('nameBox', () => {
	// Row 1 of the points: under the header and one bar row, one row down, in its middle.
	const middle = 100 + GEOMETRY.header + GEOMETRY.barRowHeight + GEOMETRY.rowHeight * 1.5;
	it("is the name's line around its baseline, 4 px under the mark, with clearance", () => {
		const found = nameBox(mark({}), laneBox)!;
		expect(found.x0).toBe(58 - CLEARANCE);
		expect(found.x1).toBe(178 + CLEARANCE);
		expect(found.y0).toBeLessThanOrEqual(middle + 4 - 11);
		expect(found.y1).toBeGreaterThanOrEqual(middle + 4 + 3);
		expect(found.y1 - found.y0).toBeLessThan(GEOMETRY.rowHeight);
	});

	it('is a line deeper for a name of two lines', () => {
		const one = nameBox(mark({}), laneBox)!;
		const two = nameBox(mark({ lines: ['A', 'name'] }), laneBox)!;
		expect(two.y0).toBe(one.y0);
		expect(two.y1 - one.y1).toBe(NAME_LINE_PX);
	});

	it('is null for a mark drawn without a name', () => {
		expect(nameBox(mark({ label: null }), laneBox)).toBeNull();
	});
});

describe('laneTextBoxes', () => {
	const lane: LaneView = {
		track: 'economy',
		marks: [mark({})],
		clusters: [],
		density: null,
		before: { count: 25, nearest: null },
		after: { count: 3, nearest: null },
		rows: laneBox.rows
	};
	it("holds the names, the lane's name and both counts", () => {
		const boxes = laneTextBoxes(lane, laneBox, 800, 38);
		expect(boxes).toHaveLength(4);
		const before = edgeCount('before', 25, 800);
		const after = edgeCount('after', 3, 800);
		expect(boxes).toContainEqual(
			box(
				before.x - CLEARANCE,
				101 - CLEARANCE,
				before.x + before.width + CLEARANCE,
				119 + CLEARANCE
			)
		);
		expect(boxes).toContainEqual(
			box(after.x - CLEARANCE, 101 - CLEARANCE, after.x + after.width + CLEARANCE, 119 + CLEARANCE)
		);
		// The lane's name starts after the left count and on the header's line.
		const title = boxes.find((b) => b.x0 > before.x + before.width && b.y1 < 125)!;
		expect(title.x1 - title.x0).toBeGreaterThan(80);
	});
});
