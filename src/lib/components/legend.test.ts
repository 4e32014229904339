import { describe, expect, it } from 'vitest';
import { KINDS, OUTCOME_RESULTS } from '$lib/model/event';
import { LEGEND_OUTCOMES, LEGEND_SHAPES } from './legend';

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

describe('LEGEND_OUTCOMES', () => {
	it('names every outcome a commitment can carry, in order', () => {
		expect(LEGEND_OUTCOMES.map((o) => o.result)).toEqual([...OUTCOME_RESULTS]);
		expect(LEGEND_OUTCOMES.map((o) => o.label)).toEqual([
			'Next statement: done',
			'Next statement: continued',
			'Next statement: expanded',
			'Next statement: not mentioned'
		]);
	});
});
