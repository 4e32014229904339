/**
 * Where events are dense on the overview strip: counts in bins of equal width on the strip, not
 * of equal time, so the focus years (drawn wide) show finer detail than the compressed decades.
 */
import type { OverviewScale } from './overview';

/** One bin per few pixels: density is about where, not exactly when. */
export const BIN_PX = 4;

export interface StripBin {
	x0: number;
	x1: number;
	count: number;
}

/** The strip cut into bins about `binPx` wide, with how many of `times` fall in each. */
export function stripBins(
	scale: OverviewScale,
	times: Iterable<number>,
	binPx = BIN_PX
): StripBin[] {
	const n = Math.max(1, Math.floor(scale.width / binPx));
	const size = scale.width / n;
	const counts = new Array<number>(n).fill(0);
	for (const time of times) {
		if (!(time >= scale.extent[0] && time < scale.extent[1])) continue;
		const i = Math.min(n - 1, Math.floor(scale.toX(time) / size));
		counts[i] = (counts[i] ?? 0) + 1;
	}
	return counts.map((count, i) => ({ x0: i * size, x1: (i + 1) * size, count }));
}
