/** Splits a statement file into its YAML front matter and markdown body. */
import { parseDocument } from 'yaml';
import { StatementError } from './statement';

export interface FrontMatter {
	title: string;
	date: string;
	publishedTime: string | null;
	sourceUrl: string;
}

export interface SplitStatement {
	frontMatter: FrontMatter;
	body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function requireText(data: Record<string, unknown>, key: string, file: string): string {
	const value = data[key];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new StatementError(
			file,
			key,
			value === undefined ? 'missing from the front matter' : 'must be text'
		);
	}
	return value;
}

export function splitStatement(source: string, file: string): SplitStatement {
	const fence = FENCE.exec(source);
	if (!fence) {
		throw new StatementError(
			file,
			'front matter',
			'the file must open with a --- fenced YAML block'
		);
	}
	// No custom tags: YAML here is plain data, and an unknown tag is an error, not a guess.
	const doc = parseDocument(fence[1] ?? '', { schema: 'core', customTags: [], uniqueKeys: true });
	const issue = doc.errors[0] ?? doc.warnings[0];
	if (issue) {
		throw new StatementError(file, 'front matter', `invalid YAML: ${issue.message.split('\n')[0]}`);
	}
	const data: unknown = doc.toJS();
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new StatementError(file, 'front matter', 'must be a YAML mapping');
	}
	const fields = data as Record<string, unknown>;
	const date = requireText(fields, 'date', file);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
		throw new StatementError(file, 'date', `"${date}" is not a date written YYYY-MM-DD`);
	}
	const sourceUrl = requireText(fields, 'source_url', file);
	if (!/^https?:\/\/\S+$/.test(sourceUrl)) {
		throw new StatementError(file, 'source_url', `"${sourceUrl}" is not an http(s) address`);
	}
	const published = fields.published_time;
	return {
		frontMatter: {
			// `\_` in a quoted YAML title is a no-break space: keep the words, not the glue.
			title: requireText(fields, 'title', file)
				.replace(/\u00a0/g, ' ')
				.trim(),
			date,
			publishedTime: typeof published === 'string' ? published : null,
			sourceUrl
		},
		body: source.slice(fence[0].length)
	};
}
