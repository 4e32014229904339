/**
 * Nothing drawn over what a reader reads: with an event selected, over many windows, no
 * connector of the selection runs through a name, a lane's name or count, a chip's caption or an
 * axis label; no break mark of a widened day touches an axis label; and no two labels of
 * different kinds (or two axis labels) overlap.
 */
import { expect, test, type Page } from '@playwright/test';
import { openChart, WINDOW_TOUR } from './pages';

/** A commitment of 2022 whose thread runs through all four years on the chart, with an outcome
 *  whose connector leads to the 2023 statement's own record of it. */
const SELECTED = 'space-cooperation-all-sectors-2022';

interface Crossings {
	window: string;
	/** How long the connectors are as drawn, px: a line given way to is still seen. */
	connectors: number;
	breaks: number;
	labels: number;
	found: string[];
}

/**
 * What the resting chart draws over its labels, read once it holds still: the same in two reads
 * a frame and a task apart (the SVG is written a task after the view moves).
 */
async function crossings(page: Page): Promise<Crossings> {
	return page.evaluate(async () => {
		const read = (): Crossings => {
			const root = document.querySelector('[data-timeline]') as HTMLElement;
			const svg = root.querySelector('svg[role="group"]') as SVGSVGElement;
			type Box = {
				kind: string;
				id: string;
				left: number;
				right: number;
				top: number;
				bottom: number;
			};
			const labels: Box[] = [];
			const add = (kind: string, selector: string, id: (el: Element) => string) => {
				for (const el of svg.querySelectorAll(selector)) {
					const r = el.getBoundingClientRect();
					if (r.width === 0 || r.height === 0) continue;
					const { left, right, top, bottom } = r;
					labels.push({ kind, id: id(el), left, right, top, bottom });
				}
			};
			const text = (el: Element) => JSON.stringify(el.textContent);
			add('name', '[data-label-for]', (el) => el.getAttribute('data-label-for') ?? '');
			add('count', '.edge-chip > rect:first-child', (el) => {
				const chip = el.closest('.edge-chip');
				return `${chip?.closest('[data-track]')?.getAttribute('data-track')} ${chip?.textContent?.trim()}`;
			});
			add('lane name', '.lane-label', text);
			add('axis', '[data-axis-label="major"], [data-axis-label="context"]', text);
			add('band caption', '[data-axis-label="lens"]', text);
			add('chip caption', '[data-chip-caption]', text);

			// Points every 2 px along each path, in the page's coordinates.
			const sample = (path: SVGGeometryElement) => {
				const matrix = path.getScreenCTM();
				const length = path.getTotalLength();
				const points: { x: number; y: number }[] = [];
				if (!matrix) return points;
				for (let at = 0; at <= length; at += 2) {
					const p = path.getPointAtLength(Math.min(at, length));
					const q = new DOMPoint(p.x, p.y).matrixTransform(matrix);
					points.push({ x: q.x, y: q.y });
				}
				return points;
			};
			const inside = (p: { x: number; y: number }, b: Box) =>
				p.x > b.left + 0.5 && p.x < b.right - 0.5 && p.y > b.top + 0.5 && p.y < b.bottom - 0.5;
			const found: string[] = [];

			const connectors = [
				...svg.querySelectorAll<SVGPathElement>(
					'[data-thread-link], [data-outcome-link] path:not(.badge)'
				)
			];
			for (const path of connectors) {
				const which =
					path.getAttribute('data-thread-link') ??
					`outcome ${path.closest('[data-outcome-link]')?.getAttribute('data-outcome-link')}`;
				const points = sample(path);
				for (const box of labels) {
					const p = points.find((point) => inside(point, box));
					if (p)
						found.push(
							`connector to ${which} × ${box.kind} ${box.id} at ${Math.round(p.x)},${Math.round(p.y)}`
						);
				}
			}

			// Each zigzag of a widened day's edges: the pieces of the path between its jumps.
			const breaks: Box[] = [];
			for (const path of svg.querySelectorAll<SVGPathElement>('.lens-edge')) {
				let piece: { x: number; y: number }[] = [];
				const close = () => {
					if (piece.length === 0) return;
					const xs = piece.map((p) => p.x);
					const ys = piece.map((p) => p.y);
					breaks.push({
						kind: 'break mark',
						id: `at ${Math.round((Math.min(...xs) + Math.max(...xs)) / 2)}`,
						left: Math.min(...xs) - 0.6,
						right: Math.max(...xs) + 0.6,
						top: Math.min(...ys),
						bottom: Math.max(...ys)
					});
					piece = [];
				};
				for (const p of sample(path)) {
					const last = piece.at(-1);
					if (last && Math.hypot(p.x - last.x, p.y - last.y) > 4) close();
					piece.push(p);
				}
				close();
			}
			const overlap = (a: Box, b: Box) =>
				a.left < b.right - 0.5 &&
				b.left < a.right - 0.5 &&
				a.top < b.bottom - 0.5 &&
				b.top < a.bottom - 0.5;
			for (const mark of breaks)
				for (const box of labels)
					if ((box.kind === 'axis' || box.kind === 'band caption') && overlap(mark, box))
						found.push(`break mark ${mark.id} × ${box.kind} ${box.id}`);

			// Names among themselves are names.test.ts's business; every other pair is ours.
			labels.forEach((a, i) => {
				for (const b of labels.slice(i + 1)) {
					if (a.kind === b.kind && a.kind !== 'axis') continue;
					if (overlap(a, b)) found.push(`${a.kind} ${a.id} × ${b.kind} ${b.id}`);
				}
			});
			return {
				window: `${root.dataset.windowFrom} ${root.dataset.windowTo}`,
				connectors: Math.round(connectors.reduce((sum, path) => sum + path.getTotalLength(), 0)),
				breaks: breaks.length,
				labels: labels.length,
				found
			};
		};
		const frame = () =>
			new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		let last = JSON.stringify(read());
		for (;;) {
			await frame();
			await frame();
			const next = JSON.stringify(read());
			if (next === last) return JSON.parse(next) as Crossings;
			last = next;
		}
	});
}

