/**
 * A page's title card for link previews (Open Graph and Twitter cards): 1200 × 630, the size
 * chat apps and social sites crop least, as a self-contained SVG string that any SVG renderer
 * draws the same way (no stylesheet, no web font, no external reference).
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
/** Fonts found on most machines that render the cards; the first present is used. */
const FONT = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
/** An average glyph's width in ems for those fonts, generous so that wrapped lines fit. */
const EM_PER_CHAR = 0.6;
const TITLE_SIZES = [64, 56, 48, 42];
const TITLE_LINES = 4;
const SUBTITLE_SIZE = 30;
const SUBTITLE_LINES = 3;

/** The site's colours (app.css, light theme): text, muted text, link, then the four tracks. */
const COLOURS = {
	surface: '#ffffff',
	text: '#1b1f24',
	muted: '#57606a',
	link: '#0b5cad',
	tracks: ['#0072b2', '#e69f00', '#009e73', '#cc79a7']
};

export interface TitleCard {
	/** The line above the title: what the page belongs to. */
	kicker: string;
	title: string;
	subtitle: string;
	/** The site's address as readers see it, at the foot of the card. */
	site: string;
}

const escapeXml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Words into lines of at most `maxChars` characters (a longer word stands alone), at most
 * `maxLines` lines; what does not fit ends the last line with an ellipsis. Lines break at plain
 * spaces only, so a no-break space keeps a date such as "21 May 2022" whole.
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const cut = kept[maxLines - 1]!.slice(0, Math.max(0, maxChars - 1)).trimEnd();
	kept[maxLines - 1] = `${cut}…`;
	return kept;
}

const charsAt = (size: number) => Math.floor(TEXT_WIDTH / (size * EM_PER_CHAR));

/** The largest title size whose wrapped lines fit the card, and those lines. */
export function fitTitle(title: string): { size: number; lines: string[] } {
	for (const size of TITLE_SIZES) {
		const lines = wrapWords(title, charsAt(size), Infinity);
		if (lines.length <= TITLE_LINES) return { size, lines };
	}
	const size = TITLE_SIZES.at(-1)!;
	return { size, lines: wrapWords(title, charsAt(size), TITLE_LINES) };
}

function textBlock(
	lines: string[],
	y: number,
	size: number,
	attributes: string,
	lineHeight = 1.2
): string {
	const spans = lines
		.map(
			(line, i) =>
				`<tspan x="${MARGIN}" y="${Math.round(y + i * size * lineHeight)}">${escapeXml(line)}</tspan>`
		)
		.join('');
	return `<text font-family="${FONT}" font-size="${size}" ${attributes}>${spans}</text>`;
}

/** The card as an SVG document. */
export function titleCardSvg(card: TitleCard): string {
	const title = fitTitle(card.title);
	const titleTop = 200;
	const titleBottom = titleTop + (title.lines.length - 1) * title.size * 1.15;
	const subtitle = wrapWords(card.subtitle, charsAt(SUBTITLE_SIZE), SUBTITLE_LINES);
	const stripe = CARD_WIDTH / COLOURS.tracks.length;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.surface}"/>`,
		// The four tracks' colours across the top, as the chart's lanes are coloured.
		...COLOURS.tracks.map(
			(colour, i) =>
				`<rect x="${i * stripe}" y="0" width="${stripe}" height="18" fill="${colour}"/>`
		),
		textBlock([card.kicker], 110, 30, `font-weight="700" fill="${COLOURS.muted}"`),
		textBlock(title.lines, titleTop, title.size, `font-weight="700" fill="${COLOURS.text}"`, 1.15),
		textBlock(subtitle, titleBottom + 80, SUBTITLE_SIZE, `fill="${COLOURS.muted}"`, 1.3),
		textBlock([card.site], CARD_HEIGHT - 50, 26, `fill="${COLOURS.link}"`),
		'</svg>'
	].join('');
}
