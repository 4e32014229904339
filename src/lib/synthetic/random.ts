/** Seeded randomness for the synthetic data: the same seed always gives the same sequence. */

/**
 * mulberry32 (Tommy Ettinger's public-domain generator): one 32-bit word of state, a Weyl
 * step and an xorshift-multiply finaliser. Floats in [0, 1) with 32 bits of resolution; far
 * from cryptographic, but well mixed, tiny and fast, which is all a load test needs. Any
 * number is a seed (it is taken modulo 2³²).
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type Random = () => number;

/** A whole number in [min, max], both included. */
export const randomInt = (random: Random, min: number, max: number): number =>
	min + Math.floor(random() * (max - min + 1));

/** One element of a non-empty list, each equally likely. */
export function pick<T>(random: Random, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)] as T;
}
