import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVENTS_DIR } from './catalogue';
import { JSON_SCHEMA_FILE, eventFileJsonSchema } from './jsonSchema';

const committed = readFileSync(JSON_SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed);
const eventFiles = readdirSync(EVENTS_DIR).filter((name) => name.endsWith('.yaml'));

describe('the JSON Schema of event files', () => {
	it('is the one the record schema generates (run `npm run schema` after changing it)', () => {
		expect(committed).toBe(eventFileJsonSchema());
	});

	it('describes a list of closed records whose required fields the data always writes', () => {
		expect(schema.type).toBe('array');
		expect(schema.items.additionalProperties).toBe(false);
		for (const name of eventFiles) {
			const records = parse(readFileSync(join(EVENTS_DIR, name), 'utf8')) as object[];
			for (const record of records) {
				const fields = Object.keys(record);
				expect(fields.filter((f) => !(f in schema.items.properties))).toEqual([]);
				expect(schema.items.required.filter((f: string) => !fields.includes(f))).toEqual([]);
			}
		}
	});

	// What an editor's YAML language server does with it: check each file as the curator types.
	const check = new Ajv({ allErrors: true, strict: false }).compile(schema);
	const records = parse(readFileSync(join(EVENTS_DIR, eventFiles[0]!), 'utf8')) as Record<
		string,
		unknown
	>[];

	it.each(eventFiles)('accepts every record of %s', (name) => {
		const ok = check(parse(readFileSync(join(EVENTS_DIR, name), 'utf8')));
		expect(check.errors ?? [], name).toEqual([]);
		expect(ok).toBe(true);
	});

	const broken: { name: string; change: (r: Record<string, unknown>) => void; at: string }[] = [
		{ name: 'an unknown field', change: (r) => (r.colour = 'red'), at: '/0' },
		{ name: 'a kind not in the list', change: (r) => (r.kind = 'banquet'), at: '/0/kind' },
		{ name: 'a missing summary', change: (r) => delete r.summary, at: '/0' },
		{ name: 'an id not kebab-case', change: (r) => (r.id = 'Space_Dialogue'), at: '/0/id' },
		{ name: 'a date in another format', change: (r) => (r.start = '21/05/2022'), at: '/0/start' },
		{ name: 'no mentions', change: (r) => (r.mentions = []), at: '/0/mentions' },
		{
			name: 'a mention without its phrase',
			change: (r) => delete (r.mentions as Record<string, unknown>[])[0]!.phrase,
			at: '/0/mentions/0'
		}
	];
	it.each(broken)('marks $name where it is', ({ change, at }) => {
		const record = structuredClone(records[0]!);
		change(record);
		expect(check([record])).toBe(false);
		expect(check.errors?.map((e) => e.instancePath)).toContain(at);
	});

	it.each(eventFiles)('is named on the first line of %s by a path that reaches it', (name) => {
		const first = readFileSync(join(EVENTS_DIR, name), 'utf8').split('\n')[0] ?? '';
		const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
		expect(match, first).not.toBeNull();
		const target = normalize(join(EVENTS_DIR, dirname(name), match![1]!));
		expect(target).toBe(normalize(JSON_SCHEMA_FILE));
		expect(existsSync(target)).toBe(true);
	});
});
