/**
 * One lane of the timeline in pixel space: marks packed into rows, overflow merged into chips.
 * A transform in the Observable Plot sense (items and options in, new records out); the input
 * is only read, and the result does not depend on the order of the input array.
 */

export interface LaneItem {
	/** Unique within the lane: ids name the marks and the events a chip stands for. */
	id: string;
	/** Left edge in px (for a point mark: centre − radius). */
	x0: number;
	/** Right edge in px, x1 >= x0 (for a bar: the end of its window). */
	x1: number;
	/** Lower = more important: gets a row first when items compete for the same x. */
	priority: number;
	/**
	 * Room kept clear after x1 in its row (px, for the item's name beside it): the next item in
	 * the row starts past it, so the name can be drawn. 0 when omitted.
	 */
	reserve?: number;
	/**
	 * Room kept clear after x1 in its row and in the row below, for a name set in two lines: the
	 * item takes two rows when it finds two free together, and one (with `reserve`) otherwise.
	 */
	tallReserve?: number;
}

export interface PlacedMark {
	id: string;
	/** In [0, maxRows); rows left empty by chips are closed up, so rows 0..rowsUsed-1 all hold marks. */
	row: number;
	x0: number;
	x1: number;
	/** Set when it took the row below too (see LaneItem.tallReserve). */
	tall?: true;
}

export interface ClusterChip {
	/** `${ids[0]}+${count}`: the same events give the same key, so a keyed {#each} keeps the node. */
	key: string;
	/** The events it stands for, in item order (x0, then priority, then id). */
	ids: string[];
	count: number;
	x0: number;
	x1: number;
	/** Always maxRows: chips have a row of their own below the marks. */
	row: number;
}

export interface LaneLayout {
	/** In item order. */
	marks: PlacedMark[];
	/** Left to right, never within `gap` of each other. */
	clusters: ClusterChip[];
	/** Rows holding a mark or the second line of a name (they are 0..rowsUsed-1). */
	rowsUsed: number;
}

export interface LaneLayoutOptions {
	/** Rows of marks (a non-negative integer; 0 turns every item into a chip). */
	maxRows: number;
	/** Least clear space between neighbours in a row, and between chips (px, >= 0). */
	gap: number;
	chipWidth: number;
	/** The visible window: chips are clamped into it, items are not filtered by it. */
	minX?: number;
	maxX?: number;
	/**
	 * Whether short marks beside a chip join it, so a pile shows its marks or one chip, never
	 * both (default true). Off where marks carry names: a named mark says more than a chip.
	 */
	pullIntoChips?: boolean;
}

/** A chip under construction: ranks index the sorted items. */
interface Draft {
	x0: number;
	x1: number;
	ranks: number[];
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const compareItems = (a: LaneItem, b: LaneItem) =>
	a.x0 - b.x0 || a.priority - b.priority || compareIds(a.id, b.id);

function checkOptions({ maxRows, gap, chipWidth }: LaneLayoutOptions): void {
	// A bad option is a programming error in the caller; a silently empty lane would hide it.
	if (!Number.isInteger(maxRows) || maxRows < 0) {
		throw new RangeError(`maxRows must be a non-negative integer, got ${maxRows}`);
	}
	if (!(gap >= 0) || !Number.isFinite(gap)) throw new RangeError(`gap must be >= 0, got ${gap}`);
	if (!(chipWidth >= 0) || !Number.isFinite(chipWidth)) {
		throw new RangeError(`chipWidth must be >= 0, got ${chipWidth}`);
	}
}

/**
 * First fit, twice. Each item takes the lowest row whose last mark, and the room that mark keeps
 * for its name, end at least `gap` before it (for a two-line name, the lowest such pair of rows).
 * What finds no row then gets a second chance without its name: any row with a clear gap of its
 * width, so a crowded day shows unnamed marks before it shows chips.
 */
function packRows(order: readonly LaneItem[], maxRows: number, gap: number) {
	// Items arrive by x0, so a row's last mark is also its right-most: one number per row suffices.
	const rowEnds = new Array<number>(maxRows).fill(-Infinity);
	const rows = new Array<number>(order.length).fill(-1);
	const tall = new Array<boolean>(order.length).fill(false);
	const taken: [number, number][][] = Array.from({ length: maxRows }, () => []);
	const missed: number[] = [];
	const take = (row: number, x0: number, end: number) => {
		rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, end);
		taken[row]!.push([x0, end]);
	};
	order.forEach((item, rank) => {
		const free = (row: number) => (rowEnds[row] as number) <= item.x0 - gap;
		if (item.tallReserve !== undefined) {
			const row = rowEnds.findIndex((_, r) => r + 1 < maxRows && free(r) && free(r + 1));
			if (row !== -1) {
				rows[rank] = row;
				tall[rank] = true;
				take(row, item.x0, item.x1 + item.tallReserve);
				take(row + 1, item.x0, item.x1 + item.tallReserve);
				return;
			}
		}
		const row = rowEnds.findIndex((_, r) => free(r));
		if (row === -1) {
			missed.push(rank);
		} else {
			rows[rank] = row;
			take(row, item.x0, item.x1 + (item.reserve ?? 0));
		}
	});
	const overflow: number[] = [];
	for (const rank of missed) {
		const { x0, x1 } = order[rank]!;
		const row = taken.findIndex((spans) =>
			spans.every(([start, end]) => end <= x0 - gap || start >= x1 + gap)
		);
		if (row === -1) {
			overflow.push(rank);
		} else {
			rows[rank] = row;
			taken[row]!.push([x0, x1]);
		}
	}
	return { rows, tall, overflow };
}

