import { describe, expect, it } from 'vitest';
import {
	layoutLane,
	type ClusterChip,
	type LaneItem,
	type LaneLayout,
	type LaneLayoutOptions
} from './lane';
import { deepFreeze, mulberry32, randomLane } from './seeded';

const item = (id: string, x0: number, x1: number, priority = 0): LaneItem => ({
	id,
	x0,
	x1,
	priority
});

const OPTIONS: LaneLayoutOptions = { maxRows: 3, gap: 2, chipWidth: 20 };

const cases: {
	name: string;
	items: LaneItem[];
	options: LaneLayoutOptions;
	expected: LaneLayout;
}[] = [
	{
		name: 'empty lane',
		items: [],
		options: OPTIONS,
		expected: { marks: [], clusters: [], rowsUsed: 0 }
	},
	{
		name: 'one point',
		items: [item('a', 10, 18)],
		options: OPTIONS,
		expected: { marks: [{ id: 'a', row: 0, x0: 10, x1: 18 }], clusters: [], rowsUsed: 1 }
	},
	{
		name: 'points clear of each other (even by exactly gap) share row 0, in x order',
		items: [item('c', 30, 38), item('a', 0, 8), item('b', 10, 18)],
		options: OPTIONS,
		expected: {
			marks: [
				{ id: 'a', row: 0, x0: 0, x1: 8 },
				{ id: 'b', row: 0, x0: 10, x1: 18 },
				{ id: 'c', row: 0, x0: 30, x1: 38 }
			],
			clusters: [],
			rowsUsed: 1
		}
	},
	{
		name: 'three overlapping points with maxRows 3 take rows 0, 1, 2',
		items: [item('a', 0, 8), item('b', 4, 12), item('c', 6, 14)],
		options: OPTIONS,
		expected: {
			marks: [
				{ id: 'a', row: 0, x0: 0, x1: 8 },
				{ id: 'b', row: 1, x0: 4, x1: 12 },
				{ id: 'c', row: 2, x0: 6, x1: 14 }
			],
			clusters: [],
			rowsUsed: 3
		}
	},
	{
		name: 'four overlapping points with maxRows 3 become one chip of all four',
		items: [item('a', 0, 8), item('b', 2, 10), item('c', 4, 12), item('d', 6, 14)],
		options: OPTIONS,
		expected: {
			marks: [],
			clusters: [{ key: 'a+4', ids: ['a', 'b', 'c', 'd'], count: 4, x0: 6, x1: 26, row: 3 }],
			rowsUsed: 0
		}
	},
	{
		name: 'a long bar stays a mark while the pile on it becomes a chip',
		items: [item('bar', 0, 100), item('p1', 40, 48), item('p2', 42, 50), item('p3', 44, 52)],
		options: OPTIONS,
		expected: {
			marks: [{ id: 'bar', row: 0, x0: 0, x1: 100 }],
			clusters: [{ key: 'p1+3', ids: ['p1', 'p2', 'p3'], count: 3, x0: 44, x1: 64, row: 3 }],
			rowsUsed: 1
		}
	},
	{
		name: 'priority decides who gets row 0',
		items: [item('a', 0, 8, 2), item('b', 0, 8, 1)],
		options: OPTIONS,
		expected: {
			marks: [
				{ id: 'b', row: 0, x0: 0, x1: 8 },
				{ id: 'a', row: 1, x0: 0, x1: 8 }
			],
			clusters: [],
			rowsUsed: 2
		}
	},
	{
		name: 'ties in x0 and priority are broken by id',
		items: [item('b', 0, 8), item('a', 0, 8)],
		options: OPTIONS,
		expected: {
			marks: [
				{ id: 'a', row: 0, x0: 0, x1: 8 },
				{ id: 'b', row: 1, x0: 0, x1: 8 }
			],
			clusters: [],
			rowsUsed: 2
		}
	},
	{
		name: 'a chip near maxX is clamped inside the window',
		items: [item('a', 90, 98), item('b', 92, 100)],
		options: { ...OPTIONS, maxRows: 1, maxX: 100 },
		expected: {
			marks: [],
			clusters: [{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 80, x1: 100, row: 1 }],
			rowsUsed: 0
		}
	},
	{
		name: 'a chip before minX is clamped inside the window',
		items: [item('a', -10, -1), item('b', -8, 0)],
		options: { ...OPTIONS, maxRows: 1, minX: 0 },
		expected: {
			marks: [],
			clusters: [{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 0, x1: 20, row: 1 }],
			rowsUsed: 0
		}
	},
	{
		name: 'overflow past maxX joins the clamped chip rather than stacking a second on it',
		items: [item('a', 90, 98), item('b', 150, 158)],
		options: { ...OPTIONS, maxRows: 0, maxX: 100 },
		expected: {
			marks: [],
			clusters: [{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 80, x1: 100, row: 0 }],
			rowsUsed: 0
		}
	},
	{
		name: 'two separate piles become two chips',
		items: [item('a', 0, 8), item('b', 2, 10), item('c', 100, 108), item('d', 102, 110)],
		options: { ...OPTIONS, maxRows: 1 },
		expected: {
			marks: [],
			clusters: [
				{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 2, x1: 22, row: 1 },
				{ key: 'c+2', ids: ['c', 'd'], count: 2, x0: 102, x1: 122, row: 1 }
			],
			rowsUsed: 0
		}
	},
	{
		name: 'a mark exactly gap clear of a chip stays a mark',
		items: [item('a', 0, 8), item('b', 4, 12), item('c', 26, 34)],
		options: { ...OPTIONS, maxRows: 1 },
		expected: {
			marks: [{ id: 'c', row: 0, x0: 26, x1: 34 }],
			clusters: [{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 4, x1: 24, row: 1 }],
			rowsUsed: 1
		}
	},
	{
		name: 'a mark within reach of two chips joins the one with the nearer centre',
		items: [item('a', 0, 8), item('b', 1, 9), item('m', 20, 28), item('d', 26, 34)],
		options: { ...OPTIONS, maxRows: 1 },
		expected: {
			marks: [],
			clusters: [
				{ key: 'a+2', ids: ['a', 'b'], count: 2, x0: 1, x1: 21, row: 1 },
				{ key: 'm+2', ids: ['m', 'd'], count: 2, x0: 26, x1: 46, row: 1 }
			],
			rowsUsed: 0
		}
	},
	{
		name: 'a row emptied by a chip is closed up',
		items: [item('a', 0, 8), item('bar', 2, 100), item('c', 4, 12)],
		options: { ...OPTIONS, maxRows: 2 },
		expected: {
			marks: [{ id: 'bar', row: 0, x0: 2, x1: 100 }],
			clusters: [{ key: 'a+2', ids: ['a', 'c'], count: 2, x0: 4, x1: 24, row: 2 }],
			rowsUsed: 1
		}
	},
	{
		name: 'items outside [minX, maxX] are kept (the caller filters to the window)',
		items: [item('a', 200, 208)],
		options: { ...OPTIONS, minX: 0, maxX: 100 },
		expected: { marks: [{ id: 'a', row: 0, x0: 200, x1: 208 }], clusters: [], rowsUsed: 1 }
	}
];