test.describe('nothing drawn over a label', () => {
	for (const [width, height] of [
		[1440, 900],
		[390, 844]
	] as const) {
		test(`no connector, break mark or label crosses a label, over 50 windows at ${width} px`, async ({
			page
		}) => {
			test.setTimeout(180_000);
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize({ width, height });
			await openChart(page, `/?event=${SELECTED}`);
			// Selected: its connectors are drawn (on a phone it may sit in a chip).
			await expect(page.locator('[data-timeline] [data-thread-link]').first()).toBeAttached();
			// The open event's panel takes the focus once it shows; the keys go to the chart after.
			await expect(page.locator('#detail-title')).toBeFocused();
			const chart = page.locator('[data-timeline] svg[role="group"]');
			await chart.focus();
			await expect(chart).toBeFocused();
			const keys = WINDOW_TOUR;
			expect(keys.length).toBeGreaterThanOrEqual(50);
			const seen = new Set<string>();
			let withConnectors = 0;
			let withBreaks = 0;
			const all: string[] = [];
			for (const key of ['', ...keys]) {
				if (key) await page.keyboard.press(key);
				const at = await crossings(page);
				seen.add(at.window);
				if (at.connectors >= 100) withConnectors += 1;
				if (at.breaks > 0) withBreaks += 1;
				expect(at.labels, at.window).toBeGreaterThan(10);
				all.push(...at.found.map((f) => `${at.window} after ${key || 'opening'}: ${f}`));
			}
			test.info().annotations.push({
				type: 'windows',
				description: `${seen.size} windows, ${withConnectors} with 100 px of connectors or more, ${withBreaks} with break marks, ${all.length} crossings`
			});
			expect(all).toEqual([]);
			// The selection stays drawn with its connectors, and widened days come and go.
			expect(withConnectors).toBeGreaterThanOrEqual(40);
			expect(withBreaks).toBeGreaterThanOrEqual(10);
			expect(seen.size).toBeGreaterThanOrEqual(40);
		});
	}
});
