import { describe, expect, it } from 'vitest';
import type { AllianceEvent, Mention, OutcomeResult } from '../model/event';
import { makeEvent } from '../model/testing';
import {
	NO_FILTERS,
	facetCounts,
	filterEvents,
	isFiltered,
	matchesSearch,
	toggleValue,
	type FacetCounts,
	type Filters
} from './filters';

const SEOUL = 'seoul-2022';
const WASHINGTON = 'washington-2023';
const STATEMENTS = [SEOUL, WASHINGTON];

/** A complete event: defaults for every field the case does not care about. */
function event(
	fields: Partial<AllianceEvent> & Partial<Mention> & Pick<AllianceEvent, 'id'>
): AllianceEvent {
	const track = fields.track ?? 'security';
	return makeEvent({
		title: '',
		summary: '',
		track,
		tracks: [track],
		kind: 'meeting',
		statement: SEOUL,
		quote: '',
		...fields
	});
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		for (const child of Object.values(value)) deepFreeze(child);
		Object.freeze(value);
	}
	return value;
}

/*
 *      id          track       kind        status      statement
 *   a  summit      security    summit      held        seoul
 *   b  ncg         security    initiative  announced   washington
 *   c  supply      economy     dialogue    planned     seoul
 *   d  cyber       technology  meeting     planned     washington
 *   e  net-zero    global      target      target      seoul       (also tagged security)
 *   f  korean-war  security    external    historical  washington
 *   g  chips       economy     initiative  announced   washington
 */
const EVENTS: readonly AllianceEvent[] = deepFreeze([
	event({
		id: 'summit',
		title: 'Biden–Yoon summit in Seoul',
		summary: 'The presidents meet in Seoul.',
		kind: 'summit',
		quote: 'President Yoon Suk Yeol welcomes President Joseph R. Biden to the Republic of Korea'
	}),
	event({
		id: 'ncg',
		title: 'Nuclear Consultative Group',
		summary: 'A new body to strengthen extended deterrence.',
		kind: 'initiative',
		status: 'announced',
		statement: WASHINGTON,
		quote: 'establish a new Nuclear Consultative Group (NCG)'
	}),
	event({
		id: 'supply',
		title: 'Supply chain dialogue',
		summary: 'Ministers launch the dialogue.',
		track: 'economy',
		kind: 'dialogue',
		status: 'planned',
		quote: 'launch a Supply Chain and Commercial Dialogue',
		phrase: 'at the earliest date'
	}),
	event({
		id: 'cyber',
		title: 'Cyber working group',
		summary: 'Experts review the Leaders’ cyber framework.',
		track: 'technology',
		status: 'planned',
		statement: WASHINGTON,
		quote: 'hold the Cyber Working Group in Séoul'
	}),
	event({
		id: 'net-zero',
		title: 'Net-zero by 2050',
		summary: 'A shared climate target.',
		track: 'global',
		tracks: ['global', 'security'],
		kind: 'target',
		status: 'target',
		quote: 'achieve net-zero emissions no later than 2050'
	}),
	event({
		id: 'korean-war',
		title: 'Korean War',
		summary: 'The alliance’s shared sacrifice in 1950–1953.',
		kind: 'external',
		status: 'historical',
		statement: WASHINGTON,
		quote: 'forged in blood'
	}),
	event({
		id: 'chips',
		title: 'Chips and batteries',
		summary: 'Investment in semiconductors.',
		track: 'economy',
		kind: 'initiative',
		status: 'announced',
		statement: WASHINGTON,
		quote: 'the Leaders welcomed investment'
	})
]);
const SNAPSHOT = structuredClone(EVENTS);

const filters = (fields: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...fields });
const ids = (events: readonly AllianceEvent[]) => events.map((e) => e.id);

