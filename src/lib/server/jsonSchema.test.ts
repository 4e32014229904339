import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
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

	it.each(eventFiles)('is named on the first line of %s by a path that reaches it', (name) => {
		const first = readFileSync(join(EVENTS_DIR, name), 'utf8').split('\n')[0] ?? '';
		const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
		expect(match, first).not.toBeNull();
		const target = normalize(join(EVENTS_DIR, dirname(name), match![1]!));
		expect(target).toBe(normalize(JSON_SCHEMA_FILE));
		expect(existsSync(target)).toBe(true);
	});
});
