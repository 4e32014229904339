/**
 * The order of `compareEvents` (start, then id) for generated records, computed on numbers:
 * a comparator on strings sorts 100,000 records in ~250 ms, numeric keys in a few ms.
 */

/**
 * The indices 0..n-1 in the order their decimal strings sort ("0", "1", "10", "100", …, "11",
 * …, "2"): the preorder walk of the digit trie, so ids `<prefix><index>` sort like indices.
 */
export function lexicalOrder(n: number): Int32Array {
	const order = new Int32Array(n);
	let current = 1;
	for (let k = 1; k < n; k++) {
		order[k] = current;
		if (current * 10 < n) current *= 10;
		else {
			while (current % 10 === 9 || current + 1 >= n) current = Math.floor(current / 10);
			current += 1;
		}
	}
	return order;
}

/**
 * Indices of records sorted by day number, then by id `<prefix><index>` as strings compare,
 * which is exactly `compareEvents` when every id shares the prefix.
 */
export function orderByDayThenId(days: Int32Array): Int32Array {
	const n = days.length;
	const lexical = lexicalOrder(n);
	const rank = new Int32Array(n);
	for (let r = 0; r < n; r++) rank[lexical[r] as number] = r;
	let first = Infinity;
	for (const day of days) first = Math.min(first, day);
	// day * n + rank stays far below 2^53, so the keys are exact and distinct.
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) keys[i] = ((days[i] as number) - first) * n + (rank[i] as number);
	keys.sort();
	const order = new Int32Array(n);
	for (let k = 0; k < n; k++) order[k] = lexical[(keys[k] as number) % n] as number;
	return order;
}
