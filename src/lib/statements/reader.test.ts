import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../server/catalogue';
import type { InlineNode } from './highlight';
import { buildReader } from './reader';

function marks(nodes: InlineNode[], found: { id: string; text: string }[] = []) {
	for (const node of nodes) {
		if (node.kind === 'mark') {
			found.push({ id: node.id, text: plain(node.children) });
			marks(node.children, found);
		}
	}
	return found;
}
const plain = (nodes: InlineNode[]): string =>
	nodes.map((n) => (n.kind === 'mark' ? plain(n.children) : n.text)).join('');

describe('buildReader on the real statements', () => {
	const { statements, events } = loadCatalogue();

	for (const statement of statements) {
		describe(statement.slug, () => {
			const reader = buildReader(statement, events);
			// One entry per mention of this statement, named by its event.
			const own = events.flatMap((e) =>
				e.mentions
					.filter((m) => m.statement === statement.slug)
					.map((m) => ({ id: e.id, paragraph: m.paragraph }))
			);
			const paragraphs = reader.sections.flatMap((s) => s.paragraphs);

			it('keeps every paragraph, in order, with its text intact', () => {
				expect(paragraphs.map((p) => p.anchor)).toEqual(statement.paragraphs.map((p) => p.anchor));
				paragraphs.forEach((p, i) => expect(plain(p.nodes)).toBe(statement.paragraphs[i]?.text));
			});

			it("highlights each event's quote exactly once, in its own paragraph", () => {
				const found = paragraphs.flatMap((p) =>
					marks(p.nodes).map((m) => ({ ...m, paragraph: p.anchor }))
				);
				expect(found.map((m) => m.id).sort()).toEqual(own.map((e) => e.id).sort());
				for (const event of own) {
					const mark = found.find((m) => m.id === event.id);
					expect(mark?.paragraph).toBe(event.paragraph);
					expect(mark?.text.length).toBeGreaterThan(0);
				}
			});

			it('notes each event beside its paragraph and counts the coverage', () => {
				expect(paragraphs.flatMap((p) => p.events.map((e) => e.id)).sort()).toEqual(
					own.map((e) => e.id).sort()
				);
				expect(reader.total).toBe(statement.paragraphs.length);
				expect(reader.covered).toBe(new Set(own.map((e) => e.paragraph)).size);
			});
		});
	}
});
