import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseStatement } from '../statements/parse';
import { formatProblem, validateEventFiles, type SourceFile } from './validate';

const statement = parseStatement(
	[
		'---',
		"date: '2022-05-21'",
		'title: Test statement',
		'source_url: https://example.org/statement',
		'---',
		'The leaders agree to hold the Civil Space Dialogue by the end of the year.',
		'',
		'They will meet this Fall in Seoul, and recall the 10<sup>th</sup> anniversary this year.',
		''
	].join('\n'),
	'data/statements/2022-05-21-test.md'
);

const base = {
	id: 'space-dialogue',
	title: 'Civil Space Dialogue',
	summary: 'A dialogue on civil space.',
	track: 'technology',
	tracks: ['technology', 'global'],
	kind: 'dialogue',
	status: 'planned',
	start: '2022-05-21',
	end: '2022-12-31',
	precision: 'approximate',
	phrase: 'by the end of the year',
	statement: '2022-05-21-test',
	quote: 'hold the Civil Space Dialogue by the end of the year',
	paragraph: 'p-1',
	thread: 'space'
};
const partner = {
	...base,
	id: 'fall-meeting',
	title: 'Meeting',
	kind: 'meeting',
	start: '2022-09-01',
	end: '2022-11-30',
	precision: 'season',
	phrase: 'this Fall',
	quote: 'They will meet this Fall in Seoul',
	paragraph: 'p-2'
};

const FILE = 'data/events/2022-05-21.yaml';
const MENTION_KEYS = ['statement', 'paragraph', 'phrase', 'quote'];
/**
 * The cases write a record cited once flat, with statement, paragraph, phrase and quote beside
 * the other fields; the file holds them as its one mention, as the data files do.
 */
function asStored(record: unknown): unknown {
	if (typeof record !== 'object' || record === null || 'mentions' in record) return record;
	const entries = Object.entries(record);
	const mention = Object.fromEntries(entries.filter(([key]) => MENTION_KEYS.includes(key)));
	if (Object.keys(mention).length === 0) return record;
	return {
		...Object.fromEntries(entries.filter(([key]) => !MENTION_KEYS.includes(key))),
		mentions: [mention]
	};
}
const file = (records: unknown[], name = FILE): SourceFile => ({
	file: name,
	text: stringify(records.map(asStored))
});
const run = (...files: SourceFile[]) => validateEventFiles(files, [statement]);
const messages = (...files: SourceFile[]) => run(...files).problems.map(formatProblem);

