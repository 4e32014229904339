import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../server/catalogue';
import { estimateTextWidth } from './labels';
import { ELLIPSIS, textMetrics } from './textMetrics';

describe('textMetrics', () => {
	const monospace = textMetrics((text) => text.length * 10);

	it.each([
		{ text: 'Short title', max: 200, expected: 'Short title' },
		{ text: 'Supply chain and commercial dialogue', max: 200, expected: 'Supply chain and…' },
		{ text: 'Korea–U.S. talks, held in Seoul', max: 180, expected: 'Korea–U.S. talks…' },
		{ text: 'Supercalifragilistic', max: 60, expected: 'Super…' },
		{ text: 'Anything', max: 5, expected: '…' }
	])('cuts $text in $max px to $expected', ({ text, max, expected }) => {
		expect(monospace.cut(text, max)).toBe(expected);
		if (expected !== ELLIPSIS) expect(monospace.width(expected)).toBeLessThanOrEqual(max);
	});

	it('measures a name as its words and the spaces between them', () => {
		expect(monospace.width('Supply chain')).toBe(120);
		expect(monospace.width('  Supply   chain ')).toBe(120);
	});

	it('finds the same cut as trying every start from the longest down, for every real title', () => {
		const metrics = textMetrics((text) => estimateTextWidth(text, 12));
		const oneByOne = (text: string, max: number) => {
			if (metrics.width(text) <= max) return text;
			const words = text.split(' ');
			for (let count = words.length - 1; count > 0; count--) {
				const cut = `${words
					.slice(0, count)
					.join(' ')
					.replace(/[\s,;:–—-]+$/, '')}…`;
				if (cut !== ELLIPSIS && metrics.width(cut) <= max) return cut;
			}
			const glyphs = Array.from(text);
			for (let count = glyphs.length - 1; count > 0; count--) {
				const cut = `${glyphs.slice(0, count).join('')}…`;
				if (metrics.width(cut) <= max) return cut;
			}
			return ELLIPSIS;
		};
		let compared = 0;
		for (const event of loadCatalogue().events) {
			for (const max of [20, 45, 80, 150, 240, 320]) {
				expect(metrics.cut(event.title, max), `${event.title} in ${max}`).toBe(
					oneByOne(event.title, max)
				);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(1000);
	});

	it('measures each distinct word once, however many names and widths use it', () => {
		const asked: string[] = [];
		const metrics = textMetrics((text) => (asked.push(text), text.length * 7));
		const titles = loadCatalogue().events.map((e) => e.title);
		for (const max of [60, 150, 320]) for (const title of titles) metrics.cut(title, max);
		const whole = asked.length;
		for (const max of [60, 150, 320]) for (const title of titles) metrics.cut(title, max);
		expect(asked.length).toBe(whole);
		expect(new Set(asked).size).toBe(asked.length);
	});
});

describe('wrap', () => {
	const monospace = textMetrics((text) => text.length * 10);

	it.each([
		{ text: 'Short title', lines: ['Short title'] },
		{
			text: 'Supply chain and commercial dialogue',
			lines: ['Supply chain and', 'commercial dialogue']
		},
		{
			text: 'Supply chain and commercial dialogue held in Seoul',
			lines: ['Supply chain and', 'commercial dialogue…']
		},
		{
			// Cut, the first line is the last: "and more" under it would not read as the rest.
			text: 'Supercalifragilisticexpialidocious and more',
			lines: ['Supercalifragilisti…']
		},
		{
			text: 'Held in Conditions-based-OPCON-transition terms',
			lines: ['Held in', 'Conditions-based-OP…']
		}
	])('sets $text in two lines of 200 px as $lines', ({ text, lines }) => {
		const wrapped = monospace.wrap(text, 200, 2);
		expect(wrapped).toEqual(lines);
		for (const line of wrapped) expect(monospace.width(line)).toBeLessThanOrEqual(200);
	});

	it('keeps every word of a name that fits its lines, in order', () => {
		const metrics = textMetrics((text) => estimateTextWidth(text, 11));
		for (const { title } of loadCatalogue().events) {
			const lines = metrics.wrap(title, 150, 2);
			expect(lines.length).toBeLessThanOrEqual(2);
			for (const line of lines) expect(metrics.width(line)).toBeLessThanOrEqual(150);
			const joined = lines.join(' ');
			const whole = title.replace(/\s+/g, ' ').trim();
			if (!joined.endsWith(ELLIPSIS)) expect(joined).toBe(whole);
			else expect(whole.startsWith(joined.slice(0, -1))).toBe(true);
		}
	});

	it('reads as a start of the name however narrow the lines', () => {
		const metrics = textMetrics((text) => estimateTextWidth(text, 11));
		for (const { title } of loadCatalogue().events) {
			const whole = title.replace(/\s+/g, ' ').trim();
			for (const max of [40, 70, 100]) {
				const joined = metrics.wrap(title, max, 2).join(' ');
				const start = joined.endsWith(ELLIPSIS) ? joined.slice(0, -1) : joined;
				expect(whole.startsWith(start), `${joined} at ${max} px`).toBe(true);
			}
		}
	});

	it('sets one line as cut does', () => {
		expect(monospace.wrap('Supply chain and commercial dialogue', 200, 1)).toEqual([
			monospace.cut('Supply chain and commercial dialogue', 200)
		]);
	});
});