describe('matchesSearch', () => {
	const cases: { q: string; expected: string[] }[] = [
		{ q: '', expected: ids(EVENTS) },
		{ q: '  \t ', expected: ids(EVENTS) },
		{ q: 'GROUP', expected: ['ncg', 'cyber'] },
		// Accents fold on both sides: the quote's "Séoul" and a typed "séoul" both find "Seoul".
		{ q: 'seoul', expected: ['summit', 'cyber'] },
		{ q: 'SÉOUL', expected: ['summit', 'cyber'] },
		{ q: "alliance's", expected: ['korean-war'] },
		{ q: 'alliance’s', expected: ['korean-war'] },
		{ q: "leaders'", expected: ['cyber'] },
		{ q: 'leaders', expected: ['cyber', 'chips'] },
		{ q: '1950-1953', expected: ['korean-war'] },
		{ q: 'biden-yoon', expected: ['summit'] },
		{ q: 'biden—yoon', expected: ['summit'] },
		{ q: 'supply dialogue', expected: ['supply'] },
		{ q: 'supply nuclear', expected: [] },
		{ q: '  net   zero ', expected: ['net-zero'] },
		{ q: 'blood', expected: ['korean-war'] },
		{ q: 'ncg deterrence', expected: ['ncg'] },
		{ q: 'earliest', expected: ['supply'] },
		{ q: 'zzz', expected: [] }
	];

	it.each(cases)('"$q" finds $expected', ({ q, expected }) => {
		expect(ids(EVENTS.filter((e) => matchesSearch(e, q)))).toEqual(expected);
	});
});

describe('filterEvents', () => {
	const cases: { name: string; filters: Filters; expected: string[] }[] = [
		{ name: 'no filters', filters: NO_FILTERS, expected: ids(EVENTS) },
		{
			name: 'one track, by primary track only',
			filters: filters({ tracks: ['security'] }),
			expected: ['summit', 'ncg', 'korean-war']
		},
		{
			name: 'two tracks',
			filters: filters({ tracks: ['technology', 'economy'] }),
			expected: ['supply', 'cyber', 'chips']
		},
		{ name: 'kind', filters: filters({ kinds: ['initiative'] }), expected: ['ncg', 'chips'] },
		{ name: 'status', filters: filters({ statuses: ['planned'] }), expected: ['supply', 'cyber'] },
		{
			name: 'statement',
			filters: filters({ statements: [SEOUL] }),
			expected: ['summit', 'supply', 'net-zero']
		},
		{ name: 'search', filters: filters({ q: 'group' }), expected: ['ncg', 'cyber'] },
		{
			name: 'track and statement',
			filters: filters({ tracks: ['security'], statements: [WASHINGTON] }),
			expected: ['ncg', 'korean-war']
		},
		{
			name: 'kind, status and search',
			filters: filters({ kinds: ['initiative'], statuses: ['announced'], q: 'investment' }),
			expected: ['chips']
		},
		{
			name: 'every filter',
			filters: {
				tracks: ['security', 'technology'],
				kinds: ['meeting', 'initiative'],
				statuses: ['planned', 'announced'],
				statements: [WASHINGTON],
				outcomes: [],
				q: 'group'
			},
			expected: ['ncg', 'cyber']
		},
		{
			name: 'filters that exclude each other',
			filters: filters({ tracks: ['global'], kinds: ['summit'] }),
			expected: []
		},
		{ name: 'an unknown statement', filters: filters({ statements: ['busan-2024'] }), expected: [] }
	];

	it.each(cases)('$name', ({ filters, expected }) => {
		expect(ids(filterEvents(EVENTS, filters))).toEqual(expected);
	});

	it('keeps the input order and leaves the input alone', () => {
		const reversed = deepFreeze([...EVENTS].reverse());
		expect(ids(filterEvents(reversed, filters({ tracks: ['security'] })))).toEqual([
			'korean-war',
			'ncg',
			'summit'
		]);
		expect(EVENTS).toEqual(SNAPSHOT);
	});

	it('returns a new array even when nothing is filtered', () => {
		const result = filterEvents(EVENTS, NO_FILTERS);
		expect(result).not.toBe(EVENTS);
		expect(result).toEqual(EVENTS);
	});
});

