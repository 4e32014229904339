import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/model/event';
import { KIND_OVERHANG } from '$lib/layout/timeline';
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
