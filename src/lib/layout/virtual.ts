/** Which rows of a long, fixed-height list are in or near view, so only those are drawn. */
export interface RowRange {
	first: number;
	/** Exclusive. */
	last: number;
}

export function visibleRows(
	scrollTop: number,
	viewportHeight: number,
	rowHeight: number,
	count: number,
	overscan = 8
): RowRange {
	if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
	const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
	const last = Math.min(
		count,
		Math.ceil((scrollTop + Math.max(0, viewportHeight)) / rowHeight) + overscan
	);
	return { first: Math.min(first, last), last };
}

/**
 * How many entries of each group are drawn once the first `drawn` entries of the whole list
 * are: groups fill in order, so a long list can be drawn a few entries per task.
 */
export function drawnPerGroup(sizes: readonly number[], drawn: number): number[] {
	let left = Math.max(0, Math.floor(drawn));
	return sizes.map((size) => {
		const here = Math.min(Math.max(0, size), left);
		left -= here;
		return here;
	});
}
