/**
 * Test support: seeded random lanes for the property-style tests, so a failure names a seed that
 * reproduces it (no fast-check: the invariants need a generator, not shrinking).
 */
import { randomInt } from '../synthetic/random';
import type { LaneItem, LaneLayoutOptions } from './lane';

export { mulberry32, randomInt } from '../synthetic/random';

/**
 * A lane with piles, ties and a few long bars: x0 on a coarse grid so that equal x0 and touching
 * edges (the boundary cases) come up often; ids shuffled so input order says nothing.
 */
export function randomLane(random: () => number): {
	items: LaneItem[];
	options: LaneLayoutOptions;
} {
	const count = randomInt(random, 0, 40);
	const items: LaneItem[] = [];
	for (let i = 0; i < count; i++) {
		const x0 = randomInt(random, -20, 120) * 2;
		const width = random() < 0.8 ? 8 : randomInt(random, 0, 150);
		items.push({ id: `e${i}`, x0, x1: x0 + width, priority: randomInt(random, 0, 3) });
	}
	for (let i = items.length - 1; i > 0; i--) {
		const j = randomInt(random, 0, i);
		[items[i], items[j]] = [items[j]!, items[i]!];
	}
	const options: LaneLayoutOptions = {
		maxRows: randomInt(random, 0, 4),
		gap: randomInt(random, 0, 4),
		chipWidth: randomInt(random, 4, 30)
	};
	if (random() < 0.5) options.minX = randomInt(random, -10, 90);
	if (random() < 0.5) options.maxX = randomInt(random, 100, 260);
	return { items, options };
}

/** Freeze an object graph so any write to it throws (test modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		for (const inner of Object.values(value)) deepFreeze(inner);
		Object.freeze(value);
	}
	return value;
}
