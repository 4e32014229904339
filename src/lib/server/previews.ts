/**
 * The link-preview image of each page that has its own: `/` and `/compare` (their default view)
 * and each statement (its title card). Other pages share the timeline's.
 */
import { SITE_URL } from '../export/site';
import { titleCardSvg } from '../export/titleCard';
import { formatWhen } from '../time/format';
import { validCatalogue } from './catalogue';

export type DefaultView = 'home' | 'compare';

const SITE = new URL(SITE_URL).host;
const KICKER = 'US–ROK Alliance Timeline';

/** Every preview image's name: `/preview/<name>.png`. */
export function previewNames(): string[] {
	return ['home', 'compare', ...validCatalogue().statements.map((s) => s.slug)];
}

function statementDays(): string {
	// Each date kept on one line of the card.
	const days = validCatalogue().statements.map((s) =>
		formatWhen(s.date, null, 'day').replaceAll(' ', '\u00a0')
	);
	return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(days);
}

/**
 * The picture of a page's default view. Until the chart can be drawn outside a browser, it is
 * the page's title card; the chart's SVG of that view goes here, and nothing else changes.
 */
function defaultViewSvg(view: DefaultView): string {
	return titleCardSvg(defaultViewCard(view));
}

function defaultViewCard(view: DefaultView) {
	const { statements, events } = validCatalogue();
	if (view === 'home') {
		return {
			kicker: KICKER,
			title: 'Every milestone of the US–ROK leaders’ joint statements on one timeline',
			subtitle: `${events.length} milestones from the statements of ${statementDays()}, each in the statement’s own words.`,
			site: SITE
		};
	}
	const [earlier, later] = statements.slice(-2).map((s) => s.date.slice(0, 4));
	return {
		kicker: KICKER,
		title: `${earlier} → ${later}: what became of each promise`,
		subtitle: `Every commitment of the ${earlier} statement with what the ${later} statement says of it: done, continued, expanded or not mentioned.`,
		site: SITE
	};
}

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