describe('facetCounts', () => {
	const counts = (partial: {
		track?: Partial<FacetCounts['track']>;
		kind?: Partial<FacetCounts['kind']>;
		status?: Partial<FacetCounts['status']>;
		statement?: Record<string, number>;
		outcome?: Partial<FacetCounts['outcome']>;
	}): FacetCounts => ({
		track: { security: 0, economy: 0, technology: 0, global: 0, ...partial.track },
		kind: {
			summit: 0,
			dialogue: 0,
			meeting: 0,
			agreement: 0,
			initiative: 0,
			exercise: 0,
			anniversary: 0,
			target: 0,
			position: 0,
			external: 0,
			...partial.kind
		},
		status: { historical: 0, held: 0, announced: 0, planned: 0, target: 0, ...partial.status },
		statement: { [SEOUL]: 0, [WASHINGTON]: 0, ...partial.statement },
		outcome: { done: 0, continued: 0, expanded: 0, 'not-mentioned': 0, ...partial.outcome }
	});

	const cases: { name: string; filters: Filters; expected: FacetCounts }[] = [
		{
			name: 'no filters: plain totals, zero for unused values',
			filters: NO_FILTERS,
			expected: counts({
				track: { security: 3, economy: 2, technology: 1, global: 1 },
				kind: { summit: 1, dialogue: 1, meeting: 1, initiative: 2, target: 1, external: 1 },
				status: { historical: 1, held: 1, announced: 2, planned: 2, target: 1 },
				statement: { [SEOUL]: 3, [WASHINGTON]: 4 }
			})
		},
		{
			// Tracks count Washington's events; statements count security's; the rest count both.
			name: 'track and statement chosen',
			filters: filters({ tracks: ['security'], statements: [WASHINGTON] }),
			expected: counts({
				track: { security: 2, economy: 1, technology: 1 },
				kind: { initiative: 1, external: 1 },
				status: { announced: 1, historical: 1 },
				statement: { [SEOUL]: 1, [WASHINGTON]: 2 }
			})
		},
		{
			name: 'search applies to every facet',
			filters: filters({ kinds: ['initiative', 'meeting'], q: 'group' }),
			expected: counts({
				track: { security: 1, technology: 1 },
				kind: { initiative: 1, meeting: 1 },
				status: { announced: 1, planned: 1 },
				statement: { [WASHINGTON]: 2 }
			})
		},
		{
			// Nothing passes all four, yet relaxing kind finds the summit and statement finds two.
			name: 'every facet chosen, nothing matching',
			filters: filters({
				tracks: ['security', 'economy'],
				kinds: ['initiative'],
				statuses: ['announced', 'held'],
				statements: [SEOUL]
			}),
			expected: counts({ kind: { summit: 1 }, statement: { [WASHINGTON]: 2 } })
		},
		{
			name: 'a search that matches nothing',
			filters: filters({ q: 'zzz' }),
			expected: counts({})
		}
	];

	it.each(cases)('$name', ({ filters, expected }) => {
		expect(facetCounts(EVENTS, filters, STATEMENTS)).toEqual(expected);
	});

	it('has a key for each given statement and none for others', () => {
		const result = facetCounts(EVENTS, NO_FILTERS, ['busan-2024', SEOUL, 'constructor']);
		expect(result.statement).toEqual({ 'busan-2024': 0, [SEOUL]: 3, constructor: 0 });
	});

	it('counts an event whose statement is named `constructor` once, not as NaN', () => {
		const odd = [event({ id: 'odd', statement: 'constructor' })];
		expect(facetCounts(odd, NO_FILTERS, []).statement).toEqual({});
		expect(facetCounts(odd, NO_FILTERS, ['constructor']).statement).toEqual({ constructor: 1 });
	});
});

