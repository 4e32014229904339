// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { BatchedCount, nextBatchSize, nextTask, type BatchClock } from './batches.svelte';

describe('nextTask', () => {
	it('runs each callback after a yield, in the order asked, and not once cancelled', async () => {
		const ran: string[] = [];
		nextTask(() => ran.push('a'));
		const cancelB = nextTask(() => ran.push('b'));
		nextTask(() => ran.push('c'));
		const done = new Promise<void>((resolve) => nextTask(() => (ran.push('d'), resolve())));
		cancelB();
		expect(ran).toEqual([]);
		await done;
		expect(ran).toEqual(['a', 'c', 'd']);
	});
});

describe('nextBatchSize', () => {
	it.each([
		{ name: 'a batch on budget keeps its size', args: [10, 6, 6], expected: 10 },
		{ name: 'a slow batch shrinks the next', args: [10, 12, 6], expected: 5 },
		{ name: 'a very slow batch shrinks it to the minimum', args: [10, 600, 6, 2], expected: 2 },
		{ name: 'a quick batch at most doubles the next', args: [10, 1, 6], expected: 20 },
		{ name: 'an unmeasurably quick batch doubles it', args: [10, 0, 6], expected: 20 },
		{ name: 'never past the maximum', args: [200, 1, 6, 1, 256], expected: 256 },
		{ name: 'a size under the minimum still grows', args: [0, 0, 6, 1], expected: 2 }
	])('$name', ({ args, expected }) => {
		const [size, elapsed, budget, min, max] = args as [number, number, number, number?, number?];
		expect(nextBatchSize(size, elapsed, budget, min, max)).toBe(expected);
	});
});

/** A clock whose time moves only as work is done: `msPerItem` for each thing drawn. */
function manualClock() {
	const queue: (() => void)[] = [];
	let time = 0;
	const clock: BatchClock = {
		later: (callback) => {
			queue.push(callback);
			return callback;
		},
		cancel: (handle) => {
			const at = queue.indexOf(handle as () => void);
			if (at >= 0) queue.splice(at, 1);
		},
		now: () => time
	};
	return {
		clock,
		queue,
		spend: (ms: number) => (time += ms),
		runNext: () => {
			const next = queue.shift();
			if (!next) throw new Error('nothing scheduled');
			next();
		}
	};
}

describe('BatchedCount', () => {
	it('climbs to the total a batch per task, sized to the budget', () => {
		const { clock, queue, spend, runNext } = manualClock();
		const sizes: number[] = [];
		const cleanup = $effect.root(() => {
			const counter = new BatchedCount(() => 40, { first: 4, budgetMs: 6, clock });
			let drawn = 0;
			// Drawing costs 1 ms a thing, so batches settle at 6 things.
			$effect(() => {
				spend(counter.count - drawn);
				if (counter.count > drawn) sizes.push(counter.count - drawn);
				drawn = counter.count;
			});
		});
		flushSync();
		while (queue.length > 0) runNext();
		expect(sizes).toEqual([4, 6, 6, 6, 6, 6, 6]);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(40);
		cleanup();
	});

	it('waits while not running, and follows a total that grows', () => {
		const { clock, queue, runNext } = manualClock();
		let running = $state(false);
		let total = $state(10);
		let counter: BatchedCount | undefined;
		const cleanup = $effect.root(() => {
			counter = new BatchedCount(() => total, { running: () => running, first: 5, clock });
		});
		flushSync();
		expect(queue).toHaveLength(0);
		running = true;
		flushSync();
		while (queue.length > 0) runNext();
		expect(counter?.count).toBe(10);
		total = 25;
		flushSync();
		while (queue.length > 0) runNext();
		expect(counter?.count).toBe(25);
		cleanup();
	});

	it('can start with everything drawn, scheduling nothing', () => {
		const { clock, queue } = manualClock();
		let counter: BatchedCount | undefined;
		const cleanup = $effect.root(() => {
			counter = new BatchedCount(() => 30, { start: 30, clock });
		});
		flushSync();
		expect(counter?.count).toBe(30);
		expect(queue).toHaveLength(0);
		cleanup();
	});

	it('cancels its pending batch when its owner goes', () => {
		const { clock, queue } = manualClock();
		const cleanup = $effect.root(() => {
			new BatchedCount(() => 10, { clock });
		});
		flushSync();
		expect(queue).toHaveLength(1);
		cleanup();
		expect(queue).toHaveLength(0);
	});
});
