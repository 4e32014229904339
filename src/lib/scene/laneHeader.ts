/**
 * A lane's header row: the counts of events beyond either edge ("◀ 3", "5 ▶") and where the
 * lane's name starts, clear of the left count. The SVG, the gesture canvas and exported pictures
 * all place them from here.
 */

/** The text and box of an edge count: `x` is its left edge, 4 px in from the chart's side. */
export function edgeCount(
	side: 'before' | 'after',
	count: number,
	chartWidth: number
): { text: string; x: number; width: number } {
	const text = side === 'before' ? `◀ ${count}` : `${count} ▶`;
	const width = 16 + text.length * 7;
	return { text, x: side === 'before' ? 4 : chartWidth - 4 - width, width };
}

/** Where the lane's name starts: after the left count when there is one. */
export const laneNameX = (countBefore: number): number =>
	countBefore > 0 ? 54 + (String(countBefore).length - 1) * 7 : 8;
