import { describe, expect, it } from 'vitest';
import { DAY_MS, fromTime, toTime, type TimeWindow } from '../time/extent';
import { MIN_WINDOW_MS, TimelineView } from './timelineView.svelte';

const span: TimeWindow = [toTime('1950-01-01'), toTime('2051-01-01')];
const home: TimeWindow = [toTime('2022-01-01'), toTime('2024-01-01')];
const days = (view: TimelineView) => [fromTime(view.window[0]), fromTime(view.window[1])];

describe('TimelineView', () => {
	it('starts at home and derives its scale from the window and width', () => {
		const view = new TimelineView(span, home);
		view.width = 730;
		expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		expect(view.scale(new Date(toTime('2023-01-01')))).toBeCloseTo(365, 6);
	});

	it('zooms in and out around the centre, never below the minimum width', () => {
		const view = new TimelineView(span, home);
		view.zoomBy(2);
		expect(days(view)).toEqual(['2022-07-02', '2023-07-02']);
		for (let i = 0; i < 20; i++) view.zoomBy(2);
		expect(view.window[1] - view.window[0]).toBe(MIN_WINDOW_MS);
		expect(view.atMinimum).toBe(true);
		const before = view.window;
		view.zoomBy(2);
		expect(view.window).toBe(before);
	});

	it('never zooms out past the whole span', () => {
		const view = new TimelineView(span, home);
		for (let i = 0; i < 20; i++) view.zoomBy(0.5);
		expect(view.window).toEqual(span);
		expect(view.isAll).toBe(true);
	});

	it('pans within the span', () => {
		const view = new TimelineView(span, home);
		view.pan(0.5);
		// Half of 730 days; 2024 is a leap year, so the window ends on 31 December.
		expect(days(view)).toEqual(['2023-01-01', '2024-12-31']);
		for (let i = 0; i < 200; i++) view.pan(1);
		expect(view.window[1]).toBe(span[1]);
	});

	it('shows a year exactly, resets home, centres on a time', () => {
		const view = new TimelineView(span, home);
		view.showYear(1953);
		expect(days(view)).toEqual(['1953-01-01', '1954-01-01']);
		view.reset();
		expect(days(view)).toEqual(['2022-01-01', '2024-01-01']);
		view.showYear(1953);
		view.centreOn(toTime('2030-07-02') + DAY_MS / 2);
		expect(days(view)).toEqual(['2030-01-01', '2031-01-01']);
	});
});
