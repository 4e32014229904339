import { describe, expect, it } from 'vitest';
import { DAY_MS, eventExtent, fromTime, toTime, type TimeWindow } from '../time/extent';
import {
	centreWindow,
	clampWindow,
	dataSpan,
	homeWindow,
	narrowHomeWindow,
	panWindow,
	sameTransform,
	transformForWindow,
	windowForTransform,
	windowScale,
	yearWindow,
	zoomWindow
} from './time';

const t = toTime;
const days = (n: number) => n * DAY_MS;
const iso = (w: TimeWindow) => [fromTime(w[0]), fromTime(w[1])];

describe('dates and extents', () => {
	it.each([
		{ start: '2022-05-21', end: null, expected: ['2022-05-21', '2022-05-22'] },
		{ start: '2022-09-01', end: '2022-11-30', expected: ['2022-09-01', '2022-12-01'] },
		{ start: '2022-12-31', end: null, expected: ['2022-12-31', '2023-01-01'] }
	])('$start..$end covers $expected', ({ start, end, expected }) => {
		expect(iso(eventExtent({ start, end }))).toEqual(expected);
	});

	it('round-trips calendar days through epoch time, whatever the local zone', () => {
		for (const day of ['1945-06-26', '2000-02-29', '2050-12-31'])
			expect(fromTime(toTime(day))).toBe(day);
	});

	it.each([
		{
			name: 'whole years around the data',
			events: [
				{ start: '1953-10-01', end: null },
				{ start: '2050-01-01', end: '2050-12-31' }
			],
			expected: ['1953-01-01', '2051-01-01']
		},
		{
			name: 'a single day',
			events: [{ start: '2022-05-21', end: null }],
			expected: ['2022-01-01', '2023-01-01']
		}
	])('dataSpan: $name', ({ events, expected }) => {
		expect(iso(dataSpan(events))).toEqual(expected);
	});
});

describe('window arithmetic', () => {
	const span: TimeWindow = [t('1950-01-01'), t('2051-01-01')];
	it.each([
		{
			name: 'inside stays',
			window: [t('2022-01-01'), t('2023-01-01')],
			expected: ['2022-01-01', '2023-01-01']
		},
		{
			name: 'too narrow widens around its centre',
			window: [t('2022-05-21'), t('2022-05-22')],
			expected: ['2022-05-18', '2022-05-25']
		},
		{
			name: 'before the span slides in',
			window: [t('1940-01-01'), t('1960-01-01')],
			expected: ['1950-01-01', '1970-01-01']
		},
		{
			name: 'after the span slides in',
			window: [t('2045-01-01'), t('2055-01-01')],
			expected: ['2041-01-01', '2051-01-01']
		},
		{
			name: 'wider than the span is the span',
			window: [t('1900-01-01'), t('2100-01-01')],
			expected: ['1950-01-01', '2051-01-01']
		}
	])('clampWindow: $name', ({ window, expected }) => {
		const clamped = clampWindow(window as unknown as TimeWindow, span, days(7));
		expect(
			iso([Math.round(clamped[0] / DAY_MS) * DAY_MS, Math.round(clamped[1] / DAY_MS) * DAY_MS])
		).toEqual(expected);
	});

	it('zooms around an anchor, keeping it in place', () => {
		const window: TimeWindow = [t('2022-01-01'), t('2022-01-11')];
		expect(iso(zoomWindow(window, 2, t('2022-01-01')))).toEqual(['2022-01-01', '2022-01-06']);
		expect(iso(zoomWindow(window, 0.5, t('2022-01-06')))).toEqual(['2021-12-27', '2022-01-16']);
	});

	it('pans by a share of the width, and centres on a time', () => {
		const window: TimeWindow = [t('2022-01-01'), t('2022-01-11')];
		expect(iso(panWindow(window, 0.5))).toEqual(['2022-01-06', '2022-01-16']);
		expect(iso(panWindow(window, -1))).toEqual(['2021-12-22', '2022-01-01']);
		expect(iso(centreWindow(window, t('2023-01-01')))).toEqual(['2022-12-27', '2023-01-06']);
	});

	it('gives a calendar year', () => {
		expect(iso(yearWindow(2023))).toEqual(['2023-01-01', '2024-01-01']);
	});
});

describe('zoom transforms', () => {
	const span: TimeWindow = [t('1950-01-01'), t('2051-01-01')];
	it.each([
		{ window: span, width: 1000, k: 1 },
		{
			window: [t('2022-01-01'), t('2023-01-01')] as TimeWindow,
			width: 1200,
			k: (span[1] - span[0]) / days(365)
		},
		{
			window: [t('2022-05-18'), t('2022-05-25')] as TimeWindow,
			width: 390,
			k: (span[1] - span[0]) / days(7)
		}
	])('the window survives window → transform → window (width $width)', ({ window, width, k }) => {
		const transform = transformForWindow(window, span, width);
		expect(transform.k).toBeCloseTo(k, 6);
		const back = windowForTransform(transform, span, width);
		expect(Math.abs(back[0] - window[0])).toBeLessThan(1000);
		expect(Math.abs(back[1] - window[1])).toBeLessThan(1000);
	});

	it('places a date where the window scale says', () => {
		const scale = windowScale([t('2022-01-01'), t('2023-01-01')], 365);
		expect(scale(new Date(t('2022-07-02')))).toBeCloseTo(182, 6);
	});
});

describe('homeWindow', () => {
	it.each([
		{
			name: 'two statements and a planned meeting a year later',
			dates: ['2022-05-21', '2023-04-26'],
			events: [
				{ start: '2023-04-27', end: '2024-04-26', status: 'planned' as const },
				{ start: '2050-01-01', end: '2050-12-31', status: 'target' as const }
			],
			expected: ['2022-01-01', '2024-05-01']
		},
		{
			name: 'planned beyond two years is left out',
			dates: ['2022-05-21'],
			events: [{ start: '2030-01-01', end: '2030-12-31', status: 'planned' as const }],
			expected: ['2022-01-01', '2022-08-01']
		}
	])('$name', ({ dates, events, expected }) => {
		expect(iso(homeWindow(dates, events))).toEqual(expected);
	});
});

describe('narrowHomeWindow', () => {
	it('frames only the latest statement and what it plans, in whatever order the dates come', () => {
		const events = [
			{ start: '2022-06-01', end: '2022-06-01', status: 'planned' as const },
			{ start: '2023-04-27', end: '2024-04-26', status: 'planned' as const }
		];
		expect(iso(narrowHomeWindow(['2023-04-26', '2022-05-21'], events))).toEqual([
			'2022-12-01',
			'2024-05-01'
		]);
	});
});

describe('sameTransform', () => {
	const span: TimeWindow = [Date.UTC(1950, 0, 1), Date.UTC(2050, 0, 1)];
	const window: TimeWindow = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
	it('holds for the transform of the same window, computed again', () => {
		const a = transformForWindow(window, span, 1408);
		const b = transformForWindow([window[0], window[1]], span, 1408);
		expect(sameTransform(a, b)).toBe(true);
	});
	it('fails for a window a day later or a day longer', () => {
		const a = transformForWindow(window, span, 1408);
		const day = 86_400_000;
		expect(
			sameTransform(a, transformForWindow([window[0] + day, window[1] + day], span, 1408))
		).toBe(false);
		expect(sameTransform(a, transformForWindow([window[0], window[1] + day], span, 1408))).toBe(
			false
		);
	});
});
