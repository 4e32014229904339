import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../filter/filters';
import {
	DEFAULT_VIEW,
	decodeViewState,
	encodeViewState,
	daysOfWindow,
	MAX_QUERY_LENGTH,
	sameViewState,
	searchBoxText,
	viewStateSearch,
	windowOfDays,
	type StatementRef,
	type ViewState
} from './viewState';

const SEOUL = '2022-05-21-seoul';
const WASHINGTON = '2023-04-26-washington';
const MINISTERS = '2023-11-13-ministers';
// Deliberately not in date order: the codec must sort them itself.
const STATEMENTS: StatementRef[] = [
	{ slug: MINISTERS, date: '2023-11-13' },
	{ slug: SEOUL, date: '2022-05-21' },
	{ slug: WASHINGTON, date: '2023-04-26' }
];

const view = (fields: Partial<Omit<ViewState, 'filters'>> & Partial<Filters> = {}): ViewState => {
	const { from = null, to = null, event = null, ...filters } = fields;
	return { filters: { ...NO_FILTERS, ...filters }, from, to, event };
};
const decode = (query: string) => decodeViewState(new URLSearchParams(query), STATEMENTS);
const encode = (state: ViewState) => encodeViewState(state, STATEMENTS).toString();

describe('round trip', () => {
	const cases: { name: string; state: ViewState; query: string }[] = [
		{ name: 'default view', state: DEFAULT_VIEW, query: '' },
		{ name: 'one track', state: view({ tracks: ['economy'] }), query: 'track=economy' },
		{
			name: 'two statuses',
			state: view({ statuses: ['held', 'planned'] }),
			query: 'status=held%2Cplanned'
		},
		{
			name: 'a statement',
			state: view({ statements: [WASHINGTON] }),
			query: 'statement=2023-04-26'
		},
		{
			name: 'a search with punctuation',
			state: view({ q: 'Leaders’ café & co, 50% +1' }),
			query: 'q=Leaders%E2%80%99+caf%C3%A9+%26+co%2C+50%25+%2B1'
		},
		{
			name: 'a window',
			state: view({ from: '2022-01-01', to: '2022-12-31' }),
			query: 'from=2022-01-01&to=2022-12-31'
		},
		{ name: 'a selected event', state: view({ event: 'ncg-2023' }), query: 'event=ncg-2023' },
		{
			name: 'everything set',
			state: view({
				tracks: ['security', 'technology'],
				kinds: ['summit', 'target'],
				statuses: ['held', 'planned'],
				statements: [SEOUL, WASHINGTON, MINISTERS],
				q: 'nuclear group',
				from: '2022-01-01',
				to: '2023-12-31',
				event: 'nuclear-consultative-group'
			}),
			query:
				'track=security%2Ctechnology&kind=summit%2Ctarget&status=held%2Cplanned' +
				'&statement=2022-05-21%2C2023-04-26%2C2023-11-13&q=nuclear+group' +
				'&from=2022-01-01&to=2023-12-31&event=nuclear-consultative-group'
		}
	];

	it.each(cases)('$name encodes as "$query"', ({ state, query }) => {
		expect(encode(state)).toBe(query);
	});

	it.each(cases)('$name decodes to itself', ({ state }) => {
		expect(decodeViewState(encodeViewState(state, STATEMENTS), STATEMENTS)).toEqual(state);
	});
});

describe('encodeViewState', () => {
	const cases: { name: string; state: ViewState; query: string }[] = [
		{
			name: 'lists in canonical order, once each',
			state: view({
				tracks: ['global', 'security', 'global'],
				kinds: ['external', 'summit'],
				statuses: ['target', 'historical']
			}),
			query: 'track=security%2Cglobal&kind=summit%2Cexternal&status=historical%2Ctarget'
		},
		{
			name: 'statements in date order',
			state: view({ statements: [MINISTERS, SEOUL] }),
			query: 'statement=2022-05-21%2C2023-11-13'
		},
		{
			name: 'unknown statements left out',
			state: view({ statements: ['busan-2024', SEOUL] }),
			query: 'statement=2022-05-21'
		},
		{ name: 'search trimmed', state: view({ q: '  ncg  ' }), query: 'q=ncg' },
		{ name: 'blank search omitted', state: view({ q: ' \n ' }), query: '' },
		{ name: 'half a window omitted', state: view({ from: '2022-01-01' }), query: '' },
		{
			name: 'reversed window omitted',
			state: view({ from: '2023-01-01', to: '2022-01-01' }),
			query: ''
		},
		{ name: 'malformed event omitted', state: view({ event: 'a b' }), query: '' },
		{
			name: 'params in fixed order whatever the object order',
			state: {
				event: 'x',
				to: '2022-12-31',
				from: '2022-01-01',
				filters: view({ q: 'y' }).filters
			},
			query: 'q=y&from=2022-01-01&to=2022-12-31&event=x'
		}
	];

	it.each(cases)('$name', ({ state, query }) => {
		expect(encode(state)).toBe(query);
	});

	it('names a statement by slug when another shares its date', () => {
		const statements = [...STATEMENTS, { slug: '2023-04-26-fact-sheet', date: '2023-04-26' }];
		const state = view({ statements: [SEOUL, WASHINGTON] });
		const params = encodeViewState(state, statements);
		expect(params.toString()).toBe('statement=2022-05-21%2C2023-04-26-washington');
		expect(decodeViewState(params, statements)).toEqual(state);
	});
});