describe('layoutLane', () => {
	it.each(cases)('$name', ({ items, options, expected }) => {
		expect(layoutLane(items, options)).toEqual(expected);
	});

	it.each([
		{ name: 'negative maxRows', options: { ...OPTIONS, maxRows: -1 } },
		{ name: 'fractional maxRows', options: { ...OPTIONS, maxRows: 1.5 } },
		{ name: 'NaN gap', options: { ...OPTIONS, gap: NaN } },
		{ name: 'negative chipWidth', options: { ...OPTIONS, chipWidth: -1 } }
	])('rejects $name', ({ options }) => {
		expect(() => layoutLane([], options)).toThrow(RangeError);
	});

	it('leaves the input array and its objects untouched', () => {
		const items = deepFreeze([item('b', 0, 8), item('a', 0, 8), item('c', 2, 10), item('d', 4, 9)]);
		const before = structuredClone(items);
		const layout = layoutLane(items, deepFreeze({ ...OPTIONS, maxRows: 2 }));
		expect(items).toEqual(before);
		expect(layout.clusters).toHaveLength(1);
	});
});

/** The sort the layout promises: x0, then priority, then id. */
const itemOrder = (items: readonly LaneItem[]) =>
	[...items]
		.sort((a, b) => a.x0 - b.x0 || a.priority - b.priority || (a.id < b.id ? -1 : 1))
		.map((i) => i.id);

