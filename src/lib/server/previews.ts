/**
 * The link-preview image of each page that has its own: `/` and `/compare` (their default view)
 * and each statement (its title card). Other pages share the timeline's.
 */
import { SITE_URL } from '../export/site';
import { CARD_HEIGHT, CARD_WIDTH, titleCardSvg } from '../export/titleCard';
import { estimateTextWidth } from '../layout/labels';
import { textMetrics } from '../layout/textMetrics';
import { homeWindow } from '../scales/time';
import { LIGHT } from '../scene/palette';
import { eventTable, LABEL_FONT_PX, scene, type Scene } from '../scene/scene';
import { escapeXml, sceneMarkup } from '../scene/svg';
import { summarise } from '../statements/statement';
import { formatWhen } from '../time/format';
import { validCatalogue } from './catalogue';

export type DefaultView = 'home' | 'compare';

const SITE = new URL(SITE_URL).host;
const KICKER = 'US–ROK Alliance Timeline';

/** Every preview image's name: `/preview/<name>.png`. */
export function previewNames(): string[] {
	return ['home', 'compare', ...validCatalogue().statements.map((s) => s.slug)];
}

/** The title line over the chart of a default view's picture. */
const TITLE_HEIGHT = 64;
const CHART_HEIGHT = CARD_HEIGHT - TITLE_HEIGHT;
/**
 * The chart is laid out as a desktop screen shows it (the width its names are measured for at
 * 1440 px) and scaled down to the picture's width. Its lanes are taller than a link preview, which
 * shows their top: the statement days with their columns of names.
 */
const LAYOUT_WIDTH = 1440;
const SCALE = CARD_WIDTH / LAYOUT_WIDTH;

function defaultScene(): Scene {
	const { statements, events } = validCatalogue();
	const window = homeWindow(
		statements.map((s) => s.date),
		events
	);
	const metrics = textMetrics((text) => estimateTextWidth(text, LABEL_FONT_PX));
	const size = { width: LAYOUT_WIDTH, frameHeight: CHART_HEIGHT / SCALE };
	return scene(eventTable(events), window, size, metrics);
}

/** The picture of a page's default view: a title line over the chart as the page opens on it. */
function defaultViewSvg(view: DefaultView): string {
	const { statements, events } = validCatalogue();
	const chart = defaultScene();
	const palette = LIGHT;
	const [earlier, later] = statements.slice(-2).map((s) => s.date.slice(0, 4));
	const title =
		view === 'home'
			? `Every milestone of the US–ROK leaders’ joint statements: ${events.length} on one timeline`
			: `${earlier} → ${later}: what became of each promise of the joint statements`;
	const markup = sceneMarkup(chart, {
		statements: statements.map(summarise),
		totals: eventTable(events).totals,
		palette
	});
	const shown = Math.min(chart.height, CHART_HEIGHT / SCALE);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeXml(palette.font)}">`,
		`<rect width="100%" height="100%" fill="${palette.surface}"/>`,
		`<text x="24" y="30" font-size="14" font-weight="700" fill="${palette.muted}">${escapeXml(KICKER)} · ${escapeXml(SITE)}</text>`,
		`<text x="24" y="54" font-size="22" font-weight="700" fill="${palette.text}">${escapeXml(title)}</text>`,
		`<svg x="0" y="${TITLE_HEIGHT}" width="${CARD_WIDTH}" height="${round(shown * SCALE)}" viewBox="0 0 ${chart.width} ${round(shown)}" preserveAspectRatio="xMinYMin meet">`,
		markup,
		'</svg></svg>'
	].join('');
}

const round = (value: number) => Math.round(value * 100) / 100;

function statementSvg(slug: string): string {
	const statement = validCatalogue().statements.find((s) => s.slug === slug);
	if (!statement) throw new Error(`No preview named ${slug}: no such statement`);
	const paragraphs = statement.paragraphs.length;
	return titleCardSvg({
		kicker: `${KICKER} · Joint statement of ${formatWhen(statement.date, null, 'day')}`,
		title: statement.title.replace(/\s+/g, ' '),
		subtitle: `The full text, ${paragraphs} paragraphs, with every milestone on the timeline highlighted where the statement names it.`,
		site: SITE
	});
}

/** The SVG a preview image is drawn from. */
export function previewSvg(name: string): string {
	return name === 'home' || name === 'compare' ? defaultViewSvg(name) : statementSvg(name);
}
