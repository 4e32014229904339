// @vitest-environment jsdom
/**
 * The picture of a scene, read back as an SVG document: one element per mark with its name as
 * cut, every chip, lane, tick and lens note the scene holds, text escaped, colours from the
 * palette. A small scene of three events is kept as a snapshot of the whole markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../layout/labels';
import { textMetrics } from '../layout/textMetrics';
import { TRACKS, type AllianceEvent } from '../model/event';
import { TRACK_LABELS } from '../model/labels';
import { clearOfBreaks } from '../scales/ticks';
import { homeWindow } from '../scales/time';
import { validCatalogue } from '../server/catalogue';
import { summarise } from '../statements/statement';
import { toTime } from '../time/extent';
import { DARK, LIGHT, type ScenePalette } from './palette';
import { eventTable, LABEL_FONT_PX, scene, type Scene } from './scene';
import { escapeXml, sceneSvg } from './svg';

const catalogue = validCatalogue();
const statements = catalogue.statements.map(summarise);
const metrics = textMetrics((text) => estimateTextWidth(text, LABEL_FONT_PX));
const home = homeWindow(
	statements.map((s) => s.date),
	catalogue.events
);
const table = eventTable(catalogue.events);
const defaultScene = scene(table, home, { width: 1200, frameHeight: 560 }, metrics);

function parse(svg: string): Document {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const error = doc.querySelector('parsererror');
	if (error) throw new Error(`Not well-formed: ${error.textContent}`);
	return doc;
}

const draw = (s: Scene, palette: ScenePalette = LIGHT, extra = {}) =>
	sceneSvg(s, { statements, totals: table.totals, palette, ...extra });

describe('sceneSvg over the default view', () => {
	const { svg, width, height } = draw(defaultScene);
	const doc = parse(svg);

	it('is a standalone SVG of the scene’s size', () => {
		const root = doc.documentElement;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect([width, height]).toEqual([defaultScene.width, defaultScene.height]);
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
		expect(svg).not.toMatch(/class=|<style|@import|@font-face|<image|href="http/);
	});

	it('draws one element per mark, with the name as the scene cut it', () => {
		const marks = TRACKS.flatMap((t) => defaultScene.lanes[t].marks);
		expect(marks.length).toBeGreaterThan(50);
		const drawn = [...doc.querySelectorAll('[data-event-id]')];
		expect(drawn.map((e) => e.getAttribute('data-event-id'))).toEqual(marks.map((m) => m.event.id));
		const labels = new Map(
			[...doc.querySelectorAll('[data-label-for]')].map((e) => [
				e.getAttribute('data-label-for'),
				e.textContent
			])
		);
		expect(labels).toEqual(new Map(marks.filter((m) => m.label).map((m) => [m.event.id, m.name])));
		const named = marks.filter((m) => m.label).length;
		expect(named / marks.length).toBeGreaterThan(0.5);
	});

	it('draws every chip with its count, and every lane with its name and total', () => {
		const chips = TRACKS.flatMap((t) => defaultScene.lanes[t].clusters);
		const drawn = [...doc.querySelectorAll('[data-cluster]')];
		expect(drawn.map((e) => [e.getAttribute('data-cluster'), e.textContent])).toEqual(
			chips.map((c) => [c.key, `${c.count} ▾${c.caption ?? ''}`])
		);
		for (const track of TRACKS) {
			const lane = doc.querySelector(`[data-track="${track}"]`);
			expect(lane?.textContent).toContain(
				`${TRACK_LABELS[track].toUpperCase()} ${table.totals[track]}`
			);
		}
	});

	it('shows the statement days: the lens note or marker of each', () => {
		const bands = defaultScene.lens.bands;
		const text = doc.documentElement.textContent ?? '';
		expect(bands.length).toBeGreaterThan(0);
		expect(doc.querySelectorAll('[data-lens-day]')).toHaveLength(bands.length);
		// The note is drawn where it fits in its day; the scene is wide enough here for one at least.
		const notes = [...doc.querySelectorAll('[data-axis-label="lens"]')].map((e) => e.textContent);
		expect(notes.length).toBeGreaterThan(0);
		for (const note of notes) expect(note).toMatch(/^\d+ \w+ 20\d\d: one day, drawn wide$/);
		for (const s of statements) expect(text).toContain(s.date.slice(0, 4));
		expect(doc.querySelectorAll('[data-statement-marker]').length).toBeGreaterThan(0);
		// The tick labels as the chart shows them: none over a break mark of a widened day.
		const majors = clearOfBreaks(defaultScene.ticks, bands).major.filter((t) => t.label !== null);
		expect(
			[...doc.querySelectorAll('[data-axis-label="major"]')].map((e) => e.textContent)
		).toEqual(majors.map((t) => t.label));
	});

	it('frames the chart with a title, lines, the legend and the sources', () => {
		const framed = draw(defaultScene, LIGHT, {
			title: 'US–ROK Alliance Timeline',
			lines: ['1 Jan 2022 – 31 Dec 2023 · 12 events in view', 'Tracks: Security'],
			sources: 'Source: the joint statements.'
		});
		const text = parse(framed.svg).documentElement.textContent ?? '';
		expect(framed.width).toBe(defaultScene.width);
		expect(framed.height).toBeGreaterThan(defaultScene.height + 100);
		for (const part of [
			'US–ROK Alliance Timeline',
			'Tracks: Security',
			'Summit',
			'Dialogue or meeting',
			'Next statement: done',
			'Source: the joint statements.'
		])
			expect(text).toContain(part);
	});

	it('takes its colours from the palette: the dark one changes them', () => {
		const dark = draw(defaultScene, DARK).svg;
		expect(dark).not.toBe(svg);
		expect(dark).toContain(`fill="${DARK.surface}"`);
		expect(dark).not.toContain(LIGHT.laneFill);
		expect(svg).toContain(`fill="${LIGHT.laneFill}"`);
		const darkDoc = parse(dark);
		expect(darkDoc.querySelectorAll('[data-event-id]')).toHaveLength(
			doc.querySelectorAll('[data-event-id]').length
		);
	});
});

describe('the palettes', () => {
	// app.css is where the page's colours are set: the pictures use the same values.
	const css = readFileSync('src/app.css', 'utf8');
	const block = (selector: string) => {
		const start = css.indexOf(selector);
		return css.slice(start, css.indexOf('}', start));
	};
	const value = (text: string, name: string) =>
		new RegExp(`--${name}:\\s*([^;]+);`).exec(text)?.[1]?.trim();

	it.each([
		['light', LIGHT, block(':root {'), block(':root {')],
		['dark', DARK, block(":root[data-theme='dark']"), block(':root {')]
	])('%s holds app.css’s colours', (_, palette, theme, base) => {
		const v = (name: string) => value(theme, name) ?? value(base, name);
		expect(palette.surface).toBe(v('surface'));
		expect(palette.text).toBe(v('text'));
		expect(palette.muted).toBe(v('muted'));
		expect(palette.rule).toBe(v('rule'));
		expect(palette.grid).toBe(v('grid'));
		expect(palette.link).toBe(v('link'));
		expect(palette.laneFill).toBe(v('lane-fill'));
		expect(palette.onTrackText).toBe(v('on-track-text'));
		for (const track of TRACKS) {
			expect(palette.track[track]).toEqual({ colour: v(track), text: v(`${track}-text`) });
		}
		expect(palette.outcome.done).toEqual({
			fill: v('outcome-done'),
			stroke: v('outcome-done-text')
		});
	});
});

describe('escapeXml', () => {
	it('escapes what XML reserves in text and attributes', () => {
		expect(escapeXml(`R&D <"AI"> 'x'`)).toBe(`R&amp;D &lt;&quot;AI&quot;&gt; 'x'`);
	});
});

// A small view of three made-up events, whose markup is kept whole: any change to how a
// picture is drawn shows up here as a diff to read.
const mention = (paragraph: string) => ({
	statement: 'small',
	paragraph,
	quote: 'q',
	phrase: null
});
const SMALL: AllianceEvent[] = [
	{
		id: 'summit-a',
		title: 'Leaders meet & agree <"everything">',
		summary: 'A summit.',
		track: 'security',
		tracks: ['security'],
		kind: 'summit',
		status: 'held',
		start: '2023-04-26',
		end: null,
		precision: 'day',
		thread: null,
		mentions: [mention('p1')],
		outcome: null
	},
	{
		id: 'chips-by-autumn',
		title: 'Chips dialogue by autumn',
		summary: 'A dialogue.',
		track: 'technology',
		tracks: ['technology'],
		kind: 'dialogue',
		status: 'planned',
		start: '2023-09-01',
		end: '2023-11-30',
		precision: 'season',
		thread: null,
		mentions: [mention('p2')],
		outcome: null
	},
	{
		id: 'trade-pledge',
		title: 'Trade pledge',
		summary: 'A pledge.',
		track: 'economy',
		tracks: ['economy'],
		kind: 'position',
		status: 'announced',
		start: '2023-04-26',
		end: null,
		precision: 'day',
		thread: null,
		mentions: [mention('p3')],
		outcome: {
			result: 'done',
			statement: 'later',
			paragraph: 'p9',
			quote: 'done',
			start: null,
			end: null,
			precision: null,
			record: null,
			lead: null
		}
	}
];

describe('sceneSvg of a small view', () => {
	const small = eventTable(SMALL);
	const window: [number, number] = [toTime('2023-01-01'), toTime('2024-01-01')];
	const s = scene(small, window, { width: 600, frameHeight: 300 }, metrics);
	const options = {
		statements: [
			{ slug: 'small', date: '2023-04-26', title: 'A statement', sourceUrl: 'https://example.org' }
		],
		totals: small.totals,
		palette: LIGHT
	};

	it('escapes the names it draws', () => {
		const { svg } = sceneSvg(s, options);
		expect(svg).not.toContain('<"everything">');
		const doc = parse(svg);
		expect(doc.querySelector('[data-label-for="summit-a"]')?.textContent).toBe(
			s.lanes.security.marks[0]?.name
		);
		expect(s.lanes.security.marks[0]?.name).toContain('&');
	});

	it('draws the same markup as before', async () => {
		const { svg } = sceneSvg(s, { ...options, title: 'Small & plain', lines: ['2023'] });
		await expect(svg.replaceAll('><', '>\n<')).toMatchFileSnapshot('__snapshots__/small.svg');
	});
});
