/** `npm run schema`: writes the event file's JSON Schema, generated from the record's schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { JSON_SCHEMA_FILE, eventFileJsonSchema } from '../src/lib/server/jsonSchema';

mkdirSync(dirname(JSON_SCHEMA_FILE), { recursive: true });
writeFileSync(JSON_SCHEMA_FILE, eventFileJsonSchema());
console.log(`wrote ${JSON_SCHEMA_FILE}`);
