import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/model/event';
import { KIND_OVERHANG } from '$lib/layout/timeline';
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3';
import type { Kind } from '$lib/model/event';
import { glyphPath } from './glyphs';

/**
 * The farthest a path reaches from 0 along x. d3's symbols use M, L, h, v, Z and circular A
 * only; an arc is counted at its full radius.
 */
function halfWidth(path: string): number {
	let x = 0;
	let reach = 0;
	for (const [, command, args] of path.matchAll(/([MLhvZA])([^MLhvZA]*)/g)) {
		const n = (args?.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
		if (command === 'M' || command === 'L') x = n[0] ?? x;
		else if (command === 'h') x += n[0] ?? 0;
		else if (command === 'A') {
			reach = Math.max(reach, n[0] ?? 0);
			x = n[5] ?? x;
		}
		reach = Math.max(reach, Math.abs(x));
	}
	return reach;
}

describe('glyphs fit the room the layout gives each kind', () => {
	const RADIUS = 7;
	it.each(KINDS)('%s', (kind) => {
		const room = RADIUS + (KIND_OVERHANG[kind] ?? 0);
		expect(halfWidth(glyphPath(kind))).toBeLessThanOrEqual(room + 0.5);
	});
});

describe('the written-out glyph paths', () => {
	const SYMBOLS: Record<Kind, SymbolType> = {
		summit: symbolStar,
		dialogue: symbolCircle,
		meeting: symbolCircle,
		agreement: symbolSquare,
		initiative: symbolTriangle,
		exercise: symbolWye,
		anniversary: symbolCircle,
		target: symbolDiamond,
		position: symbolCircle,
		external: symbolCross
	};
	const SIZES: Partial<Record<Kind, number>> = { summit: 150, position: 50, anniversary: 110 };
	const numbers = (path: string) => (path.match(/-?\d+\.?\d*(e-?\d+)?/g) ?? []).map(Number);
	const commands = (path: string) => path.replace(/[^A-Za-z]/g, '');

	it.each(KINDS.flatMap((kind) => ([1, 0.8, 0.55] as const).map((scale) => ({ kind, scale }))))(
		"$kind at $scale is d3's symbol to a hundredth of a pixel",
		({ kind, scale }) => {
			const wanted = symbol(SYMBOLS[kind], (SIZES[kind] ?? 90) * scale)() ?? '';
			const written = glyphPath(kind, scale);
			expect(commands(written)).toBe(commands(wanted));
			const [a, b] = [numbers(written), numbers(wanted)];
			expect(a).toHaveLength(b.length);
			a.forEach((n, i) => expect(Math.abs(n - (b[i] as number))).toBeLessThanOrEqual(0.006));
		}
	);
});
