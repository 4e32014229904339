import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/model/event';
import { LEGEND_SHAPES } from './legend';

describe('LEGEND_SHAPES', () => {
	it('names every kind of event exactly once', () => {
		const named = LEGEND_SHAPES.flatMap((shape) => shape.kinds);
		expect([...named].sort()).toEqual([...KINDS].sort());
	});

	it('gives each shape its own label', () => {
		const labels = LEGEND_SHAPES.map((shape) => shape.label);
		expect(new Set(labels).size).toBe(labels.length);
	});
});
