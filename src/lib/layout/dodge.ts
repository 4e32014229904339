/**
 * Moves labels apart along one axis, as little as it can: each keeps its wanted position
 * unless that would bring it within `gap` of its neighbour, and the run is kept inside
 * [min, max] when it fits there.
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
	const order = wanted
		.map((value, index) => ({ value, index }))
		.sort((a, b) => a.value - b.value || a.index - b.index);
	const placed = order.map((item) => item.value);
	for (let i = 0; i < placed.length; i++) {
		const floor = i === 0 ? min : (placed[i - 1] as number) + gap;
		placed[i] = Math.max(placed[i] as number, floor);
	}
	// Pushed past the end: slide back up, as far as the start allows.
	for (let i = placed.length - 1; i >= 0; i--) {
		const ceiling = i === placed.length - 1 ? max : (placed[i + 1] as number) - gap;
		placed[i] = Math.max(Math.min(placed[i] as number, ceiling), min + gap * i);
	}
	const result = new Array<number>(wanted.length);
	order.forEach((item, i) => (result[item.index] = placed[i] as number));
	return result;
}
