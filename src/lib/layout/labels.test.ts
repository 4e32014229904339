import { describe, expect, it } from 'vitest';
import {
	estimateTextWidth,
	namePlate,
	placeLabels,
	type LabelRequest,
	type PlacedLabel
} from './labels';
import { layoutLane, type ClusterChip, type PlacedMark } from './lane';
import { deepFreeze, mulberry32, randomInt, randomLane } from './seeded';

const mark = (id: string, row: number, x0: number, x1: number): PlacedMark => ({ id, row, x0, x1 });
const OPTIONS = { gap: 2, maxX: 100 };

const cases: {
	name: string;
	marks: PlacedMark[];
	labels: LabelRequest[];
	options: { gap: number; maxX: number; clusters?: ClusterChip[] };
	expected: PlacedLabel[];
}[] = [
	{
		name: 'a label that fits sits gap right of its mark',
		marks: [mark('a', 0, 0, 8)],
		labels: [{ id: 'a', width: 30 }],
		options: OPTIONS,
		expected: [{ id: 'a', x: 10, width: 30 }]
	},
	{
		name: 'a label blocked by the next mark in its row is dropped',
		marks: [mark('a', 0, 0, 8), mark('b', 0, 30, 38)],
		labels: [
			{ id: 'a', width: 30 },
			{ id: 'b', width: 10 }
		],
		options: OPTIONS,
		expected: [{ id: 'b', x: 40, width: 10 }]
	},
	{
		name: 'a label ending exactly gap before the next mark fits',
		marks: [mark('a', 0, 0, 8), mark('b', 0, 30, 38)],
		labels: [{ id: 'a', width: 18 }],
		options: OPTIONS,
		expected: [{ id: 'a', x: 10, width: 18 }]
	},
	{
		name: 'a mark in another row does not block',
		marks: [mark('a', 0, 0, 8), mark('b', 1, 30, 38)],
		labels: [{ id: 'a', width: 30 }],
		options: OPTIONS,
		expected: [{ id: 'a', x: 10, width: 30 }]
	},
	{
		name: 'a label running past maxX goes left of its mark',
		marks: [mark('a', 0, 80, 88)],
		labels: [{ id: 'a', width: 20 }],
		options: OPTIONS,
		expected: [{ id: 'a', x: 58, width: 20 }]
	},
	{
		name: 'a label running past maxX with no room on the left is dropped',
		marks: [mark('b', 0, 50, 60), mark('a', 0, 80, 88)],
		labels: [{ id: 'a', width: 20 }],
		options: OPTIONS,
		expected: []
	},
	{
		name: 'a label running past maxX and past 0 on the left is dropped',
		marks: [mark('a', 0, 10, 98)],
		labels: [{ id: 'a', width: 20 }],
		options: OPTIONS,
		expected: []
	},
	{
		name: 'a label ending exactly at maxX fits',
		marks: [mark('a', 0, 80, 88)],
		labels: [{ id: 'a', width: 10 }],
		options: OPTIONS,
		expected: [{ id: 'a', x: 90, width: 10 }]
	},
	{
		name: 'a mark without a request gets no label',
		marks: [mark('a', 0, 0, 8), mark('b', 0, 40, 48)],
		labels: [{ id: 'b', width: 10 }],
		options: OPTIONS,
		expected: [{ id: 'b', x: 50, width: 10 }]
	},
	{
		name: 'labels come back in mark order, not x order',
		marks: [mark('b', 1, 40, 48), mark('a', 0, 0, 8)],
		labels: [
			{ id: 'a', width: 10 },
			{ id: 'b', width: 10 }
		],
		options: OPTIONS,
		expected: [
			{ id: 'b', x: 50, width: 10 },
			{ id: 'a', x: 10, width: 10 }
		]
	},
	{
		name: 'a chip in the same row blocks like a mark; chips in the chip row do not',
		marks: [mark('a', 0, 0, 8), mark('b', 1, 0, 8)],
		labels: [
			{ id: 'a', width: 30 },
			{ id: 'b', width: 30 }
		],
		options: {
			...OPTIONS,
			clusters: [
				{ key: 'c+2', ids: ['c', 'd'], count: 2, x0: 20, x1: 40, row: 0 },
				{ key: 'e+2', ids: ['e', 'f'], count: 2, x0: 20, x1: 40, row: 2 }
			]
		},
		expected: [{ id: 'b', x: 10, width: 30 }]
	},
	{
		name: 'a label never lands on a mark that overlaps its own',
		marks: [mark('a', 0, 0, 50), mark('b', 0, 10, 18)],
		labels: [{ id: 'b', width: 10 }],
		options: OPTIONS,
		expected: []
	},
	{
		name: 'a negative width gets no label',
		marks: [mark('a', 0, 0, 8)],
		labels: [{ id: 'a', width: -5 }],
		options: OPTIONS,
		expected: []
	}
];