describe('viewStateSearch', () => {
	const cases: { state: ViewState; search: string }[] = [
		{ state: DEFAULT_VIEW, search: '' },
		{
			state: view({ tracks: ['security', 'economy'], q: 'a,b' }),
			search: '?track=security,economy&q=a,b'
		}
	];

	it.each(cases)('gives "$search"', ({ state, search }) => {
		expect(viewStateSearch(state, STATEMENTS)).toBe(search);
		expect(decode(search)).toEqual(state);
	});
});

describe('sameViewState', () => {
	const cases: { name: string; a: ViewState; b: ViewState; expected: boolean }[] = [
		{ name: 'defaults', a: DEFAULT_VIEW, b: view(), expected: true },
		{
			name: 'lists in another order',
			a: view({ tracks: ['security', 'global'] }),
			b: view({ tracks: ['global', 'security', 'global'] }),
			expected: true
		},
		{ name: 'padded search', a: view({ q: ' ncg ' }), b: view({ q: 'ncg' }), expected: true },
		{ name: 'other search', a: view({ q: 'ncg' }), b: view({ q: 'NCG' }), expected: false },
		{
			name: 'other track',
			a: view({ tracks: ['security'] }),
			b: view({ tracks: ['global'] }),
			expected: false
		},
		{ name: 'other event', a: view({ event: 'a' }), b: view(), expected: false }
	];

	it.each(cases)('$name: $expected', ({ a, b, expected }) => {
		expect(sameViewState(a, b, STATEMENTS)).toBe(expected);
	});
});

