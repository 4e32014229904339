/**
 * SVG to PNG at build time with resvg (a Rust SVG renderer, here through its Node binding), not
 * a browser: the link-preview images are drawn by this one function, whatever SVG they come from.
 */
import { Resvg } from '@resvg/resvg-js';

export function svgToPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		// The cards name common fonts; a machine with none of them falls back to any sans-serif.
		font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
		background: '#ffffff'
	});
	return resvg.render().asPng();
}