describe('placeLabels', () => {
	it.each(cases)('$name', ({ marks, labels, options, expected }) => {
		expect(placeLabels(marks, labels, options)).toEqual(expected);
	});

	it('leaves its inputs untouched', () => {
		const marks = deepFreeze([mark('b', 0, 30, 38), mark('a', 0, 0, 8)]);
		const labels = deepFreeze([{ id: 'a', width: 10 }]);
		const before = structuredClone({ marks, labels });
		expect(placeLabels(marks, labels, deepFreeze({ ...OPTIONS }))).toHaveLength(1);
		expect({ marks, labels }).toEqual(before);
	});

	it('never overlaps a mark, chip or label in its row, over 500 seeded lanes', () => {
		for (let seed = 0; seed < 500; seed++) {
			const random = mulberry32(seed);
			const { items, options } = randomLane(random);
			const { marks, clusters } = layoutLane(items, options);
			const gap = options.gap;
			const maxX = randomInt(random, 100, 300);
			const requests = marks.map(({ id }) => ({ id, width: randomInt(random, 0, 60) }));
			const labels = placeLabels(marks, requests, { gap, maxX, clusters });
			const byId = new Map(marks.map((m) => [m.id, m]));
			const context = `seed ${seed}`;
			expect(
				labels.map((l) => l.id),
				context
			).toEqual(marks.filter((m) => labels.some((l) => l.id === m.id)).map((m) => m.id));
			const boxes = [
				...marks.map((m) => ({ id: m.id, row: m.row, x0: m.x0, x1: m.x1 })),
				...clusters.map((c) => ({ id: c.key, row: c.row, x0: c.x0, x1: c.x1 })),
				...labels.map((l) => ({
					id: `label ${l.id}`,
					row: byId.get(l.id)!.row,
					x0: l.x,
					x1: l.x + l.width
				}))
			];
			for (const label of labels) {
				const own = byId.get(label.id)!;
				// Right of its mark, or, where that would run past maxX, left of it.
				const left = own.x0 - gap - label.width;
				expect([own.x1 + gap, left], context).toContain(label.x);
				if (label.x === left && label.x !== own.x1 + gap) {
					expect(own.x1 + gap + label.width, context).toBeGreaterThan(maxX);
					expect(label.x, context).toBeGreaterThanOrEqual(0);
				}
				expect(label.x + label.width, context).toBeLessThanOrEqual(maxX);
				for (const box of boxes) {
					if (box.row !== own.row || box.id === label.id || box.id === `label ${label.id}`)
						continue;
					const clear = box.x1 <= label.x - gap || box.x0 >= label.x + label.width + gap;
					expect(clear, `${context}: label ${label.id} hits ${box.id}`).toBe(true);
				}
			}
		}
	});
});

describe('estimateTextWidth', () => {
	it.each([
		{ name: 'empty text', text: '', size: 12, expected: 0 },
		{ name: 'Latin at 0.56em, rounded up', text: 'abcd', size: 10, expected: 23 },
		{ name: 'no float noise at whole pixels', text: 'abcdefghij', size: 10, expected: 56 },
		{ name: 'whitespace collapses as in SVG', text: '  a \n\t b ', size: 10, expected: 17 },
		{ name: 'Hangul is a full em', text: '한미', size: 10, expected: 20 },
		{ name: 'combining marks take no room', text: 'e\u0301', size: 10, expected: 6 },
		{ name: 'a zero font size', text: 'abc', size: 0, expected: 0 },
		{ name: 'a NaN font size', text: 'abc', size: NaN, expected: 0 }
	])('$name', ({ text, size, expected }) => {
		expect(estimateTextWidth(text, size)).toBe(expected);
	});
});

describe('names inside bars and in two lines', () => {
	it('sets the name of a bar spanning the chart at its left edge, inside the bar', () => {
		expect(
			placeLabels([mark('a', 0, -50, 150)], [{ id: 'a', width: 40 }], { ...OPTIONS, inset: 14 })
		).toEqual([{ id: 'a', x: 2, width: 40 }]);
	});

	it('sets it past the glyph of a bar that starts in view, and not at all in a short one', () => {
		expect(
			placeLabels([mark('a', 0, 20, 150)], [{ id: 'a', width: 40 }], { ...OPTIONS, inset: 14 })
		).toEqual([{ id: 'a', x: 34, width: 40 }]);
		expect(
			placeLabels([mark('a', 0, 20, 70)], [{ id: 'a', width: 40 }], { ...OPTIONS, inset: 14 })
		).toEqual([]);
	});

	it('keeps a two-line name to the right, clear of the row below', () => {
		const marks = [mark('a', 0, 0, 8), mark('b', 1, 30, 38), mark('c', 1, 70, 78)];
		const labels = [
			{ id: 'a', width: 20, tall: true },
			{ id: 'b', width: 20 },
			{ id: 'c', width: 20 }
		];
		// b's mark lies under a's second line: a stays unnamed rather than cross it.
		expect(placeLabels(marks, labels, OPTIONS).map((l) => l.id)).toEqual(['b', 'c']);
		// Moved clear, a is named and b's name must not run into a's second line.
		const clear = [mark('a', 0, 0, 8), mark('b', 1, 40, 48), mark('d', 1, -40, -30)];
		const placed = placeLabels(
			clear,
			[
				{ id: 'a', width: 20, tall: true },
				{ id: 'b', width: 20 },
				{ id: 'd', width: 45 }
			],
			OPTIONS
		);
		expect(placed).toEqual([
			{ id: 'a', x: 10, width: 20 },
			{ id: 'b', x: 50, width: 20 }
		]);
	});
});

describe('namePlate', () => {
	const label = (x: number, width: number): PlacedLabel => ({ id: 'a', x, width });

	it('clears the bar under a name set over it, with room either side', () => {
		expect(namePlate({ isBar: true, x0: 0, x1: 500, label: label(14, 200) })).toEqual([11, 217]);
	});

	it('stops at the bar’s end when the name runs past it', () => {
		expect(namePlate({ isBar: true, x0: 0, x1: 120, label: label(14, 200) })).toEqual([11, 120]);
	});

	it('clears nothing for a name beside its bar (after or before it), a point’s name or a hidden name', () => {
		expect(namePlate({ isBar: true, x0: 0, x1: 120, label: label(124, 80) })).toBeNull();
		expect(namePlate({ isBar: true, x0: 300, x1: 500, label: label(130, 166) })).toBeNull();
		expect(namePlate({ isBar: false, x0: 0, x1: 500, label: label(14, 200) })).toBeNull();
		expect(namePlate({ isBar: true, x0: 0, x1: 500, label: null })).toBeNull();
	});
});
