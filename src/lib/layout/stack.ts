/** A stacked bar: each part's share of a total, laid end to end across a width. */

export interface StackSegment<K extends string> {
	key: K;
	count: number;
	x: number;
	width: number;
}

/**
 * Segments in the order of `keys`, scaled so `total` (at least the sum of the counts) fills
 * `width`; parts with no count are left out, so nothing is drawn at zero width.
 */
export function stackSegments<K extends string>(
	counts: Readonly<Record<K, number>>,
	keys: readonly K[],
	width: number,
	total: number = keys.reduce((sum, key) => sum + counts[key], 0)
): StackSegment<K>[] {
	if (total <= 0) return [];
	const unit = width / total;
	let x = 0;
	return keys.flatMap((key) => {
		const count = counts[key];
		if (count <= 0) return [];
		const segment = { key, count, x, width: count * unit };
		x += segment.width;
		return [segment];
	});
}
