import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks';
import { toTime, type TimeWindow } from '../time/extent';

const w = (from: string, to: string): TimeWindow => [toTime(from), toTime(to)];

describe('axisTicks', () => {
	it.each([
		{
			name: 'the whole span in five-year steps',
			window: w('1945-01-01', '2051-01-01'),
			width: 1200,
			unit: 'year',
			step: 5,
			first: '1945',
			context: [] as string[]
		},
		{
			name: 'the whole span on a phone',
			window: w('1945-01-01', '2051-01-01'),
			width: 340,
			unit: 'year',
			step: 20,
			first: '1960',
			context: []
		},
		{
			name: 'a few years in years',
			window: w('2021-01-01', '2025-01-01'),
			width: 1200,
			unit: 'month',
			step: 3,
			first: 'Jan',
			context: ['2021', '2022', '2023', '2024']
		},
		{
			name: 'a decade in half years',
			window: w('2020-01-01', '2030-01-01'),
			width: 1200,
			unit: 'month',
			step: 6,
			first: 'Jan',
			context: ['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029']
		},
		{
			name: 'one year in months',
			window: w('2023-01-01', '2024-01-01'),
			width: 1200,
			unit: 'month',
			step: 1,
			first: 'Jan',
			context: ['2023']
		},
		{
			name: 'a month in days',
			window: w('2022-05-01', '2022-06-01'),
			width: 1200,
			unit: 'day',
			step: 1,
			first: '1',
			context: ['May 2022']
		},
		{
			name: 'a week across a month end',
			window: w('2022-05-28', '2022-06-04'),
			width: 800,
			unit: 'day',
			step: 1,
			first: '28',
			context: ['May 2022', 'June 2022']
		}
	])('$name', ({ window, width, unit, step, first, context }) => {
		const ticks = axisTicks(window, width);
		expect(ticks.unit).toBe(unit);
		expect(ticks.step).toBe(step);
		expect(ticks.major[0]?.label).toBe(first);
		expect(ticks.context.map((tick) => tick.label)).toEqual(context);
	});

	it('keeps labels apart: ticks are never closer than their labels are wide', () => {
		for (const width of [320, 390, 800, 1440]) {
			for (const [from, to] of [
				['1945-01-01', '2051-01-01'],
				['2022-01-01', '2022-02-01'],
				['2022-05-14', '2022-05-28'],
				['2018-01-01', '2026-01-01']
			]) {
				const { major } = axisTicks(w(from as string, to as string), width);
				for (let i = 1; i < major.length; i++) {
					expect((major[i]?.x ?? 0) - (major[i - 1]?.x ?? 0)).toBeGreaterThanOrEqual(24);
				}
			}
		}
	});

	it('puts ticks where the scale puts their dates', () => {
		const { major } = axisTicks(w('2023-01-01', '2024-01-01'), 365);
		const april = major.find((tick) => tick.label === 'Apr');
		expect(april?.x).toBeCloseTo(90, 6);
	});
});
