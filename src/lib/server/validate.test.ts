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
const file = (records: unknown[], name = FILE): SourceFile => ({
	file: name,
	text: stringify(records)
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
			expected: `${FILE}: space-dialogue: quote: not found verbatim in 2022-05-21-test; the text departs from the quote after "hold the Civil Space "`
		},
		{
			name: 'quote in another paragraph',
			records: [{ ...base, paragraph: 'p-2' }, partner],
			expected: `${FILE}: space-dialogue: paragraph: the quote is in p-1, not p-2`
		},
		{
			name: 'paragraph that does not exist',
			records: [{ ...base, paragraph: 'p-9' }, partner],
			expected: `${FILE}: space-dialogue: paragraph: no paragraph p-9 in 2022-05-21-test; the quote is in p-1`
		},
		{
			name: 'unknown statement',
			records: [{ ...base, statement: 'nope' }, partner],
			expected: `${FILE}: space-dialogue: statement: no statement "nope" in data/statements/`
		},
		{
			name: 'phrase and date disagree',
			records: [base, { ...partner, start: '2022-06-01', end: '2022-08-31' }],
			expected: `${FILE}: fall-meeting: start: 2022-06-01..2022-08-31 lies outside "this Fall", which means 2022-09-01..2022-11-30 for a statement of 2022-05-21`
		},
		{
			name: 'phrase not in the quote',
			records: [{ ...base, phrase: 'this Fall' }, partner],
			expected: `${FILE}: space-dialogue: phrase: "this Fall" does not occur in the quote`
		},
		{
			name: 'phrase not understood',
			records: [{ ...base, phrase: 'Civil Space' }, partner],
			expected: `${FILE}: space-dialogue: phrase: "Civil Space" is not a date phrase the resolver understands`
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
			'data/events/2022-05-20.yaml: space-dialogue: statement: 2022-05-21-test is dated 2022-05-21; this file holds the events of the 2022-05-20 statement'
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
				expect.stringContaining('fall-meeting: quote: not found verbatim'),
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
