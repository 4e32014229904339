/**
 * WCAG 2 contrast between two colours, for checking text the accessibility engines cannot see
 * against its real background (text over a halo, over a chip). Colours as CSS gives them back:
 * `#rrggbb` or `rgb(r, g, b)`.
 */

/** The colour's red, green and blue, 0–255; throws on a form it does not read. */
export function parseColour(colour: string): [number, number, number] {
	const text = colour.trim().toLowerCase();
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
	if (hex) return [1, 2, 3].map((i) => parseInt(hex[i] ?? '', 16)) as [number, number, number];
	const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*1(?:\.0+)?\s*)?\)$/.exec(text);
	if (rgb) return [1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number];
	throw new Error(`not an opaque colour: ${colour}`);
}

/** WCAG 2 relative luminance: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722. */
export function relativeLuminance(colour: string): number {
	const [r, g, b] = parseColour(colour).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white. */
export function contrastRatio(a: string, b: string): number {
	const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
