import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/model/testing';
import { countOf } from '$lib/model/labels';
import { chipWhen, clusterChipName, densityChipName } from './chipWords';

const fall = makeEvent({
	id: 'ghsa',
	start: '2022-09-01',
	end: '2022-11-30',
	precision: 'season'
});
const day = (start: string) => makeEvent({ id: `on-${start}`, start });
const window = makeEvent({
	id: 'window',
	start: '2023-04-27',
	end: '2024-04-26',
	precision: 'approximate'
});
const may = makeEvent({ id: 'may', start: '2022-05-01', end: '2022-05-31', precision: 'month' });

describe('countOf', () => {
	it.each([
		{ count: 0, one: 'event', expected: '0 events' },
		{ count: 1, one: 'event', expected: '1 event' },
		{ count: 2, one: 'global event', expected: '2 global events' },
		{ count: 1, one: 'summary', many: 'summaries', expected: '1 summary' },
		{ count: 3, one: 'summary', many: 'summaries', expected: '3 summaries' }
	])('$expected', ({ count, one, many, expected }) => {
		expect(countOf(count, one, many)).toBe(expected);
	});
});

describe('chipWhen', () => {
	it.each([
		{ name: 'one event known to the season', events: [fall], expected: 'Fall 2022' },
		{ name: 'one event known to the day', events: [day('2022-05-21')], expected: '21 May 2022' },
		{ name: 'one event known to the month', events: [may], expected: 'May 2022' },
		{
			name: 'one event within a window',
			events: [window],
			expected: '27 Apr 2023 – 26 Apr 2024'
		},
		{
			name: 'events of one day',
			events: [day('2023-04-26'), day('2023-04-26')],
			expected: '26 Apr 2023'
		},
		{
			name: 'from a season to a day, each end as precise as its event',
			events: [fall, day('2023-04-26')],
			expected: 'Fall 2022 to 26 Apr 2023'
		},
		{
			name: 'the earliest start and the latest end, whatever the order given',
			events: [day('2023-01-10'), window, may, day('2022-08-01')],
			expected: 'May 2022 to 27 Apr 2023 – 26 Apr 2024'
		},
		{ name: 'no events', events: [], expected: '' }
	])('$name', ({ events, expected }) => {
		expect(chipWhen(events)).toBe(expected);
	});
});

describe('clusterChipName', () => {
	it.each([
		{
			name: 'one event: singular, dated as it is known',
			args: ['global', [fall], 'Global Health Security…'] as const,
			expected: '1 global event, Fall 2022 (Global Health Security…): show the list'
		},
		{
			name: 'several events, no caption',
			args: ['security', [day('2022-05-21'), fall], null] as const,
			expected: '2 security events, 21 May 2022 to Fall 2022: show the list'
		}
	])('$name', ({ args, expected }) => {
		expect(clusterChipName(args[0], args[1], args[2])).toBe(expected);
	});
});

describe('densityChipName', () => {
	it.each([
		{
			count: 1,
			expected: '1 economy event from 1 Jan 2022 to 31 Jan 2022: zoom in'
		},
		{
			count: 240,
			expected: '240 economy events from 1 Jan 2022 to 31 Jan 2022: zoom in'
		}
	])('$count', ({ count, expected }) => {
		expect(densityChipName('economy', count, '2022-01-01', '2022-01-31')).toBe(expected);
	});
});
