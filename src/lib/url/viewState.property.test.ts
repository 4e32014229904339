import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../model/date';
import { KINDS, STATUSES, TRACKS } from '../model/event';
import { ID_PATTERN } from '../model/event';
import {
	MAX_QUERY_LENGTH,
	daysOfWindow,
	decodeViewState,
	encodeViewState,
	windowOfDays
} from './viewState';

const STATEMENTS = [
	{ slug: '2022-05-21-us-rok-leaders-joint-statement', date: '2022-05-21' },
	{ slug: '2023-04-26-us-rok-70th-anniversary-joint-statement', date: '2023-04-26' }
];
const PARAMS = ['track', 'kind', 'status', 'statement', 'q', 'from', 'to', 'event', 'other'];

/** Query strings made of the codec's own names with any values at all, and raw junk. */
const queries = fc.oneof(
	fc
		.array(fc.tuple(fc.constantFrom(...PARAMS), fc.string({ unit: 'binary', maxLength: 40 })), {
			maxLength: 12
		})
		.map((pairs) => new URLSearchParams(pairs)),
	fc.string({ unit: 'binary', maxLength: 200 }).map((raw) => new URLSearchParams(raw))
);

describe('the URL codec under any input', () => {
	it('never throws and always gives a valid state', () => {
		fc.assert(
			fc.property(queries, (params) => {
				const state = decodeViewState(params, STATEMENTS);
				expect(state.filters.tracks.every((t) => TRACKS.includes(t))).toBe(true);
				expect(state.filters.kinds.every((k) => KINDS.includes(k))).toBe(true);
				expect(state.filters.statuses.every((s) => STATUSES.includes(s))).toBe(true);
				expect(state.filters.statements.every((s) => STATEMENTS.some((r) => r.slug === s))).toBe(
					true
				);
				expect((state.from === null) === (state.to === null)).toBe(true);
				if (state.from && state.to) {
					expect(isIsoDate(state.from) && isIsoDate(state.to) && state.from <= state.to).toBe(true);
				}
				if (state.event !== null) expect(ID_PATTERN.test(state.event)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('cuts a search of any length to its first 200 characters, trimmed, emoji whole', () => {
		// Searches well past the limit, of any characters, astral ones (two UTF-16 units) included.
		const searches = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.string({
				unit: 'binary',
				minLength: MAX_QUERY_LENGTH - 10,
				maxLength: 3 * MAX_QUERY_LENGTH,
				size: 'max'
			})
		);
		fc.assert(
			fc.property(searches, (typed) => {
				const { q } = decodeViewState(new URLSearchParams({ q: typed }), STATEMENTS).filters;
				const chars = Array.from(q);
				expect(chars.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
				expect(q).toBe(q.trim());
				// What is kept is the start of what was typed, whole characters only.
				const typedChars = Array.from(typed.trim());
				expect(typedChars.slice(0, chars.length).join('')).toBe(q);
				if (typedChars.length <= MAX_QUERY_LENGTH) expect(q).toBe(typed.trim());
			}),
			{ numRuns: 1000 }
		);
	});

	it('decodes what it encodes to the same state', () => {
		fc.assert(
			fc.property(queries, (params) => {
				const state = decodeViewState(params, STATEMENTS);
				expect(decodeViewState(encodeViewState(state, STATEMENTS), STATEMENTS)).toEqual(state);
			}),
			{ numRuns: 2000 }
		);
	});

	it('writes any window as days that read back to a window covering it, within two days', () => {
		const start = Date.UTC(1900, 0, 1);
		const span = Date.UTC(2100, 0, 1) - start;
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(a, b) => {
					const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
					const window = [start + lo * span, start + hi * span] as const;
					const days = daysOfWindow(window);
					const read = decodeViewState(
						new URLSearchParams({ from: days.from, to: days.to }),
						STATEMENTS
					);
					expect(read.from).toBe(days.from);
					expect(read.to).toBe(days.to);
					const [from, to] = windowOfDays(days.from, days.to);
					expect(from).toBeLessThanOrEqual(window[0]);
					expect(to).toBeGreaterThanOrEqual(window[1]);
					expect(from).toBeGreaterThan(window[0] - 86_400_000);
					expect(to).toBeLessThanOrEqual(Math.max(window[1], from + 86_400_000) + 2 * 86_400_000);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