describe('isFiltered', () => {
	const cases: { name: string; filters: Filters; expected: boolean }[] = [
		{ name: 'no filters', filters: NO_FILTERS, expected: false },
		{ name: 'a blank search', filters: filters({ q: ' \t ' }), expected: false },
		{ name: 'a search', filters: filters({ q: 'nuclear' }), expected: true },
		{ name: 'a track', filters: filters({ tracks: ['global'] }), expected: true },
		{ name: 'a kind', filters: filters({ kinds: ['summit'] }), expected: true },
		{ name: 'a status', filters: filters({ statuses: ['held'] }), expected: true },
		{ name: 'a statement', filters: filters({ statements: [SEOUL] }), expected: true },
		{ name: 'an outcome', filters: filters({ outcomes: ['done'] }), expected: true }
	];

	it.each(cases)('$name: $expected', ({ filters, expected }) => {
		expect(isFiltered(filters)).toBe(expected);
	});
});

describe('toggleValue', () => {
	const cases: { values: string[]; value: string; expected: string[] }[] = [
		{ values: [], value: 'a', expected: ['a'] },
		{ values: ['b', 'a'], value: 'c', expected: ['b', 'a', 'c'] },
		{ values: ['b', 'a', 'c'], value: 'a', expected: ['b', 'c'] },
		{ values: ['a'], value: 'a', expected: [] }
	];

	it.each(cases)('$value in $values gives $expected', ({ values, value, expected }) => {
		const input = Object.freeze([...values]);
		expect(toggleValue(input, value)).toEqual(expected);
		expect(input).toEqual(values);
	});
});

describe('records cited by several statements, and outcomes', () => {
	const outcome = (result: OutcomeResult) => ({
		result,
		statement: WASHINGTON,
		paragraph: result === 'not-mentioned' ? null : 'p-2',
		quote: result === 'not-mentioned' ? null : 'was held',
		start: null,
		end: null,
		precision: null,
		record: null,
		lead: null
	});
	const RECORDS: readonly AllianceEvent[] = deepFreeze([
		event({
			id: 'treaty',
			kind: 'agreement',
			status: 'historical',
			mentions: [
				{ statement: SEOUL, paragraph: 'p-3', phrase: null, quote: 'the Mutual Defense Treaty' },
				{ statement: WASHINGTON, paragraph: 'p-1', phrase: null, quote: 'ironclad alliance' }
			]
		}),
		event({ id: 'dialogue', kind: 'dialogue', status: 'announced', outcome: outcome('done') }),
		event({ id: 'plan', kind: 'initiative', status: 'announced', outcome: outcome('continued') }),
		event({
			id: 'silent',
			kind: 'initiative',
			status: 'announced',
			outcome: outcome('not-mentioned')
		}),
		event({ id: 'later', statement: WASHINGTON })
	]);

	const cases: { name: string; filters: Filters; expected: string[] }[] = [
		{
			name: 'either statement finds the record both cite (Seoul)',
			filters: filters({ statements: [SEOUL] }),
			expected: ['treaty', 'dialogue', 'plan', 'silent']
		},
		{
			name: 'either statement finds the record both cite (Washington)',
			filters: filters({ statements: [WASHINGTON] }),
			expected: ['treaty', 'later']
		},
		{
			name: 'search reads every mention',
			filters: filters({ q: 'ironclad' }),
			expected: ['treaty']
		},
		{ name: 'one outcome', filters: filters({ outcomes: ['done'] }), expected: ['dialogue'] },
		{
			name: 'two outcomes',
			filters: filters({ outcomes: ['continued', 'not-mentioned'] }),
			expected: ['plan', 'silent']
		}
	];
	it.each(cases)('$name', ({ filters, expected }) => {
		expect(ids(filterEvents(RECORDS, filters))).toEqual(expected);
	});

	it('counts a record once under each statement that cites it, and each outcome once', () => {
		const result = facetCounts(RECORDS, NO_FILTERS, STATEMENTS);
		expect(result.statement).toEqual({ [SEOUL]: 4, [WASHINGTON]: 2 });
		expect(result.outcome).toEqual({ done: 1, continued: 1, expanded: 0, 'not-mentioned': 1 });
	});
});