describe('validateEventFiles', () => {
	it('accepts valid records and returns them sorted by start then id', () => {
		const { events, problems } = run(file([partner, base]));
		expect(problems).toEqual([]);
		expect(events.map((e) => e.id)).toEqual(['space-dialogue', 'fall-meeting']);
	});

	const without = (field: string) =>
		Object.fromEntries(Object.entries(base).filter(([key]) => key !== field));
	const rules: { name: string; records: unknown[]; expected: string }[] = [
		{
			name: 'missing field',
			records: [without('summary'), partner],
			expected: `${FILE}: space-dialogue: summary: missing`
		},
		{
			name: 'missing nullable field',
			records: [without('end'), partner],
			expected: `${FILE}: space-dialogue: end: missing (write null if none)`
		},
		{
			name: 'missing id',
			records: [without('id'), partner],
			expected: `${FILE}: (record 1): id: missing`
		},
		{
			name: 'unknown field',
			records: [{ ...base, colour: 'red' }, partner],
			expected: `${FILE}: space-dialogue: colour: unknown field`
		},
		{
			name: 'bad track',
			records: [{ ...base, track: 'culture' }, partner],
			expected: `${FILE}: space-dialogue: track: "culture" is not allowed; must be one of security, economy, technology, global`
		},
		{
			name: 'bad kind',
			records: [{ ...base, kind: 'party' }, partner],
			expected: `${FILE}: space-dialogue: kind: "party" is not allowed`
		},
		{
			name: 'bad status',
			records: [{ ...base, status: 'rumoured' }, partner],
			expected: `${FILE}: space-dialogue: status: "rumoured" is not allowed`
		},
		{
			name: 'bad precision',
			records: [{ ...base, precision: 'week' }, partner],
			expected: `${FILE}: space-dialogue: precision: "week" is not allowed`
		},
		{
			name: 'primary track not first',
			records: [{ ...base, tracks: ['global', 'technology'] }, partner],
			expected: `${FILE}: space-dialogue: tracks: must start with the primary track "technology"`
		},
		{
			name: 'id not kebab-case',
			records: [{ ...base, id: 'Space_Dialogue' }, partner],
			expected: `${FILE}: Space_Dialogue: id: "Space_Dialogue" is not kebab-case`
		},
		{
			name: 'impossible date',
			records: [{ ...base, start: '2023-02-30' }, partner],
			expected: `${FILE}: space-dialogue: start: 2023-02-30 is not a real calendar date`
		},
		{
			name: 'malformed date',
			records: [{ ...base, end: '31/12/2022' }, partner],
			expected: `${FILE}: space-dialogue: end: must be a date written YYYY-MM-DD, not "31/12/2022"`
		},
		{
			name: 'end before start',
			records: [{ ...base, start: '2022-06-01', end: '2022-05-31' }, partner],
			expected: `${FILE}: space-dialogue: end: 2022-05-31 is before start 2022-06-01`
		},
		{
			name: 'month precision with a bad window',
			records: [base, { ...partner, precision: 'month' }],
			expected: `${FILE}: fall-meeting: precision: month precision needs start = 1st and end = last day of that month`
		},
		{
			name: 'approximate without an end',
			records: [{ ...base, end: null }, partner],
			expected: `${FILE}: space-dialogue: end: an approximate date needs an end`
		},
		{
			name: 'quote not verbatim',
			records: [{ ...base, quote: 'hold the Civil Space Talks by the end of the year' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].quote: not found verbatim in 2022-05-21-test; the text departs from the quote after "hold the Civil Space "`
		},
		{
			name: 'quote in another paragraph',
			records: [{ ...base, paragraph: 'p-2' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].paragraph: the quote is in p-1, not p-2`
		},
		{
			name: 'paragraph that does not exist',
			records: [{ ...base, paragraph: 'p-9' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].paragraph: no paragraph p-9 in 2022-05-21-test; the quote is in p-1`
		},
		{
			name: 'unknown statement',
			records: [{ ...base, statement: 'nope' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].statement: no statement "nope" in data/statements/`
		},
		{
			name: 'phrase and date disagree',
			records: [base, { ...partner, start: '2022-06-01', end: '2022-08-31' }],
			expected: `${FILE}: fall-meeting: start: 2022-06-01..2022-08-31 lies outside "this Fall", which means 2022-09-01..2022-11-30 for a statement of 2022-05-21`
		},
		{
			name: 'phrase not in the quote',
			records: [{ ...base, phrase: 'this Fall' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].phrase: "this Fall" does not occur in the quote`
		},
		{
			name: 'phrase not understood',
			records: [{ ...base, phrase: 'Civil Space' }, partner],
			expected: `${FILE}: space-dialogue: mentions[1].phrase: "Civil Space" is not a date phrase the resolver understands`
		},
		{
			name: 'thread with one event',
			records: [base, { ...partner, thread: 'meetings' }],
			expected: `${FILE}: fall-meeting: thread: "meetings" has no other event; a thread joins two or more`
		},
		{
			name: 'quotes that cross',
			records: [
				{ ...base, quote: 'Civil Space Dialogue by the end of the year' },
				{
					...partner,
					id: 'crossing',
					paragraph: 'p-1',
					phrase: null,
					start: '2022-06-01',
					end: '2022-12-31',
					precision: 'approximate',
					quote: 'to hold the Civil Space Dialogue'
				}
			],
			expected: `${FILE}: crossing: quote: overlaps the quote of space-dialogue in p-1 without containing it or lying inside it`
		},
		{
			name: 'planned but in the past',
			records: [
				{ ...base, start: '2022-01-01', end: '2022-01-31', precision: 'month', phrase: null },
				partner
			],
			expected: `${FILE}: space-dialogue: status: planned, but its date 2022-01-31 is not after the statement (2022-05-21)`
		},
		{
			name: 'historical but in the future',
			records: [{ ...base, status: 'historical', start: '2022-06-01' }, partner],
			expected: `${FILE}: space-dialogue: status: historical, but it starts 2022-06-01, after the statement (2022-05-21)`
		},
		{
			name: 'target kind without target status',
			records: [{ ...base, kind: 'target' }, partner],
			expected: `${FILE}: space-dialogue: status: kind "target" and status "target" go together`
		}
	];
	it.each(rules)('$name', ({ records, expected }) => {
		const result = run(file(records));
		expect(result.problems.map(formatProblem).some((line) => line.startsWith(expected))).toBe(true);
		// A record with a problem is never passed on, repaired or not.
		expect(result.events.map((e) => e.id)).not.toContain(result.problems[0]?.id);
	});

	it('reports a duplicate id across files, naming the first file', () => {
		const other = 'data/events/2022-05-21-extra.yaml';
		expect(messages(file([base, partner]), file([{ ...base }], other))).toContain(
			`${other}: space-dialogue: id: duplicate; "space-dialogue" is already used in ${FILE}`
		);
	});

	it('requires event files to be named after their statement date', () => {
		expect(messages(file([base, partner], 'data/events/2022-05-20.yaml'))).toContain(
			'data/events/2022-05-20.yaml: space-dialogue: mentions[1].statement: 2022-05-21-test is dated 2022-05-21; a record lives in the file of the first statement that cites it, and this file holds the 2022-05-20 statement'
		);
		expect(messages(file([base, partner], 'data/events/space.yaml'))).toContain(
			'data/events/space.yaml: (file): name: an event file is named <statement-date>.yaml, e.g. 2022-05-21.yaml'
		);
	});

	it('rejects YAML errors and custom tags, naming the line', () => {
		const broken = messages({ file: FILE, text: '- id: a\n  title: [unclosed\n' });
		expect(broken[0]).toMatch(/^data\/events\/2022-05-21\.yaml: \(file\): line \d+: invalid YAML/);
		const tagged = messages({ file: FILE, text: '- !!js/function "x"\n' });
		expect(tagged[0]).toMatch(/invalid YAML/);
		const notList = messages({ file: FILE, text: 'id: a\n' });
		expect(notList).toEqual([`${FILE}: (file): yaml: must be a list of event records`]);
	});

	it('reports every problem at once, across records and files', () => {
		const lines = messages(
			file([
				{ ...base, kind: 'party', start: '2023-02-30' },
				{ ...partner, quote: 'nowhere to be found' }
			]),
			file([{ ...partner, id: 'third', track: 'culture' }], 'data/events/2022-05-21-b.yaml')
		);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringContaining('space-dialogue: kind:'),
				expect.stringContaining('space-dialogue: start: 2023-02-30'),
				expect.stringContaining('fall-meeting: mentions[1].quote: not found verbatim'),
				expect.stringContaining('2022-05-21-b.yaml: third: track:')
			])
		);
	});

	it('never drops a record silently: each invalid record has a problem, every valid one is returned', () => {
		const records = [base, partner, { ...base, id: 'bad-one', kind: 'party' }];
		const { events, problems } = run(file(records));
		expect(events.length + new Set(problems.map((p) => p.id)).size).toBe(records.length);
	});
});

describe('records cited by several statements, and outcomes', () => {
	const later = parseStatement(
		[
			'---',
			"date: '2023-04-26'",
			'title: Later test statement',
			'source_url: https://example.org/later',
			'---',
			'The third Civil Space Dialogue was held in December 2022, and the leaders recall the treaty of 1953.',
			'',
			'They will expand space cooperation.',
			''
		].join('\n'),
		'data/statements/2023-04-26-later.md'
	);
	const LATER_FILE = 'data/events/2023-04-26.yaml';
	const both = (...files: SourceFile[]) =>
		validateEventFiles(files, [statement, later]).problems.map(formatProblem);
	const done = {
		result: 'done',
		statement: '2023-04-26-later',
		paragraph: 'p-1',
		quote: 'The third Civil Space Dialogue was held in December 2022',
		start: '2022-12-01',
		end: '2022-12-31',
		precision: 'month'
	};
	const commitment = { ...base, outcome: done };
	const meeting = {
		...partner,
		thread: 'space',
		outcome: { result: 'not-mentioned', statement: '2023-04-26-later' }
	};
	const treatyMention = (statementSlug: string, paragraph: string, quote: string) => ({
		statement: statementSlug,
		paragraph,
		phrase: null,
		quote
	});
	const treaty = {
		id: 'treaty',
		title: 'Treaty signed',
		summary: 'A treaty.',
		track: 'security',
		tracks: ['security'],
		kind: 'agreement',
		status: 'historical',
		start: '1953-10-01',
		end: null,
		precision: 'day',
		thread: 'treaty',
		mentions: [treatyMention('2022-05-21-test', 'p-2', 'They will meet this Fall in Seoul')]
	};

	it('accepts a commitment with its outcome, and a record cited by both statements', () => {
		const cited = {
			...treaty,
			thread: null,
			mentions: [
				...treaty.mentions,
				treatyMention('2023-04-26-later', 'p-1', 'the leaders recall the treaty of 1953')
			]
		};
		const result = validateEventFiles([file([commitment, meeting, cited])], [statement, later]);
		expect(result.problems.map(formatProblem)).toEqual([]);
		const events = new Map(result.events.map((e) => [e.id, e]));
		expect(events.get('treaty')?.mentions.map((m) => m.statement)).toEqual([
			'2022-05-21-test',
			'2023-04-26-later'
		]);
		expect(events.get('space-dialogue')?.outcome).toEqual({ ...done, record: null, lead: null });
		expect(events.get('fall-meeting')?.outcome).toEqual({
			result: 'not-mentioned',
			statement: '2023-04-26-later',
			paragraph: null,
			quote: null,
			start: null,
			end: null,
			precision: null,
			record: null,
			lead: null
		});
	});

	const cases: { name: string; files: () => SourceFile[]; expected: string }[] = [
		{
			name: 'a commitment without an outcome',
			files: () => [file([base, meeting])],
			expected: `${FILE}: space-dialogue: outcome: missing: a commitment (planned dialogue) needs what 2023-04-26-later says of it`
		},
		{
			name: 'a mention quote not verbatim',
			files: () => [
				file([
					commitment,
					meeting,
					{
						...treaty,
						thread: null,
						mentions: [
							...treaty.mentions,
							treatyMention('2023-04-26-later', 'p-1', 'the treaty of 1954')
						]
					}
				])
			],
			expected: `${FILE}: treaty: mentions[2].quote: not found verbatim in 2023-04-26-later; the text departs from the quote after "the treaty of 195"`
		},
		{
			name: 'mentions out of date order',
			files: () => [
				file(
					[
						commitment,
						meeting,
						{
							...treaty,
							thread: null,
							mentions: [
								treatyMention('2023-04-26-later', 'p-1', 'the treaty of 1953'),
								...treaty.mentions
							]
						}
					],
					LATER_FILE
				)
			],
			expected: `${LATER_FILE}: treaty: mentions: list the mentions in the date order of their statements`
		},
		{
			name: 'an outcome without evidence',
			files: () => [file([{ ...base, outcome: { ...done, quote: null } }, meeting])],
			expected: `${FILE}: space-dialogue: outcome.quote: missing: a "done" outcome needs the later statement's words as evidence`
		},
		{
			name: 'an outcome with an unknown result',
			files: () => [file([{ ...base, outcome: { ...done, result: 'finished' } }, meeting])],
			expected: `${FILE}: space-dialogue: outcome.result: "finished" is not allowed; must be one of done, continued, expanded, not-mentioned`
		},
		{
			name: 'evidence from the wrong statement',
			files: () => [
				file([{ ...base, outcome: { ...done, statement: '2022-05-21-test' } }, meeting])
			],
			expected: `${FILE}: space-dialogue: outcome.statement: "2022-05-21-test" is the wrong statement; the outcome of a commitment of 2022-05-21-test is read from the next statement, 2023-04-26-later`
		},
		{
			name: 'evidence not verbatim in the later statement',
			files: () => [
				file([
					{ ...base, outcome: { ...done, quote: 'They will meet this Fall in Seoul' } },
					meeting
				])
			],
			expected: `${FILE}: space-dialogue: outcome.quote: not found verbatim in 2023-04-26-later`
		},
		{
			name: 'evidence in another paragraph',
			files: () => [file([{ ...base, outcome: { ...done, paragraph: 'p-2' } }, meeting])],
			expected: `${FILE}: space-dialogue: outcome.paragraph: the quote is in p-1, not p-2`
		},
		{
			name: 'evidence for a commitment the later statement does not mention',
			files: () => [
				file([
					commitment,
					{ ...meeting, outcome: { ...meeting.outcome, quote: 'They will expand' } }
				])
			],
			expected: `${FILE}: fall-meeting: outcome.quote: a commitment the later statement does not mention has no evidence and no date`
		},
		{
			name: 'an outcome dated after the statement that reports it',
			files: () => [
				file([{ ...base, outcome: { ...done, start: '2023-05-01', end: '2023-05-31' } }, meeting])
			],
			expected: `${FILE}: space-dialogue: outcome.start: 2023-05-01 is after 2023-04-26-later (2023-04-26)`
		},
		{
			name: 'an outcome whose dates break its precision',
			files: () => [file([{ ...base, outcome: { ...done, end: '2022-12-30' } }, meeting])],
			expected: `${FILE}: space-dialogue: outcome.precision: month precision needs start = 1st and end = last day of that month`
		},
		{
			name: 'an outcome on a record of the last statement',
			files: () => [
				file([commitment, meeting]),
				file(
					[
						{
							...treaty,
							id: 'new-plan',
							thread: null,
							status: 'planned',
							kind: 'initiative',
							start: '2023-06-01',
							mentions: [
								treatyMention('2023-04-26-later', 'p-2', 'They will expand space cooperation.')
							],
							outcome: { result: 'not-mentioned', statement: '2023-04-26-later' }
						}
					],
					LATER_FILE
				)
			],
			expected: `${LATER_FILE}: new-plan: outcome: no statement after 2023-04-26-later to read an outcome from`
		},
		{
			name: 'two records for one real-world event',
			files: () => [
				file([commitment, meeting, treaty]),
				file(
					[
						{
							...treaty,
							id: 'treaty-again',
							mentions: [treatyMention('2023-04-26-later', 'p-1', 'the treaty of 1953')]
						}
					],
					LATER_FILE
				)
			],
			expected: `${LATER_FILE}: treaty-again: mentions: the same real-world event as treaty (thread treaty, 1953-10-01), cited by another statement: make it one record and add this statement's words to its mentions`
		},
		{
			name: 'a title that claims more than the status',
			files: () => [file([{ ...commitment, title: 'Civil Space Dialogue launched' }, meeting])],
			expected: `${FILE}: space-dialogue: title: says "launched" but the record is planned: as of its statement it has not happened`
		},
		{
			name: 'a mention that is not a mapping',
			files: () => [file([{ ...treaty, thread: null, mentions: ['p-2'] }, commitment, meeting])],
			expected: `${FILE}: treaty: mentions[1]: must be a mapping with statement, paragraph, quote and phrase, not a string`
		},
		{
			name: 'no mentions',
			files: () => [file([{ ...treaty, thread: null, mentions: [] }, commitment, meeting])],
			expected: `${FILE}: treaty: mentions: must be a non-empty list`
		},
		{
			name: 'a mention without its phrase',
			files: () => [
				file([
					{
						...treaty,
						thread: null,
						mentions: [{ statement: '2022-05-21-test', paragraph: 'p-2', quote: 'They will meet' }]
					},
					commitment,
					meeting
				])
			],
			expected: `${FILE}: treaty: mentions[1].phrase: missing (write null if none)`
		}
	];
	it.each(cases)('$name', ({ files, expected }) => {
		const lines = both(...files());
		expect(lines.find((line) => line.startsWith(expected)) ?? lines).toBeTypeOf('string');
	});
});

describe('restatements, duplicate titles and pledges without an outcome', () => {
	const later = parseStatement(
		[
			'---',
			"date: '2023-04-26'",
			'title: Later test statement',
			'source_url: https://example.org/later',
			'---',
			'The third Civil Space Dialogue was held in December 2022.',
			'',
			'They will expand space cooperation.',
			''
		].join('\n'),
		'data/statements/2023-04-26-later.md'
	);
	const LATER_FILE = 'data/events/2023-04-26.yaml';
	const validate = (...files: SourceFile[]) => validateEventFiles(files, [statement, later]);
	const lines = (...files: SourceFile[]) => validate(...files).problems.map(formatProblem);
	const meeting = {
		...partner,
		outcome: { result: 'not-mentioned', statement: '2023-04-26-later' }
	};
	/** The later statement's own record of the dialogue, which the evidence quotes. */
	const held = {
		...base,
		id: 'space-dialogue-held',
		title: 'Third Civil Space Dialogue',
		kind: 'dialogue',
		status: 'held',
		start: '2022-12-01',
		end: '2022-12-31',
		precision: 'month',
		phrase: null,
		statement: '2023-04-26-later',
		paragraph: 'p-1',
		quote: 'The third Civil Space Dialogue was held in December 2022.'
	};
	const expansion = {
		...held,
		id: 'space-expansion',
		title: 'Space cooperation to expand',
		kind: 'initiative',
		status: 'announced',
		start: '2023-04-26',
		end: null,
		precision: 'day',
		paragraph: 'p-2',
		quote: 'They will expand space cooperation.'
	};
	const done = {
		result: 'done',
		statement: '2023-04-26-later',
		paragraph: 'p-1',
		quote: 'The third Civil Space Dialogue was held in December 2022',
		record: 'space-dialogue-held'
	};

	it('accepts an outcome whose evidence is the later record it names, and links them', () => {
		const result = validate(
			file([{ ...base, outcome: done }, meeting]),
			file([held, expansion], LATER_FILE)
		);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.events.find((e) => e.id === 'space-dialogue')?.outcome?.record).toBe(
			'space-dialogue-held'
		);
	});

	const cases: { name: string; files: () => SourceFile[]; expected: string }[] = [
		{
			name: 'evidence outside the paragraph of the record it names',
			files: () => [
				file([{ ...base, outcome: { ...done, record: 'space-expansion' } }, meeting]),
				file([held, expansion], LATER_FILE)
			],
			expected: `${FILE}: space-dialogue: outcome.record: the evidence is in p-1 of 2023-04-26-later, but space-expansion is quoted in p-2; name the record whose words the evidence quotes`
		},
		{
			name: 'evidence beside, not within, the words of the record it names',
			files: () => [
				file([{ ...base, outcome: { ...done, quote: 'December 2022' } }, meeting]),
				file([{ ...held, quote: 'The third Civil Space Dialogue' }, expansion], LATER_FILE)
			],
			expected: `${FILE}: space-dialogue: outcome.record: the evidence does not overlap the words of space-dialogue-held in p-1`
		},
		{
			name: 'an outcome naming a record that does not exist',
			files: () => [
				file([{ ...base, outcome: { ...done, record: 'no-such-record' } }, meeting]),
				file([held, expansion], LATER_FILE)
			],
			expected: `${FILE}: space-dialogue: outcome.record: no record "no-such-record"`
		},
		{
			name: 'an outcome naming a record the later statement does not cite',
			files: () => [
				file([{ ...base, outcome: { ...done, record: 'fall-meeting' } }, meeting]),
				file([held, expansion], LATER_FILE)
			],
			expected: `${FILE}: space-dialogue: outcome.record: fall-meeting is not cited by 2023-04-26-later`
		},
		{
			name: 'two records of one statement with the same title and overlapping dates',
			files: () => [
				file([
					{ ...base, outcome: done },
					{ ...meeting, title: 'Civil space dialogue!', start: '2022-09-01' }
				]),
				file([held, expansion], LATER_FILE)
			],
			expected: `${FILE}: fall-meeting: title: "Civil space dialogue!" is also the title of space-dialogue (${FILE}), and their dates overlap: one thing is one record`
		},
		{
			name: 'a later record with an earlier title that does not restate it',
			files: () => [
				file([{ ...base, outcome: done }, meeting]),
				file([held, { ...expansion, title: 'Civil Space Dialogue' }], LATER_FILE)
			],
			expected: `${LATER_FILE}: space-expansion: title: "Civil Space Dialogue" is also the title of space-dialogue (${FILE}): one thing is one record`
		},
		{
			name: 'two outcomes in the same place among the largest follow-throughs',
			files: () => [
				file([
					{ ...base, outcome: { ...done, lead: 1 } },
					{
						...meeting,
						outcome: {
							...done,
							result: 'expanded',
							quote: 'They will expand space cooperation.',
							paragraph: 'p-2',
							record: 'space-expansion',
							lead: 1
						}
					}
				]),
				file([held, expansion], LATER_FILE)
			],
			expected: `${FILE}: fall-meeting: outcome.lead: place 1 is also given to space-dialogue; the places run 1, 2, 3… once each`
		}
	];
	it.each(cases)('$name', ({ files, expected }) => {
		const found = lines(...files());
		expect(found.find((line) => line.startsWith(expected)) ?? found).toBeTypeOf('string');
	});

	it('accepts a restatement that shares the earlier title when the earlier names it', () => {
		const restated = { ...expansion, title: 'Civil Space Dialogue' };
		const result = validate(
			file([
				{
					...base,
					outcome: {
						...done,
						result: 'continued',
						paragraph: 'p-2',
						quote: 'They will expand space cooperation.',
						record: 'space-expansion'
					}
				},
				meeting
			]),
			file([held, restated], LATER_FILE)
		);
		expect(result.problems.map(formatProblem)).toEqual([]);
	});

	it('warns, naming file and record, of a pledge whose records carry no outcome', () => {
		const position = { ...partner, kind: 'position', status: 'announced', phrase: null };
		position.start = '2022-05-21';
		position.end = null as unknown as string;
		position.precision = 'day';
		const result = validate(
			file([{ ...base, outcome: done }, position]),
			file([held, expansion], LATER_FILE)
		);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.warnings.map(formatProblem)).toEqual([
			`${FILE}: fall-meeting: outcome: the pledge "They will meet this Fall in Seoul, and recall the 10th anniversary this year." (2022-05-21-test p-2, sentence 1) has no outcome; say what 2023-04-26-later reports of it`
		]);
	});

	it('warns of a pledge sentence no record quotes, naming its paragraph and sentence', () => {
		const result = validate(
			file([{ ...base, outcome: done }]),
			file([held, expansion], LATER_FILE)
		);
		expect(result.warnings.map(formatProblem)).toEqual([
			`${FILE}: (2022-05-21-test p-2, sentence 1): mentions: the pledge "They will meet this Fall in Seoul, and recall the 10th anniversary this year." has no record; add one with the outcome 2023-04-26-later reports`
		]);
	});
});
