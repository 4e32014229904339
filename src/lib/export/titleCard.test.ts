import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, fitTitle, titleCardSvg, wrapWords } from './titleCard';

describe('wrapWords', () => {
	it.each([
		{ name: 'short text', text: 'One line', max: 20, lines: 5, expected: ['One line'] },
		{
			name: 'breaks before the word that would pass the width',
			text: 'the quick brown fox jumps',
			max: 10,
			lines: 5,
			expected: ['the quick', 'brown fox', 'jumps']
		},
		{
			name: 'a word longer than a line stands alone',
			text: 'a extraordinarily b',
			max: 8,
			lines: 5,
			expected: ['a', 'extraordinarily', 'b']
		},
		{
			name: 'cuts at the last line with an ellipsis',
			text: 'one two three four five six',
			max: 9,
			lines: 2,
			expected: ['one two', 'three…']
		},
		{
			name: 'keeps words joined by a no-break space together',
			text: 'of 21\u00a0May\u00a02022 and',
			max: 8,
			lines: 5,
			expected: ['of', '21\u00a0May\u00a02022', 'and']
		}
	])('$name', ({ text, max, lines, expected }) => {
		expect(wrapWords(text, max, lines)).toEqual(expected);
	});
});

describe('fitTitle', () => {
	it('keeps a short title at the largest size', () => {
		expect(fitTitle('A short title')).toEqual({ size: 64, lines: ['A short title'] });
	});

	it('steps down in size until a long title fits four lines', () => {
		const title =
			'Leaders’ Joint Statement in Commemoration of the 70th Anniversary of the Alliance between the United States of America and the Republic of Korea';
		const { size, lines } = fitTitle(title);
		expect(size).toBeLessThan(64);
		expect(lines.length).toBeLessThanOrEqual(4);
		expect(lines.join(' ')).toBe(title);
	});
});

describe('titleCardSvg', () => {
	const svg = titleCardSvg({
		kicker: 'Kicker & more',
		title: 'A <title> with "quotes"',
		subtitle: 'Subtitle',
		site: 'example.org'
	});

	it('is a card of the preview size', () => {
		expect(svg).toMatch(
			new RegExp(
				`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`
			)
		);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('writes its text as text, escaped', () => {
		expect(svg).toContain('>Kicker &amp; more</tspan>');
		expect(svg).toContain('>A &lt;title&gt; with "quotes"</tspan>');
		expect(svg).toContain('>example.org</tspan>');
		expect(svg).not.toContain('<title>');
	});

	it('refers to nothing outside itself', () => {
		expect(svg).not.toMatch(/href|url\(|<image|<style/);
	});
});
