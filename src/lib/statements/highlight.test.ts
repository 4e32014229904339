import { describe, expect, it } from 'vitest';
import { markQuotes, type InlineNode } from './highlight';
import type { TextRun } from './statement';

const runs: TextRun[] = [
	{ text: 'In the 21' },
	{ text: 'st', sup: true },
	{ text: ' century we act.' }
];

/** A compact picture of the tree: [id ...] for marks, ^x^ for superscript. */
function picture(nodes: InlineNode[]): string {
	return nodes
		.map((node) =>
			node.kind === 'mark'
				? `[${node.id} ${picture(node.children)}]`
				: node.sup
					? `^${node.text}^`
					: node.text
		)
		.join('');
}

describe('markQuotes', () => {
	it.each([
		{ name: 'no quotes', spans: [], expected: 'In the 21^st^ century we act.' },
		{
			name: 'one quote',
			spans: [{ id: 'a', start: 20, end: 26 }],
			expected: 'In the 21^st^ century [a we act].'
		},
		{
			name: 'a quote across a superscript',
			spans: [{ id: 'a', start: 7, end: 19 }],
			expected: 'In the [a 21^st^ century] we act.'
		},
		{
			name: 'the whole paragraph',
			spans: [{ id: 'a', start: 0, end: 27 }],
			expected: '[a In the 21^st^ century we act.]'
		},
		{
			name: 'two apart',
			spans: [
				{ id: 'b', start: 20, end: 26 },
				{ id: 'a', start: 0, end: 6 }
			],
			expected: '[a In the] 21^st^ century [b we act].'
		},
		{
			name: 'nested',
			spans: [
				{ id: 'inner', start: 23, end: 26 },
				{ id: 'outer', start: 7, end: 27 }
			],
			expected: 'In the [outer 21^st^ century we [inner act].]'
		},
		{
			name: 'the same quote twice nests by id',
			spans: [
				{ id: 'y', start: 3, end: 6 },
				{ id: 'x', start: 3, end: 6 }
			],
			expected: 'In [x [y the]] 21^st^ century we act.'
		}
	])('$name', ({ spans, expected }) => {
		expect(picture(markQuotes(runs, spans))).toBe(expected);
	});

	it('marks each quote exactly once and keeps every character', () => {
		const spans = [
			{ id: 'outer', start: 0, end: 27 },
			{ id: 'mid', start: 7, end: 19 },
			{ id: 'inner', start: 9, end: 11 }
		];
		const nodes = markQuotes(runs, spans);
		const ids: string[] = [];
		const text = (list: InlineNode[]): string =>
			list.map((n) => (n.kind === 'mark' ? (ids.push(n.id), text(n.children)) : n.text)).join('');
		expect(text(nodes)).toBe('In the 21st century we act.');
		expect(ids.sort()).toEqual(['inner', 'mid', 'outer']);
	});

	it.each([
		{
			name: 'crossing quotes',
			spans: [
				{ id: 'a', start: 0, end: 10 },
				{ id: 'b', start: 5, end: 15 }
			],
			message: 'crosses'
		},
		{ name: 'past the end', spans: [{ id: 'a', start: 20, end: 40 }], message: 'outside' },
		{ name: 'empty', spans: [{ id: 'a', start: 4, end: 4 }], message: 'outside' }
	])('rejects $name', ({ spans, message }) => {
		expect(() => markQuotes(runs, spans)).toThrow(message);
	});
});
