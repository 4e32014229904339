import { describe, expect, it } from 'vitest';
import { describeFilters } from './describe';
import { NO_FILTERS } from './filters';

describe('describeFilters', () => {
	it.each([
		{ name: 'nothing', filters: NO_FILTERS, expected: 'All events' },
		{
			name: 'tracks',
			filters: { ...NO_FILTERS, tracks: ['security', 'global'] as const },
			expected: 'Tracks: Security, Global'
		},
		{
			name: 'everything',
			filters: {
				tracks: ['economy'] as const,
				kinds: ['summit'] as const,
				statuses: ['planned'] as const,
				statements: ['s-2022'],
				outcomes: ['done', 'not-mentioned'] as const,
				q: ' space '
			},
			expected:
				'Tracks: Economy · Statements: 2022 · Status: Planned · Outcome: Done, Not mentioned · Kinds: Summit · Search: “space”'
		}
	])('$name', ({ filters, expected }) => {
		expect(
			describeFilters(
				{
					...filters,
					tracks: [...filters.tracks],
					kinds: [...filters.kinds],
					statuses: [...filters.statuses],
					statements: [...filters.statements],
					outcomes: [...filters.outcomes]
				},
				(slug) => slug.slice(2)
			)
		).toBe(expected);
	});
});
