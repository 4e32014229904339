import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { AllianceEvent } from '../model/event';
import { loadCatalogue, EVENTS_DIR } from './catalogue';
import { formatProblem, validateEventFiles, type SourceFile } from './validate';

const { statements } = loadCatalogue();
const FILES = ['2022-05-21.yaml', '2023-04-26.yaml'].map((name) => `${EVENTS_DIR}/${name}`);
const original = FILES.map((file) => ({
	file,
	records: parse(readFileSync(file, 'utf8')) as AllianceEvent[]
}));

interface Mutation {
	name: string;
	field: string;
	apply: (record: Record<string, unknown>, all: AllianceEvent[]) => void;
}

const MUTATIONS: Mutation[] = [
	{ name: 'drop the summary', field: 'summary', apply: (r) => delete r.summary },
	{ name: 'a kind that does not exist', field: 'kind', apply: (r) => (r.kind = 'banquet') },
	{
		name: 'an impossible date',
		field: 'start',
		apply: (r) => (r.start = `${String(r.start).slice(0, 4)}-02-30`)
	},
	{
		name: 'one word of the quote changed',
		field: 'quote',
		apply: (r) => {
			const words = String(r.quote).split(' ');
			const at = Math.floor(words.length / 2);
			words[at] = `${words[at]}x`;
			r.quote = words.join(' ');
		}
	},
	{
		name: 'an id used twice',
		field: 'id',
		apply: (r, all) => (r.id = all.find((e) => e.id !== r.id)?.id)
	},
	{
		name: 'a thread of its own',
		field: 'thread',
		apply: (r) => (r.thread = `orphan-${String(r.id)}`)
	}
];

/** The files as written back unchanged; a case rewrites only the file it breaks. */
const unchanged: SourceFile[] = original.map(({ file, records }) => ({
	file,
	text: stringify(records)
}));

function mutated(fileIndex: number, recordIndex: number, mutation: Mutation): SourceFile[] {
	return original.map(({ file, records }, i) => {
		if (i !== fileIndex) return unchanged[i]!;
		const copy = structuredClone(records) as unknown as Record<string, unknown>[];
		const target = copy[recordIndex];
		if (target) mutation.apply(target, records);
		return { file, text: stringify(copy) };
	});
}

describe('mutations of the real data files', () => {
	it('starts from data with no problems', () => {
		expect(validateEventFiles(unchanged, statements).problems).toEqual([]);
	});

	// Every seventh record of each file, under every mutation.
	const cases = original.flatMap(({ records }, fileIndex) =>
		records
			.map((record, recordIndex) => ({ record, recordIndex }))
			.filter(({ recordIndex }) => recordIndex % 7 === 0)
			.flatMap(({ record, recordIndex }) =>
				MUTATIONS.map((mutation) => ({
					fileIndex,
					recordIndex,
					id: record.id,
					mutation,
					label: `${record.id}: ${mutation.name}`
				}))
			)
	);

	it.each(cases)('$label is caught and named', ({ fileIndex, recordIndex, id, mutation }) => {
		const { events, problems } = validateEventFiles(
			mutated(fileIndex, recordIndex, mutation),
			statements
		);
		const file = FILES[fileIndex] ?? '';
		const lines = problems.map(formatProblem);
		const expectedId =
			mutation.field === 'id' ? original[fileIndex]?.records.find((e) => e.id !== id)?.id : id;
		expect(
			lines.some((line) => line.startsWith(`${file}: `) && line.includes(`: ${mutation.field}: `)),
			lines.join('\n')
		).toBe(true);
		expect(problems.some((p) => p.id === expectedId || p.id === id)).toBe(true);
		// The broken record never reaches the site.
		const total = original.reduce((sum, f) => sum + f.records.length, 0);
		expect(events.length).toBeLessThan(total);
	});
});