describe('decodeViewState of untrusted input', () => {
	const emoji = '\u{1f600}';
	const cases: { name: string; query: string; expected: ViewState }[] = [
		{ name: 'empty', query: '', expected: DEFAULT_VIEW },
		{ name: 'separators only', query: '&&&==&', expected: DEFAULT_VIEW },
		{
			name: 'foreign params',
			query: 'utm_source=x&track=global',
			expected: view({ tracks: ['global'] })
		},
		{ name: 'unknown track', query: 'track=military', expected: DEFAULT_VIEW },
		{ name: 'empty track', query: 'track=', expected: DEFAULT_VIEW },
		{ name: 'commas only', query: 'track=,,,', expected: DEFAULT_VIEW },
		{
			name: 'mixed case, padding and unknowns',
			query: 'track=%20Security%20,ECONOMY,bogus,',
			expected: view({ tracks: ['security', 'economy'] })
		},
		{
			name: 'repeated params merged',
			query: 'track=global&track=security&track=global',
			expected: view({ tracks: ['security', 'global'] })
		},
		{
			name: 'kind and status, any case',
			query: 'kind=Summit,EXTERNAL%20EVENT,external&status=HELD',
			expected: view({ kinds: ['summit', 'external'], statuses: ['held'] })
		},
		{
			name: 'statement by year',
			query: 'statement=2023',
			expected: view({ statements: [WASHINGTON, MINISTERS] })
		},
		{
			name: 'statement by slug, any case',
			query: 'statement=2022-05-21-SEOUL',
			expected: view({ statements: [SEOUL] })
		},
		{
			name: 'statements by date, put in date order',
			query: 'statement=2023-11-13,2022-05-21&statement=2022',
			expected: view({ statements: [SEOUL, MINISTERS] })
		},
		{
			name: 'unknown statements',
			query: 'statement=2021,1999-01-01,2022-05-22,seoul',
			expected: DEFAULT_VIEW
		},
		{
			name: 'impossible date',
			query: 'from=2023-02-30&to=2023-12-31',
			expected: DEFAULT_VIEW
		},
		{ name: 'not a leap year', query: 'from=2023-02-29&to=2023-03-01', expected: DEFAULT_VIEW },
		{
			name: 'a leap day',
			query: 'from=2024-02-29&to=2024-03-01',
			expected: view({ from: '2024-02-29', to: '2024-03-01' })
		},
		{ name: 'from after to', query: 'from=2023-06-01&to=2023-01-01', expected: DEFAULT_VIEW },
		{
			name: 'from equal to to: that one day',
			query: 'from=2023-06-10&to=2023-06-10',
			expected: view({ from: '2023-06-10', to: '2023-06-10' })
		},
		{ name: 'only from', query: 'from=2023-06-01', expected: DEFAULT_VIEW },
		{ name: 'only to', query: 'to=2023-06-01', expected: DEFAULT_VIEW },
		{ name: 'unpadded date', query: 'from=2022-1-1&to=2022-12-31', expected: DEFAULT_VIEW },
		{
			name: 'padded dates',
			query: 'from=%202022-01-01%20&to=2022-12-31+',
			expected: view({ from: '2022-01-01', to: '2022-12-31' })
		},
		{ name: 'path in event', query: 'event=../../etc/passwd', expected: DEFAULT_VIEW },
		{
			name: 'markup in event',
			query: 'event=%3Cscript%3Ealert(1)%3C/script%3E',
			expected: DEFAULT_VIEW
		},
		{ name: 'double hyphen in event', query: 'event=a--b', expected: DEFAULT_VIEW },
		{ name: 'empty event', query: 'event=', expected: DEFAULT_VIEW },
		{
			name: 'event in capitals',
			query: 'event=%20NCG-2023',
			expected: view({ event: 'ncg-2023' })
		},
		{
			name: 'first of repeated scalars',
			query: 'q=a&q=b&event=one&event=two',
			expected: view({ q: 'a', event: 'one' })
		},
		{ name: 'padded search', query: 'q=++leaders%E2%80%99++', expected: view({ q: 'leaders’' }) },
		{ name: 'blank search', query: 'q=%20%09%0A', expected: DEFAULT_VIEW },
		{
			name: '10,000-character search',
			query: `q=${'x'.repeat(10_000)}`,
			expected: view({ q: 'x'.repeat(200) })
		},
		{
			name: 'long search cut by code point',
			query: `q=${encodeURIComponent(emoji.repeat(300))}`,
			expected: view({ q: emoji.repeat(200) })
		},
		{
			name: 'search cut just before a space',
			query: `q=${'x'.repeat(199)}+yyy`,
			expected: view({ q: 'x'.repeat(199) })
		},
		{
			name: 'broken percent escapes',
			query: 'track=%E0%A4%A&q=%E0%A4%A&event=%E0%A4%A&from=%zz&to=%',
			expected: view({ q: '\ufffd%A' })
		}
	];

	it.each(cases)('$name', ({ query, expected }) => {
		expect(decode(query)).toEqual(expected);
	});

	it('decodes against no statements by dropping every statement', () => {
		expect(decodeViewState(new URLSearchParams('statement=2022'), [])).toEqual(DEFAULT_VIEW);
	});

	// Seeded so a failure can be replayed: random strings from the characters that matter.
	it('never throws, and what it decodes re-encodes to itself', () => {
		const alphabet = [
			'track',
			'q',
			'from',
			'event',
			'statement',
			'=',
			'&',
			',',
			'%',
			'E0',
			'2',
			'-',
			' ',
			'é',
			emoji,
			'security',
			'2023'
		];
		let seed = 42;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
		for (let run = 0; run < 500; run += 1) {
			const query = Array.from(
				{ length: next() % 30 },
				() => alphabet[next() % alphabet.length]
			).join('');
			const state = decode(query);
			expect(decodeViewState(encodeViewState(state, STATEMENTS), STATEMENTS)).toEqual(state);
		}
	});
});

