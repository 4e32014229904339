import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../filter/filters';
import type { TimeWindow } from '../time/extent';
import { viewFileStem } from './fileName';

const year = (y: number): TimeWindow => [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];

describe('viewFileStem', () => {
	const cases: {
		name: string;
		window: TimeWindow;
		filters?: Partial<Filters>;
		expected: string;
	}[] = [
		{ name: 'one whole year, no filter', window: year(2023), expected: 'alliance-timeline-2023' },
		{
			name: 'one year and a track',
			window: year(2023),
			filters: { tracks: ['economy'] },
			expected: 'alliance-timeline-2023-economy'
		},
		{
			name: 'a window across two years',
			window: [Date.UTC(2022, 4, 1), Date.UTC(2023, 5, 1)],
			expected: 'alliance-timeline-2022-2023'
		},
		{
			name: 'a window ending on 1 January holds nothing of that year',
			window: [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)],
			expected: 'alliance-timeline-2022-2023'
		},
		{
			name: 'every kind of filter, in a fixed order',
			window: year(2022),
			filters: {
				tracks: ['security', 'technology'],
				statements: ['2022-05-21-seoul'],
				statuses: ['planned'],
				outcomes: ['not-mentioned', 'done'],
				kinds: ['summit', 'dialogue'],
				q: 'North Korea'
			},
			expected:
				'alliance-timeline-2022-security-technology-2022-05-21-seoul-planned-done-not-mentioned-summit-dialogue-north-korea'
		},
		{
			name: 'an outcome alone tells the file from an unfiltered one',
			window: year(2023),
			filters: { outcomes: ['not-mentioned'] },
			expected: 'alliance-timeline-2023-not-mentioned'
		},
		{
			name: 'a search folded to letters and digits, and cut short',
			window: year(2023),
			filters: { q: '  Yoon’s “state visit” — Washington, D.C. & more words here ' },
			expected: 'alliance-timeline-2023-yoons-state-visit-washington-d'
		},
		{
			name: 'a search of punctuation alone adds nothing',
			window: year(2023),
			filters: { q: '“—”' },
			expected: 'alliance-timeline-2023'
		}
	];
	it.each(cases)('$name', ({ window, filters, expected }) => {
		expect(viewFileStem(window, { ...NO_FILTERS, ...filters })).toBe(expected);
	});

	it('names statements by the label it is given', () => {
		const stem = viewFileStem(
			year(2023),
			{ ...NO_FILTERS, statements: ['2023-04-26-washington'] },
			(s) => s.slice(0, 4)
		);
		expect(stem).toBe('alliance-timeline-2023-2023');
	});
});
