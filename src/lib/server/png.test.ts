import { describe, expect, it } from 'vitest';
import { titleCardSvg } from '$lib/export/titleCard';
import { svgToPng } from './png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const size = (png: Uint8Array) => {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('svgToPng', () => {
	it('draws an SVG as a PNG of its size', () => {
		const png = svgToPng(
			'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#0072b2"/></svg>'
		);
		expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(size(png)).toEqual({ width: 40, height: 30 });
	});

	it("draws a card's text with a font found on this machine", () => {
		const card = { kicker: 'Kicker', title: 'A title', subtitle: 'A subtitle', site: 'site' };
		const withText = svgToPng(titleCardSvg(card));
		const without = svgToPng(titleCardSvg({ kicker: '', title: '', subtitle: '', site: '' }));
		expect(size(withText)).toEqual({ width: 1200, height: 630 });
		// Glyphs make the picture larger to compress: with no font, the two would be the same.
		expect(withText.length).toBeGreaterThan(without.length + 2_000);
	});

	it('names what is wrong with an SVG it cannot read', () => {
		expect(() => svgToPng('<svg')).toThrow();
	});
});