function checkInvariants(items: readonly LaneItem[], options: LaneLayoutOptions): void {
	const { maxRows, gap, chipWidth, minX, maxX } = options;
	const { marks, clusters, rowsUsed } = layoutLane(items, options);
	const byId = new Map(items.map((i) => [i.id, i]));
	const rank = new Map(itemOrder(items).map((id, r) => [id, r]));

	// Every id exactly once, in marks or in one chip.
	const seen = [...marks.map((m) => m.id), ...clusters.flatMap((c) => c.ids)];
	expect(seen.toSorted()).toEqual(items.map((i) => i.id).toSorted());
	expect(marks.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(items.length);

	// Marks: unchanged extents, item order, rows 0..rowsUsed-1 all used, no overlap within a row.
	expect(marks.map((m) => m.id)).toEqual(itemOrder(marks.map((m) => byId.get(m.id)!)));
	const rowEnds = new Map<number, number>();
	for (const mark of marks) {
		expect(mark).toMatchObject({ x0: byId.get(mark.id)!.x0, x1: byId.get(mark.id)!.x1 });
		expect(mark.row).toBeGreaterThanOrEqual(0);
		expect(mark.row).toBeLessThan(Math.min(maxRows, rowsUsed));
		expect(rowEnds.get(mark.row) ?? -Infinity).toBeLessThanOrEqual(mark.x0 - gap);
		rowEnds.set(mark.row, Math.max(rowEnds.get(mark.row) ?? -Infinity, mark.x1));
	}
	expect(rowEnds.size).toBe(rowsUsed);

	// Chips: shape, key, item order, clamping, left to right with gap between them.
	clusters.forEach((chip: ClusterChip, i) => {
		expect(chip.count).toBe(chip.ids.length);
		expect(chip.count).toBeGreaterThan(0);
		expect(chip.key).toBe(`${chip.ids[0]}+${chip.count}`);
		expect(chip.x1).toBe(chip.x0 + chipWidth);
		expect(chip.row).toBe(maxRows);
		expect(chip.ids.map((id) => rank.get(id)!)).toEqual(
			chip.ids.map((id) => rank.get(id)!).toSorted((a, b) => a - b)
		);
		if (minX !== undefined) expect(chip.x0).toBeGreaterThanOrEqual(minX);
		if (maxX !== undefined && (minX === undefined || minX <= maxX - chipWidth)) {
			expect(chip.x1).toBeLessThanOrEqual(maxX);
		}
		const previous = clusters[i - 1];
		if (previous) expect(chip.x0).toBeGreaterThanOrEqual(previous.x1 + gap);
		// One place shows its marks or a chip, not both: no short mark is left within reach.
		for (const mark of marks) {
			const reaches = mark.x0 < chip.x1 + gap && mark.x1 > chip.x0 - gap;
			if (reaches) expect(mark.x1 - mark.x0).toBeGreaterThan(chipWidth);
		}
	});
}

describe('layoutLane invariants over seeded random lanes', () => {
	it('hold for 1000 seeds, whatever the input order', () => {
		for (let seed = 0; seed < 1000; seed++) {
			const { items, options } = randomLane(mulberry32(seed));
			try {
				checkInvariants(items, options);
				// Same items in another order → the same layout (same rows, same keys).
				expect(layoutLane(items.toReversed(), options)).toEqual(layoutLane(items, options));
			} catch (error) {
				throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
			}
		}
	});
});

describe('names in two lines', () => {
	const tall = (id: string, x0: number, reserve: number, tallReserve: number): LaneItem => ({
		...item(id, x0, x0 + 8),
		reserve,
		tallReserve
	});

	it('takes a row and the one below it, keeping both clear over its name', () => {
		const layout = layoutLane([tall('a', 0, 100, 60), item('b', 20, 28), item('c', 80, 88)], {
			...OPTIONS,
			maxRows: 4
		});
		expect(layout.marks).toEqual([
			{ id: 'a', row: 0, x0: 0, x1: 8, tall: true },
			{ id: 'b', row: 2, x0: 20, x1: 28 },
			{ id: 'c', row: 0, x0: 80, x1: 88 }
		]);
		expect(layout.rowsUsed).toBe(3);
	});

	it('keeps the row of a second line when no mark stands in it', () => {
		const layout = layoutLane([tall('a', 0, 100, 60)], OPTIONS);
		expect(layout.rowsUsed).toBe(2);
	});

	it('takes one row with its one-line room when no two rows are free together', () => {
		const layout = layoutLane([item('x', 0, 8, -1), tall('a', 0, 100, 60)], {
			...OPTIONS,
			maxRows: 2
		});
		expect(layout.marks.find((m) => m.id === 'a')).toEqual({ id: 'a', row: 1, x0: 0, x1: 8 });
	});
});
