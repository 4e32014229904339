import { describe, expect, it } from 'vitest';
import { activeFilters } from './active';
import { NO_FILTERS, type Filters } from './filters';

const label = (slug: string) => slug.slice(0, 4);
const filters = (fields: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...fields });

describe('activeFilters', () => {
	const cases: { name: string; filters: Filters; expected: [string, string][] }[] = [
		{ name: 'none', filters: NO_FILTERS, expected: [] },
		{ name: 'a blank search', filters: filters({ q: '   ' }), expected: [] },
		{
			name: 'one track',
			filters: filters({ tracks: ['economy'] }),
			expected: [['tracks:economy', 'Economy']]
		},
		{
			name: 'every facet, in the panel order',
			filters: filters({
				kinds: ['external', 'summit'],
				q: ' chips ',
				outcomes: ['done'],
				statuses: ['planned'],
				statements: ['2023-04-26-washington'],
				tracks: ['global', 'security']
			}),
			expected: [
				['tracks:security', 'Security'],
				['tracks:global', 'Global'],
				['statements:2023-04-26-washington', '2023'],
				['statuses:planned', 'Planned'],
				['outcomes:done', 'Done'],
				['kinds:summit', 'Summit'],
				['kinds:external', 'External event'],
				['q', '“chips”']
			]
		}
	];

	it.each(cases)('$name', ({ filters, expected }) => {
		expect(activeFilters(filters, label).map((a) => [a.key, a.label])).toEqual(expected);
	});

	it('removing one leaves the others', () => {
		const chosen = filters({ tracks: ['security', 'economy'], q: 'ncg' });
		const [security, economy, search] = activeFilters(chosen, label);
		expect(security?.without).toEqual(filters({ tracks: ['economy'], q: 'ncg' }));
		expect(economy?.without).toEqual(filters({ tracks: ['security'], q: 'ncg' }));
		expect(search?.without).toEqual(filters({ tracks: ['security', 'economy'] }));
		// The filters it was given are left as they were.
		expect(chosen).toEqual(filters({ tracks: ['security', 'economy'], q: 'ncg' }));
	});
});
