import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatement, slugOfFile } from './parse';
import { findQuote } from './quote';
import { StatementError } from './statement';

const fixture = (
	body: string,
	frontMatter = 'date: \'2024-01-02\'\ntitle: "A\\_Title"\nsource_url: https://example.org/s'
) => `---\n${frontMatter}\n---\n${body}`;

describe('parseStatement on the real statements', () => {
	const files = readdirSync('data/statements').map((name) => `data/statements/${name}`);
	const parsed = files.map((file) => parseStatement(readFileSync(file, 'utf8'), file));
	const [seoul, washington] = parsed;

	it('reads the front matter, unescaping YAML titles', () => {
		expect(seoul?.title).toBe('United States-Republic of Korea Leaders’ Joint Statement');
		expect(seoul?.date).toBe('2022-05-21');
		expect(seoul?.sourceUrl).toMatch(/^https:\/\/www\.whitehouse\.gov\//);
		expect(seoul?.publishedTime).toBe('2022-05-21 03:20:51-04:00');
		expect(washington?.title).toContain(
			'70th Anniversary of the Alliance between the United States'
		);
	});

	it('splits the body into sections and numbered paragraphs', () => {
		expect(seoul?.paragraphs).toHaveLength(25);
		expect(seoul?.sections.map((s) => s.title)).toEqual([
			null,
			'The Linchpin for Peace and Prosperity',
			'A Strategic Economic and Technology Partnership',
			'Global Comprehensive Strategic Alliance: Beyond the Korean Peninsula'
		]);
		expect(seoul?.paragraphs[2]?.text).toMatch(
			/^President Yoon and President Biden reaffirm their mutual/
		);
		expect(seoul?.paragraphs.map((p) => p.anchor).slice(0, 3)).toEqual(['p-1', 'p-2', 'p-3']);
	});

	it('treats lines of no-break spaces as paragraph breaks', () => {
		expect(washington?.paragraphs).toHaveLength(20);
		expect(washington?.sections).toHaveLength(4);
		expect(washington?.paragraphs[1]?.text).toMatch(
			/^As the linchpin for peace and prosperity in the Indo-Pacific/
		);
		for (const p of washington?.paragraphs ?? []) expect(p.text).not.toMatch(/\u00a0| {2}|\n/);
	});

	it('drops the ### end mark and keeps no raw HTML', () => {
		for (const statement of parsed) {
			expect(statement.paragraphs.at(-1)?.text).toMatch(/at a time of mutual convenience\.$/);
			for (const p of statement.paragraphs) expect(p.text).not.toMatch(/<|>|###/);
		}
	});

	it('keeps <sup> ordinals as styled runs whose text joins to the paragraph text', () => {
		const opening = washington?.paragraphs[0];
		expect(opening?.runs.filter((r) => r.sup).map((r) => r.text)).toEqual(['th', 'st']);
		expect(opening?.text).toContain('commemorate the 70th anniversary');
		for (const p of parsed.flatMap((s) => s.paragraphs)) {
			expect(p.runs.map((r) => r.text).join('')).toBe(p.text);
		}
	});

	it('names the slug after the file', () => {
		expect(slugOfFile('data/statements/2022-05-21-us-rok-leaders-joint-statement.md')).toBe(
			'2022-05-21-us-rok-leaders-joint-statement'
		);
	});
});

describe('quote lookup', () => {
	const statement = parseStatement(
		fixture(
			'Intro  \nline with 21<sup>st</sup>\ncentury text and \\#hash.\n\n**Heading**\n\nThe *Summit* is\u00a0here.\n'
		),
		'data/statements/2024-01-02-test.md'
	);

	const cases: { name: string; quote: string; expected: string[] }[] = [
		{ name: 'across a hard break', quote: 'Intro line with', expected: ['p-1'] },
		{ name: 'sup ordinal written plainly', quote: '21st century text', expected: ['p-1'] },
		{
			name: 'sup ordinal written as in the file',
			quote: '21<sup>st</sup> century',
			expected: ['p-1']
		},
		{ name: 'escaped hash', quote: 'and #hash.', expected: ['p-1'] },
		{ name: 'emphasis markers dropped', quote: 'The Summit is here.', expected: ['p-2'] },
		{ name: 'quote wrapped over lines', quote: 'The Summit\n  is here.', expected: ['p-2'] },
		{ name: 'a changed word', quote: 'The Summit was here.', expected: [] },
		{ name: 'words across paragraphs', quote: 'text and #hash. The Summit', expected: [] },
		{ name: 'case matters', quote: 'the summit is here.', expected: [] }
	];
	it.each(cases)('$name', ({ quote, expected }) => {
		expect(findQuote(statement, quote).map((m) => m.paragraph)).toEqual(expected);
	});

	it('gives the offsets of the match in the paragraph text', () => {
		const [match] = findQuote(statement, 'Summit is here');
		expect(match).toBeDefined();
		expect(statement.paragraphs[1]?.text.slice(match?.start, match?.end)).toBe('Summit is here');
	});
});

describe('statement errors name the file and the field', () => {
	const cases: { name: string; source: string; message: string }[] = [
		{
			name: 'no front matter',
			source: 'Just text.\n',
			message: 'data/statements/x.md: front matter: the file must open with a --- fenced YAML block'
		},
		{
			name: 'broken YAML',
			source: fixture('Text.\n', 'date: [2024-01-02\ntitle: x'),
			message: 'data/statements/x.md: front matter: invalid YAML'
		},
		{
			name: 'custom tag',
			source: fixture(
				'Text.\n',
				"date: !!js/date '2024-01-02'\ntitle: x\nsource_url: https://e.org"
			),
			message: 'data/statements/x.md: front matter: invalid YAML'
		},
		{
			name: 'missing title',
			source: fixture('Text.\n', "date: '2024-01-02'\nsource_url: https://e.org"),
			message: 'data/statements/x.md: title: missing from the front matter'
		},
		{
			name: 'bad date',
			source: fixture('Text.\n', "date: 'soon'\ntitle: x\nsource_url: https://e.org"),
			message: 'data/statements/x.md: date: "soon" is not a date written YYYY-MM-DD'
		},
		{
			name: 'bad url',
			source: fixture('Text.\n', "date: '2024-01-02'\ntitle: x\nsource_url: nowhere"),
			message: 'data/statements/x.md: source_url: "nowhere" is not an http(s) address'
		},
		{
			name: 'empty body',
			source: fixture('\n\\###\n'),
			message: 'data/statements/x.md: body: has no paragraphs of text'
		}
	];
	it.each(cases)('$name', ({ source, message }) => {
		expect(() => parseStatement(source, 'data/statements/x.md')).toThrow(StatementError);
		expect(() => parseStatement(source, 'data/statements/x.md')).toThrow(message);
	});
});

describe('markup in a statement body', () => {
	it('never passes raw HTML on: tags are dropped, their text stays text', () => {
		const statement = parseStatement(
			fixture(
				'Before <script>alert(1)</script> after <img src=x onerror="alert(2)"> and <b>bold</b>.\n\n<div onclick="x()">Block html</div>\n\nLast <sup>st</sup> line.\n'
			),
			'data/statements/2024-01-02-test.md'
		);
		const texts = statement.paragraphs.map((p) => p.text);
		expect(texts.join(' ')).not.toMatch(/<|>|onerror|onclick/);
		expect(texts[0]).toBe('Before alert(1) after and bold.');
		expect(
			statement.paragraphs
				.flatMap((p) => p.runs)
				.every((run) =>
					Object.keys(run).every((k) => ['text', 'emphasis', 'strong', 'sup'].includes(k))
				)
		).toBe(true);
	});
});
