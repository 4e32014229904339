// @vitest-environment jsdom
/**
 * The link previews of `/` and `/compare`: the chart of the default view under a title line,
 * drawn from the same scene the page lays out, and made into a 1200 × 630 PNG by resvg.
 */
import { describe, expect, it } from 'vitest';
import { svgToPng } from './png';
import { previewNames, previewSvg } from './previews';
import { validCatalogue } from './catalogue';

function parse(svg: string): Document {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	expect(doc.querySelector('parsererror')).toBeNull();
	return doc;
}

describe('default views’ previews', () => {
	const { events } = validCatalogue();

	it.each([
		['home', `Every milestone of the US–ROK leaders’ joint statements: ${events.length}`],
		['compare', '2022 → 2023: what became of each promise']
	])('%s draws the chart of its default view under its title', (name, title) => {
		const doc = parse(previewSvg(name));
		const root = doc.documentElement;
		expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
		expect(root.textContent).toContain(title);
		const marks = doc.querySelectorAll('[data-event-id]');
		expect(marks.length).toBeGreaterThan(100);
		for (const track of ['security', 'economy', 'technology', 'global'])
			expect(doc.querySelector(`[data-track="${track}"]`)).not.toBeNull();
		expect(root.textContent).toContain('26 Apr 2023: one day, drawn wide');
		// The chart is scaled into the picture's width and cut at its foot.
		const chart = root.querySelector('svg');
		expect(chart?.getAttribute('width')).toBe('1200');
		expect(Number(chart?.getAttribute('y')) + Number(chart?.getAttribute('height'))).toBe(630);
	});

	it('renders each preview as a 1200 × 630 PNG', () => {
		expect(previewNames().slice(0, 2)).toEqual(['home', 'compare']);
		for (const name of previewNames()) {
			const png = Buffer.from(svgToPng(previewSvg(name)));
			expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
	});
});
