import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../statements/statement';
import { isPledge, sentencesOf } from './pledges';

const paragraph = (text: string): Paragraph => ({
	anchor: 'p-1',
	section: 's-1',
	text,
	runs: [{ text }]
});

describe('sentencesOf', () => {
	const cases: { name: string; text: string; expected: string[] }[] = [
		{
			name: 'full stops before capitals',
			text: 'They meet. They agree.',
			expected: ['They meet.', 'They agree.']
		},
		{
			name: 'a stop with no space after it, as published',
			text: 'abandon its programs.Both leaders urge.',
			expected: ['abandon its programs.', 'Both leaders urge.']
		},
		{
			name: 'U.S. and initials mid-sentence',
			text: 'President Joseph R. Biden welcomed the U.S. Indo-Pacific Strategy. Then they left.',
			expected: [
				'President Joseph R. Biden welcomed the U.S. Indo-Pacific Strategy.',
				'Then they left.'
			]
		},
		{
			name: 'a closing parenthesis after an abbreviation ends the sentence',
			text: 'the President of the United States (U.S.). Founded in sacrifice.',
			expected: ['the President of the United States (U.S.).', 'Founded in sacrifice.']
		}
	];
	it.each(cases)('$name', ({ text, expected }) => {
		const sentences = sentencesOf(paragraph(text));
		expect(sentences.map((s) => s.text)).toEqual(expected);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
		expect(sentences.map((s) => s.index)).toEqual(expected.map((_, i) => i + 1));
	});
});

describe('isPledge', () => {
	const cases: { sentence: string; expected: boolean }[] = [
		{ sentence: 'The two Presidents also agree to reactivate the group.', expected: true },
		{ sentence: 'Both leaders commit to further strengthen deterrence.', expected: true },
		{ sentence: 'They also pledge to develop technologies.', expected: true },
		{ sentence: 'The two Presidents also decide to strengthen cooperation.', expected: true },
		{ sentence: 'Our countries will also increase efforts.', expected: true },
		{ sentence: 'The ROK and the U.S. are willing to work with others.', expected: true },
		{
			sentence: 'President Biden affirms the U.S. extended deterrence commitment.',
			expected: true
		},
		{ sentence: 'They reiterate commitment to a transition.', expected: true },
		// Views, not pledges.
		{ sentence: 'Both leaders express concern over the outbreak.', expected: false },
		{ sentence: 'President Biden welcomes the ROK’s decision to host a meeting.', expected: false },
		{ sentence: 'They agree that the agreement remains the foundation.', expected: false },
		{ sentence: 'The future of the Alliance will be defined by common efforts.', expected: false },
		{ sentence: 'Biden appreciated the ROK’s announced pledges.', expected: false },
		{
			sentence: 'Through commitment to democracy, the two are charting a path.',
			expected: false
		}
	];
	it.each(cases)('$sentence → $expected', ({ sentence, expected }) => {
		expect(isPledge(sentence)).toBe(expected);
	});
});