describe('the window: `to` is the last day shown', () => {
	// Links written before `to` became inclusive named the day after the window. They were whole
	// months or years (both ends on the 1st), and read as they always did; every other pair is
	// inclusive.
	const cases: { name: string; query: string; from: string | null; to: string | null }[] = [
		{
			name: 'a year',
			query: 'from=2023-01-01&to=2023-12-31',
			from: '2023-01-01',
			to: '2023-12-31'
		},
		{
			name: 'a year, old link',
			query: 'from=2023-01-01&to=2024-01-01',
			from: '2023-01-01',
			to: '2023-12-31'
		},
		{
			name: 'a month',
			query: 'from=2023-04-01&to=2023-04-30',
			from: '2023-04-01',
			to: '2023-04-30'
		},
		{
			name: 'a month, old link',
			query: 'from=2023-04-01&to=2023-05-01',
			from: '2023-04-01',
			to: '2023-04-30'
		},
		{
			name: 'two years, old link',
			query: 'from=2022-01-01&to=2024-01-01',
			from: '2022-01-01',
			to: '2023-12-31'
		},
		{
			name: 'February of a leap year, old link',
			query: 'from=2024-02-01&to=2024-03-01',
			from: '2024-02-01',
			to: '2024-02-29'
		},
		{
			name: 'ending on the 1st, from mid-month',
			query: 'from=2023-04-20&to=2023-05-01',
			from: '2023-04-20',
			to: '2023-05-01'
		},
		{
			name: 'starting on the 1st, ending mid-month',
			query: 'from=2023-04-01&to=2023-05-15',
			from: '2023-04-01',
			to: '2023-05-15'
		},
		{
			name: 'a single day on the 1st',
			query: 'from=2023-05-01&to=2023-05-01',
			from: '2023-05-01',
			to: '2023-05-01'
		},
		{ name: 'reversed', query: 'from=2023-05-02&to=2023-05-01', from: null, to: null }
	];

	it.each(cases)('$name: $query', ({ query, from, to }) => {
		expect(decode(query)).toEqual(view({ from, to }));
	});

	const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
	const windows: {
		name: string;
		window: [number, number];
		expected: { from: string; to: string };
	}[] = [
		{
			name: 'a calendar year',
			window: [day('2023-01-01'), day('2024-01-01')],
			expected: { from: '2023-01-01', to: '2023-12-31' }
		},
		{
			name: 'part days reach to the days they touch',
			window: [day('2023-03-10') + 3_600_000, day('2023-04-20') + 60_000],
			expected: { from: '2023-03-10', to: '2023-04-20' }
		},
		{
			name: 'a month and a day from the 1st is written a day longer',
			window: [day('2023-04-01'), day('2023-05-02')],
			expected: { from: '2023-04-01', to: '2023-05-02' }
		},
		{
			name: 'less than a day is a day',
			window: [day('2023-04-01') + 1000, day('2023-04-01') + 2000],
			expected: { from: '2023-04-01', to: '2023-04-01' }
		}
	];

	it.each(windows)('$name', ({ window, expected }) => {
		const days = daysOfWindow(window);
		expect(days).toEqual(expected);
		// What is written reads back as a window covering the one written.
		const read = decode(`from=${days.from}&to=${days.to}`);
		expect(read).toEqual(view(expected));
		const [start, end] = windowOfDays(days.from, days.to);
		expect(start).toBeLessThanOrEqual(window[0]);
		expect(end).toBeGreaterThanOrEqual(window[1]);
	});

	it('reads a day as the whole day', () => {
		expect(windowOfDays('2023-01-01', '2023-12-31')).toEqual([
			day('2023-01-01'),
			day('2024-01-01')
		]);
	});
});

describe('searchBoxText', () => {
	const cases: { name: string; typed: string; q: string; expected: string }[] = [
		{ name: 'a space before the next word', typed: 'north ', q: 'north', expected: 'north ' },
		{
			name: 'spaces around the words',
			typed: '  north  korea ',
			q: 'north  korea',
			expected: '  north  korea '
		},
		{ name: 'the same text', typed: 'korea', q: 'korea', expected: 'korea' },
		{ name: 'another query arrives', typed: 'north ', q: 'economy', expected: 'economy' },
		{ name: 'the query is cleared', typed: 'north ', q: '', expected: '' },
		{ name: 'only spaces typed, no query', typed: '   ', q: '', expected: '   ' },
		{
			name: 'typed past the limit',
			typed: 'x'.repeat(MAX_QUERY_LENGTH + 5),
			q: 'x'.repeat(MAX_QUERY_LENGTH),
			expected: 'x'.repeat(MAX_QUERY_LENGTH + 5)
		}
	];
	it.each(cases)('$name', ({ typed, q, expected }) => {
		expect(searchBoxText(typed, q)).toBe(expected);
	});
});
