import { describe, expect, it } from 'vitest';
import type { Statement } from '../statements/statement';
import { quoteSources } from './sources';

const statement = (...texts: string[]): Statement => ({
	slug: '2022-05-21-test',
	file: 'data/statements/2022-05-21-test.md',
	title: 'Test',
	date: '2022-05-21',
	publishedTime: null,
	sourceUrl: 'https://example.org',
	sections: [],
	paragraphs: texts.map((text, i) => ({
		anchor: `p-${i + 1}`,
		section: 's-1',
		text,
		runs: [{ text }]
	}))
});

describe('quoteSources', () => {
	it.each([
		{ name: 'an empty paragraph', text: '', expected: [] },
		{
			name: 'splits at sentence ends',
			text: 'The allies meet. They agree on a plan.',
			expected: ['The allies meet.', 'They agree on a plan.']
		},
		{
			name: 'keeps the last span whatever ends it',
			text: 'Both sides agree. They list three aims:',
			expected: ['Both sides agree.', 'They list three aims:']
		},
		{
			name: 'keeps initials and abbreviations inside a sentence',
			text: 'President Joseph R. Biden Jr. visits the U.S. Embassy. It rains.',
			expected: ['President Joseph R. Biden Jr. visits the U.S. Embassy.', 'It rains.']
		},
		{
			name: 'ends a sentence after a closing bracket',
			text: 'He meets the President of the United States (U.S.). Founded in 1953, it grows.',
			expected: [
				'He meets the President of the United States (U.S.).',
				'Founded in 1953, it grows.'
			]
		},
		{
			name: 'drops spans that markdown would read differently',
			text: 'Plain words. Some *stars* here. 1) A list item. Fine words. - Nor this. #Tag. A <b>tag.',
			expected: ['Plain words.', 'Fine words.']
		},
		{
			name: 'drops a repeated sentence after its first occurrence',
			text: 'Same again. Other words. Same again.',
			expected: ['Same again.', 'Other words.']
		}
	])('$name', ({ text, expected }) => {
		expect(quoteSources([statement(text)]).map((s) => s.quote)).toEqual(expected);
	});

	it('names the statement, its date and the paragraph', () => {
		expect(quoteSources([statement('One.', 'Two. Three.')])).toEqual([
			{ statement: '2022-05-21-test', date: '2022-05-21', paragraph: 'p-1', quote: 'One.' },
			{ statement: '2022-05-21-test', date: '2022-05-21', paragraph: 'p-2', quote: 'Two.' },
			{ statement: '2022-05-21-test', date: '2022-05-21', paragraph: 'p-2', quote: 'Three.' }
		]);
	});
});
