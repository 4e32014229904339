/**
 * The JSON Schema of an event file, generated from the record's schema so an editor checks and
 * completes fields as the curator types (data/events/*.yaml name it on their first line).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { EventFileSchema } from '../model/schema';

export const JSON_SCHEMA_FILE = 'static/schema/event.json';

/** The file's text: the schema as indented JSON, ending in a newline. */
export function eventFileJsonSchema(): string {
	const schema = toJsonSchema(EventFileSchema, {
		// The rules between fields and the calendar check stay with `npm run validate`; the
		// editor gets every field, type, choice and pattern.
		ignoreActions: ['check', 'raw_check'],
		typeMode: 'output'
	});
	return `${JSON.stringify(
		{
			$schema: schema.$schema,
			title: 'Events of one US–ROK joint statement',
			description:
				'A list of event records, one file per statement (data/events/<statement-date>.yaml). Generated from src/lib/model/schema.ts by `npm run schema`.',
			...schema
		},
		null,
		'\t'
	)}\n`;
}
