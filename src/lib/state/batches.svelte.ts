/**
 * Drawing a long run of things (the entries of the event list) a batch per task, so that no task
 * holds the main thread long enough to delay a tap or a key. Batches are sized by how long the
 * last one took: a fast desktop draws many per task, a slow phone few.
 */
import { flushSync } from 'svelte';

/** The time one batch should take: well inside the 50 ms after which a task counts as long. */
export const BATCH_BUDGET_MS = 6;

/**
 * The size of the next batch: scaled so it should take about `budgetMs`, never more than double
 * the last (one quick batch may be luck) and never under `min`.
 */
export function nextBatchSize(
	size: number,
	elapsedMs: number,
	budgetMs = BATCH_BUDGET_MS,
	min = 1,
	max = 256
): number {
	const grown = Math.max(min, size) * 2;
	const fitted = elapsedMs > 0 ? Math.floor((size * budgetMs) / elapsedMs) : grown;
	return Math.max(min, Math.min(max, grown, fitted));
}

/** How the batches are scheduled and timed; injected so the count is testable without a browser. */
export interface BatchClock {
	later(callback: () => void): unknown;
	cancel(handle: unknown): void;
	now(): number;
}

/**
 * Resolves once the main thread has let waiting input and rendering through: the platform's
 * `scheduler.yield()` where there is one, a new task otherwise.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `callback` after the main thread has yielded; returns a function that cancels it. */
export function nextTask(callback: () => void): () => void {
	let live = true;
	void yieldToMain().then(() => {
		if (live) callback();
	});
	return () => {
		live = false;
	};
}

const browserClock: BatchClock = {
	later: nextTask,
	cancel: (handle) => (handle as () => void)(),
	now: () => performance.now()
};

/**
 * A count that climbs to `total()` a batch per task while `running()` holds; the component
 * draws the first `count` things. Create it while a component initialises: it runs on that
 * component's effects and stops with it.
 */
export class BatchedCount {
	count = $state(0);
	#size: number;

	constructor(
		total: () => number,
		options: {
			running?: () => boolean;
			/** How many are drawn from the start, before any batch. */
			start?: number;
			first?: number;
			budgetMs?: number;
			clock?: BatchClock;
		} = {}
	) {
		const { running = () => true, start = 0, first = 8, budgetMs = BATCH_BUDGET_MS } = options;
		const clock = options.clock ?? browserClock;
		this.count = start;
		this.#size = first;
		$effect(() => {
			// Whether it runs first: the total can cost something to know (a layout), and while
			// nothing is to be drawn it need not be known.
			if (!running()) return;
			const target = total();
			if (this.count >= target) return;
			const handle = clock.later(() => {
				const started = clock.now();
				this.count = Math.min(target, this.count + this.#size);
				// Drawn now, inside this task, so its cost is what the next batch is sized by.
				flushSync();
				this.#size = nextBatchSize(this.#size, clock.now() - started, budgetMs);
			});
			return () => clock.cancel(handle);
		});
	}
}

/**
 * A value that follows `source` one yield behind: what is drawn from it then comes in a task of
 * its own, after the task that worked the value out.
 */
export class Following<T> {
	value: T | null = $state.raw(null);

	constructor(source: () => T) {
		$effect(() => {
			const next = source();
			let live = true;
			void yieldToMain().then(() => {
				if (live) this.value = next;
			});
			return () => {
				live = false;
			};
		});
	}
}