/** minX wins when the window is narrower than a chip, so the chip's left edge stays visible. */
function clampChip(x: number, { minX, maxX, chipWidth }: LaneLayoutOptions): number {
	let at = x;
	if (maxX !== undefined) at = Math.min(at, maxX - chipWidth);
	if (minX !== undefined) at = Math.max(at, minX);
	return at;
}

/** Overflow merges left to right; each chip takes what starts before its right edge + gap. */
function formChips(
	order: readonly LaneItem[],
	overflow: readonly number[],
	options: LaneLayoutOptions
): Draft[] {
	const drafts: Draft[] = [];
	let current: Draft | undefined;
	for (const rank of overflow) {
		const x0 = order[rank]!.x0;
		// The second test catches items past maxX: clamped, they would start a chip on top of
		// the one already pinned to the edge, so they join it instead.
		if (
			current &&
			(x0 < current.x1 + options.gap || clampChip(x0, options) < current.x1 + options.gap)
		) {
			current.ranks.push(rank);
			continue;
		}
		const at = clampChip(x0, options);
		current = { x0: at, x1: at + options.chipWidth, ranks: [rank] };
		drafts.push(current);
	}
	return drafts;
}

/**
 * Short marks near a chip join it, so a pile shows either its marks or one chip holding all of
 * them, never a few marks beside a chip of "the rest". Long bars stay: they span more than the
 * chip could stand for. Returns, per rank, whether the mark was pulled.
 */
function pullShortMarks(
	order: readonly LaneItem[],
	rows: readonly number[],
	drafts: readonly Draft[],
	{ gap, chipWidth }: LaneLayoutOptions
): boolean[] {
	const pulled = new Array<boolean>(order.length).fill(false);
	let first = 0; // first chip that can still reach a mark; x0 only grows, so it only moves right
	order.forEach((item, rank) => {
		if (rows[rank] === -1 || item.x1 - item.x0 > chipWidth) return;
		while (first < drafts.length && drafts[first]!.x1 + gap <= item.x0) first++;
		// A short mark reaches at most a few chips; between two, the nearer centre takes it.
		const centre = (item.x0 + item.x1) / 2;
		const distance = (d: Draft) => Math.abs((d.x0 + d.x1) / 2 - centre);
		let best: Draft | undefined;
		for (let i = first; i < drafts.length && drafts[i]!.x0 - gap < item.x1; i++) {
			const chip = drafts[i]!;
			if (!best || distance(chip) < distance(best)) best = chip;
		}
		if (best) {
			best.ranks.push(rank);
			pulled[rank] = true;
		}
	});
	return pulled;
}

/** Pack a lane's items into at most `maxRows` rows; what does not fit becomes cluster chips. */
export function layoutLane(items: readonly LaneItem[], options: LaneLayoutOptions): LaneLayout {
	checkOptions(options);
	const order = [...items].sort(compareItems);
	const { rows, tall, overflow } = packRows(order, options.maxRows, options.gap);
	const drafts = formChips(order, overflow, options);
	const pulled =
		options.pullIntoChips === false
			? new Array<boolean>(order.length).fill(false)
			: pullShortMarks(order, rows, drafts, options);

	// Pulling marks can empty a whole row; close it up so rowsUsed is also the lane's height.
	const used = new Array<boolean>(options.maxRows).fill(false);
	order.forEach((_, rank) => {
		if (rows[rank]! >= 0 && !pulled[rank]) {
			used[rows[rank]!] = true;
			// A name's second line keeps its row, even when no mark stands in it.
			if (tall[rank]) used[rows[rank]! + 1] = true;
		}
	});
	const renumber: number[] = [];
	let rowsUsed = 0;
	used.forEach((inUse, row) => {
		if (inUse) renumber[row] = rowsUsed++;
	});

	const marks: PlacedMark[] = [];
	order.forEach(({ id, x0, x1 }, rank) => {
		if (rows[rank]! >= 0 && !pulled[rank]) {
			const mark: PlacedMark = { id, row: renumber[rows[rank]!]!, x0, x1 };
			if (tall[rank]) mark.tall = true;
			marks.push(mark);
		}
	});
	const clusters = drafts.map(({ x0, x1, ranks }): ClusterChip => {
		const ids = ranks.sort((a, b) => a - b).map((rank) => order[rank]!.id);
		return { key: `${ids[0]}+${ids.length}`, ids, count: ids.length, x0, x1, row: options.maxRows };
	});
	return { marks, clusters, rowsUsed };
}
