/**
 * Reads the project's data directory at build time: every statement and every event file,
 * validated together. Server-only: the browser receives the validated records as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AllianceEvent } from '../model/event';
import { parseStatement } from '../statements/parse';
import { StatementError, type Statement } from '../statements/statement';
import { formatProblem, validateEventFiles, type Problem } from './validate';

export interface Catalogue {
	statements: Statement[];
	events: AllianceEvent[];
	problems: Problem[];
	/** Pledges without an outcome: reported, never fatal. */
	warnings: Problem[];
}

export const STATEMENTS_DIR = 'data/statements';
export const EVENTS_DIR = 'data/events';

function listFiles(root: string, dir: string, extension: string, problems: Problem[]): string[] {
	const names = readdirSync(join(root, dir))
		.filter((name) => !name.startsWith('.'))
		.sort();
	for (const name of names.filter((n) => !n.endsWith(extension))) {
		problems.push({
			file: `${dir}/${name}`,
			id: '',
			field: 'name',
			reason: `only ${extension} files belong in ${dir}/`
		});
	}
	return names.filter((name) => name.endsWith(extension)).map((name) => `${dir}/${name}`);
}

export function loadCatalogue(root: string = process.cwd()): Catalogue {
	const problems: Problem[] = [];
	const statements: Statement[] = [];
	for (const file of listFiles(root, STATEMENTS_DIR, '.md', problems)) {
		try {
			statements.push(parseStatement(readFileSync(join(root, file), 'utf8'), file));
		} catch (error) {
			if (!(error instanceof StatementError)) throw error;
			problems.push({ file: error.file, id: '', field: error.field, reason: error.reason });
		}
	}
	const eventFiles = listFiles(root, EVENTS_DIR, '.yaml', problems).map((file) => ({
		file,
		text: readFileSync(join(root, file), 'utf8')
	}));
	const { events, problems: eventProblems, warnings } = validateEventFiles(eventFiles, statements);
	return { statements, events, problems: [...problems, ...eventProblems], warnings };
}

export class InvalidDataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(`The data has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'InvalidDataError';
	}
}

let cached: Catalogue | undefined;

/** The catalogue for pages and endpoints; throws (failing the build) if anything is invalid. */
export function validCatalogue(): Catalogue {
	cached ??= loadCatalogue();
	if (cached.problems.length > 0) throw new InvalidDataError(cached.problems);
	return cached;
}
