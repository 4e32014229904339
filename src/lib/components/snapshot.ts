/**
 * A standalone picture of the timeline as it is on screen: the chart's SVG with every
 * computed style written inline (so it needs no stylesheet and loads no font), framed by a
 * title, the window, the active filters, a legend and the statements it draws from.
 */
import { glyphPath } from './glyphs';
import { LEGEND_OUTCOMES, LEGEND_SHAPES, LEGEND_STYLES } from './legend';

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'letter-spacing',
	'text-transform',
	'paint-order',
	'stop-color',
	'stop-opacity',
	'display',
	'visibility'
];
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

export interface SnapshotCaption {
	title: string;
	lines: string[];
	sources: string;
}

function inlineStyles(source: Element, copy: Element): void {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(
		';'
	);
	copy.setAttribute('style', style);
	// Nothing in a picture is interactive.
	for (const attribute of [
		'tabindex',
		'role',
		'aria-pressed',
		'aria-current',
		'aria-expanded',
		'aria-haspopup',
		'class'
	]) {
		copy.removeAttribute(attribute);
	}
	for (let i = 0; i < source.children.length; i++) {
		const child = source.children[i];
		const childCopy = copy.children[i];
		if (child && childCopy) inlineStyles(child, childCopy);
	}
}

function text(
	x: number,
	y: number,
	content: string,
	size: number,
	weight = 400,
	tone: 'text' | 'muted' = 'text'
) {
	const fill =
		getComputedStyle(document.documentElement).getPropertyValue(`--${tone}`).trim() || '#1b1f24';
	const node = document.createElementNS(SVG_NS, 'text');
	node.setAttribute('x', String(x));
	node.setAttribute('y', String(y));
	node.setAttribute(
		'style',
		`font-family:${FONT};font-size:${size}px;font-weight:${weight};fill:${fill}`
	);
	node.textContent = content;
	return node;
}

export function standaloneSvg(
	chart: SVGSVGElement,
	caption: SnapshotCaption
): { svg: string; width: number; height: number } {
	const width = chart.width.baseVal.value;
	const chartHeight = chart.height.baseVal.value;
	const headerHeight = 28 + caption.lines.length * 18 + 10;
	const footerHeight = 82;
	const height = headerHeight + chartHeight + footerHeight;

	const root = document.createElementNS(SVG_NS, 'svg');
	root.setAttribute('xmlns', SVG_NS);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	// The picture keeps the page's theme, so its text stays readable on its background.
	const page = getComputedStyle(document.documentElement);
	background.setAttribute('fill', page.getPropertyValue('--surface').trim() || '#ffffff');
	root.append(background, text(0, 20, caption.title, 18, 700));
	caption.lines.forEach((line, i) => root.append(text(0, 42 + i * 18, line, 12, 400, 'muted')));

	const copy = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, copy);
	copy.setAttribute('x', '0');
	copy.setAttribute('y', String(headerHeight));
	copy.removeAttribute('aria-label');
	root.append(copy);

	const legendY = headerHeight + chartHeight + 20;
	let x = 0;
	for (const { kinds, label } of LEGEND_SHAPES) {
		const glyph = document.createElementNS(SVG_NS, 'path');
		glyph.setAttribute('d', glyphPath(kinds[0], 0.8));
		glyph.setAttribute('transform', `translate(${x + 6},${legendY - 4})`);
		const muted = page.getPropertyValue('--muted').trim() || '#57606a';
		glyph.setAttribute('style', `fill:${muted};stroke:${muted};stroke-width:1`);
		root.append(glyph, text(x + 15, legendY, label, 11));
		x += 24 + label.length * 6.4;
	}
	root.append(
		text(0, legendY + 18, Object.values(LEGEND_STYLES).join(' · '), 11, 400, 'muted'),
		text(
			0,
			legendY + 36,
			`Badges: ${LEGEND_OUTCOMES.map(({ label }) => label).join(' · ')}`,
			11,
			400,
			'muted'
		),
		text(0, legendY + 54, caption.sources, 11, 400, 'muted')
	);
	return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The picture as PNG at `scale` times its size, drawn by the browser itself. */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The timeline picture could not be drawn.'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw pictures.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('No PNG was made.'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
