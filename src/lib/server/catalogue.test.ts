import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRACKS, citesStatement, firstMention, isCommitment, statementsOf } from '../model/event';
import { findQuote } from '../statements/quote';
import { loadCatalogue } from './catalogue';
import { formatProblem } from './validate';

describe('the real data', () => {
	const { statements, events, problems } = loadCatalogue();

	it('is valid', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('holds both statements, in date order', () => {
		expect(statements.map((s) => s.date)).toEqual(['2022-05-21', '2023-04-26']);
	});

	it('covers both statements, every track and every paragraph', () => {
		for (const statement of statements) {
			const own = events.filter((e) => citesStatement(e, statement.slug));
			for (const track of TRACKS) expect(own.some((e) => e.track === track)).toBe(true);
			const anchors = new Set(
				own
					.flatMap((e) => e.mentions.filter((m) => m.statement === statement.slug))
					.map((m) => m.paragraph)
			);
			const uncovered = statement.paragraphs
				.map((p) => p.anchor)
				.filter((anchor) => !anchors.has(anchor));
			expect(uncovered, statement.slug).toEqual([]);
		}
	});

	it('quotes each mention from its own paragraph, and each outcome from the later statement', () => {
		const bySlug = new Map(statements.map((s) => [s.slug, s]));
		const quotes = events.flatMap((event) => [
			...event.mentions.map((m) => ({ id: event.id, ...m })),
			...(event.outcome?.quote && event.outcome.paragraph
				? [
						{
							id: event.id,
							...event.outcome,
							quote: event.outcome.quote,
							paragraph: event.outcome.paragraph
						}
					]
				: [])
		]);
		for (const { id, statement: slug, quote, paragraph } of quotes) {
			const statement = bySlug.get(slug);
			expect(statement, id).toBeDefined();
			if (statement) {
				expect(
					findQuote(statement, quote).map((m) => m.paragraph),
					id
				).toContain(paragraph);
			}
		}
	});

	it('has one record per real-world event: no two statements cite one past event separately', () => {
		const past = events.filter(
			(e) => e.thread && (e.status === 'historical' || e.status === 'held')
		);
		const twice = past.flatMap((a, i) =>
			past
				.slice(i + 1)
				.filter(
					(b) =>
						`${a.thread} ${a.start} ${a.end}` === `${b.thread} ${b.start} ${b.end}` &&
						!statementsOf(a).some((slug) => statementsOf(b).includes(slug))
				)
				.map((b) => `${a.id} = ${b.id}`)
		);
		expect(twice).toEqual([]);
		// The six cited by both statements are one record each, with a mention per statement.
		const both = events.filter((e) => new Set(statementsOf(e)).size === 2).map((e) => e.id);
		expect(both).toEqual(
			expect.arrayContaining([
				'russia-invades-ukraine-2022',
				'mutual-defense-treaty-signed-2022',
				'iaea-model-additional-protocol-2022',
				'korus-entry-into-force-2022',
				'paris-agreement-adopted-2022',
				'net-zero-2050-goal-2022'
			])
		);
	});

	it('gives every commitment of the earlier statement an outcome from the later one', () => {
		const [earlier, later] = statements;
		const commitments = events.filter(
			(e) => firstMention(e).statement === earlier!.slug && isCommitment(e)
		);
		expect(commitments.length).toBeGreaterThan(20);
		for (const e of commitments) expect(e.outcome?.statement, e.id).toBe(later!.slug);
	});

	it('spans the 1953 founding to the 2050 targets', () => {
		expect(events.some((e) => e.start.startsWith('1953-'))).toBe(true);
		expect(events.some((e) => e.start.startsWith('2050-') && e.kind === 'target')).toBe(true);
	});
});

describe('a copy of the data with mistakes', () => {
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'alliance-data-'));
		cpSync('data', join(root, 'data'), { recursive: true });
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	const edit = (file: string, change: (text: string) => string) => {
		const path = join(root, file);
		writeFileSync(path, change(readFileSync(path, 'utf8')));
	};

	it('names the statement file whose front matter is broken', () => {
		edit('data/statements/2022-05-21-us-rok-leaders-joint-statement.md', (t) =>
			t.replace("date: '2022-05-21'", 'date: [2022')
		);
		const lines = loadCatalogue(root).problems.map(formatProblem);
		expect(lines[0]).toMatch(
			/^data\/statements\/2022-05-21-us-rok-leaders-joint-statement\.md: front matter: invalid YAML/
		);
		// Its events now point at no statement, and say so instead of disappearing.
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^data\/events\/2022-05-21\.yaml: [a-z0-9-]+: mentions\[1\]\.statement: no statement/
			)
		);
	});

	it('rejects files that do not belong', () => {
		writeFileSync(join(root, 'data/events/notes.txt'), 'scratch');
		expect(loadCatalogue(root).problems.map(formatProblem)).toContain(
			'data/events/notes.txt: name: only .yaml files belong in data/events/'
		);
	});

	it('makes `npm run validate` print every problem and exit 1', () => {
		edit('data/events/2023-04-26.yaml', (t) =>
			t.replace(/kind: summit/, 'kind: banquet').replace(/precision: day/, 'precision: hour')
		);
		const cli = resolve('src/cli/validate.ts');
		const result = spawnSync(resolve('node_modules/.bin/tsx'), [cli], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(result.status).toBe(1);
		const lines = result.stderr.split('\n').filter((line) => line.startsWith('data/'));
		expect(lines).toHaveLength(2);
		expect(lines.join('\n')).toMatch(
			/^data\/events\/2023-04-26\.yaml: [a-z0-9-]+: kind: "banquet" is not allowed/m
		);
		expect(lines.join('\n')).toMatch(
			/^data\/events\/2023-04-26\.yaml: [a-z0-9-]+: precision: "hour" is not allowed/m
		);
	});

	it('makes `npm run validate` succeed on the data as it is', () => {
		const result = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/cli/validate.ts')], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^OK: 2 statements, \d+ events valid\./);
	});
});
