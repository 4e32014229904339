/**
 * Parses a statement file (YAML front matter + markdown) into sections and paragraphs with
 * stable anchors. The markdown is read by micromark (mdast-util-from-markdown); this module
 * only decides what the resulting nodes mean for a statement.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph as MdParagraph, PhrasingContent, RootContent } from 'mdast';
import { splitStatement } from './frontMatter';
import { foldWhitespace } from './fold';
import {
	StatementError,
	type Paragraph,
	type Section,
	type Statement,
	type TextRun
} from './statement';

type Style = Omit<TextRun, 'text'>;

/**
 * Published statements separate paragraphs with lines holding only no-break spaces, which
 * markdown does not count as blank. Turning them into ordinary spaces restores the
 * paragraph breaks without moving any offset.
 */
function blankOutSpacerLines(body: string): string {
	return body.replace(/^[ \t\u00a0]+$/gm, (line) => ' '.repeat(line.length));
}

function collectRuns(nodes: PhrasingContent[], style: Style, runs: TextRun[]): void {
	for (const node of nodes) {
		switch (node.type) {
			case 'text':
			case 'inlineCode':
				runs.push({ text: node.value, ...style });
				break;
			case 'break':
				runs.push({ text: ' ', ...style });
				break;
			case 'emphasis':
				collectRuns(node.children, { ...style, emphasis: true }, runs);
				break;
			case 'strong':
				collectRuns(node.children, { ...style, strong: true }, runs);
				break;
			case 'link':
			case 'linkReference':
			case 'delete':
				collectRuns(node.children, style, runs);
				break;
			case 'html':
				// Raw HTML is never passed on. `<sup>` only switches the style of what follows.
				if (/^<sup>$/i.test(node.value)) style = { ...style, sup: true };
				else if (/^<\/sup>$/i.test(node.value)) {
					const { sup: _sup, ...rest } = style;
					style = rest;
				}
				break;
			default:
				break;
		}
	}
}

function sameStyle(a: TextRun, b: TextRun): boolean {
	return a.emphasis === b.emphasis && a.strong === b.strong && a.sup === b.sup;
}

/** Folds whitespace across run boundaries and merges neighbours of the same style. */
function foldRuns(raw: TextRun[]): TextRun[] {
	const runs: TextRun[] = [];
	let endsWithSpace = true;
	for (const run of raw) {
		let text = run.text.replace(/[\s\u00a0]+/g, ' ');
		if (endsWithSpace && text.startsWith(' ')) text = text.slice(1);
		if (text === '') continue;
		endsWithSpace = text.endsWith(' ');
		const last = runs.at(-1);
		if (last && sameStyle(last, run)) last.text += text;
		else runs.push({ ...run, text });
	}
	const last = runs.at(-1);
	if (last) {
		last.text = last.text.trimEnd();
		if (last.text === '') runs.pop();
	}
	return runs;
}

/** Plain, folded text of inline markdown with its styling; used for quotes too. */
export function inlineRuns(nodes: PhrasingContent[]): TextRun[] {
	const raw: TextRun[] = [];
	collectRuns(nodes, {}, raw);
	return foldRuns(raw);
}

/** A paragraph made only of bold text is how these statements write their headings. */
function isBoldHeading(node: MdParagraph): boolean {
	const meaningful = node.children.filter(
		(child) => !((child.type === 'text' && child.value.trim() === '') || child.type === 'break')
	);
	return meaningful.length > 0 && meaningful.every((child) => child.type === 'strong');
}

function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function blockRuns(node: RootContent): TextRun[] | null {
	if (node.type === 'paragraph' || node.type === 'heading') return inlineRuns(node.children);
	return null;
}

/** Slug of a statement file: its name without the `.md`. */
export function slugOfFile(file: string): string {
	return (file.split('/').at(-1) ?? file).replace(/\.md$/, '');
}

export function parseStatement(source: string, file: string): Statement {
	const { frontMatter, body } = splitStatement(source, file);
	const tree = fromMarkdown(blankOutSpacerLines(body));

	const sections: Section[] = [];
	const paragraphs: Paragraph[] = [];
	const usedAnchors = new Set<string>();
	let current: Section | null = null;

	const openSection = (title: string | null) => {
		let anchor = title ? slugify(title) || 'section' : 'opening';
		for (let n = 2; usedAnchors.has(anchor); n++) anchor = `${anchor.replace(/-\d+$/, '')}-${n}`;
		usedAnchors.add(anchor);
		current = { anchor, title, paragraphs: [] };
		sections.push(current);
		return current;
	};

	for (const node of tree.children) {
		const runs = blockRuns(node);
		if (!runs) continue;
		const text = runs.map((run) => run.text).join('');
		if (node.type === 'heading' || (node.type === 'paragraph' && isBoldHeading(node))) {
			openSection(foldWhitespace(text));
			continue;
		}
		// Skip end marks such as `###`: they carry no words.
		if (!/[\p{L}\p{N}]/u.test(text)) continue;
		const section: Section = current ?? openSection(null);
		const anchor = `p-${paragraphs.length + 1}`;
		section.paragraphs.push(anchor);
		paragraphs.push({ anchor, section: section.anchor, text, runs });
	}

	if (paragraphs.length === 0) {
		throw new StatementError(file, 'body', 'has no paragraphs of text');
	}
	return { slug: slugOfFile(file), file, ...frontMatter, sections, paragraphs };
}
