/**
 * The axis as a person reads it: through zooms and pans from the whole span down to a few days,
 * on a wide screen and on a phone, no day, month or year label runs into its neighbour (nor
 * into the note on a day drawn wide), no month or year above them into the next, and none is
 * cut off at the chart's edges.
 */
import { expect, test } from '@playwright/test';
import { AXIS_LABELS, axisLabelWidth } from '../src/lib/scales/ticks';
import { openChart } from './pages';

/** A press of a zoom control: a zoom or pan button, All, or a year. */
type Step = 'in' | 'out' | 'earlier' | 'later' | 'all' | number;

const repeat = (step: Step, times: number): Step[] => Array.from({ length: times }, () => step);

// Windows of every size, across month and year ends: a year panned through Oct 2022–Jun 2023
// (weekly day ticks, whose month ends used to collide), half years and months around
// Sep–Oct 2023 (month names above days), down to the narrowest window and back out to the
// whole span, and the years at the span's two ends.
const STEPS: Step[] = [
	2022,
	...repeat('later', 4),
	2023,
	'in',
	...repeat('earlier', 5),
	...repeat('later', 8),
	'in',
	...repeat('earlier', 3),
	'in',
	...repeat('later', 2),
	...repeat('in', 4),
	...repeat('later', 4),
	...repeat('out', 4),
	'all',
	...repeat('in', 13),
	...repeat('out', 2),
	...repeat('later', 2),
	1953,
	2050,
	1945
];

interface Report {
	windows: string[];
	labelled: number;
	/** "window row: left label | right label" for each pair of labels that overlap. */
	collisions: string[];
	/** "window row: label" for each label that runs past the chart's left or right edge. */
	outside: string[];
	/** The widest each label text was drawn, by row, to hold the layout's estimate against. */
	drawnWidths: Record<'major' | 'context', Record<string, number>>;
}

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		// Steps jump where motion is reduced, so each window is read once it is reached.
		test.use({ viewport, reducedMotion: 'reduce' });

		test('axis labels never overlap in their row nor leave the chart, at any zoom', async ({
			page
		}) => {
			// Sixty-odd windows, each a full redraw of the chart: more than the default on a busy machine.
			test.setTimeout(60_000);
			await openChart(page);
			const report: Report = await page.evaluate(async (steps) => {
				const timeline = document.querySelector<HTMLElement>('[data-timeline]');
				const chart = timeline?.querySelector('svg[role="group"]');
				if (!timeline || !chart) throw new Error('no timeline');
				const buttons = [...timeline.querySelectorAll('button')];
				const button = (step: Step) => {
					const found =
						typeof step === 'number'
							? timeline.querySelector<HTMLButtonElement>(`button[data-year="${step}"]`)
							: buttons.find((b) =>
									step === 'in'
										? b.textContent?.trim() === 'Zoom in'
										: step === 'out'
											? b.textContent?.trim() === 'Zoom out'
											: step === 'all'
												? b.textContent?.trim() === 'All'
												: b.getAttribute('aria-label') ===
													(step === 'earlier' ? 'Pan earlier' : 'Pan later')
								);
					if (!found) throw new Error(`no button for ${step}`);
					return found;
				};
				const windowNow = () => `${timeline.dataset.windowFrom}…${timeline.dataset.windowTo}`;
				const frame = () => new Promise((done) => requestAnimationFrame(done));
				const task = () => new Promise((done) => setTimeout(done));
				/** Until the window holds still from one frame to the next. Steps jump where motion is
				 *  reduced (the step's own task has drawn them), so this is one frame unless it glides. */
				const settle = async () => {
					await task();
					for (let i = 0, last = ''; i < 120 && windowNow() !== last; i++) {
						last = windowNow();
						await frame();
					}
				};

				const report: Report = {
					windows: [],
					labelled: 0,
					collisions: [],
					outside: [],
					drawnWidths: { major: {}, context: {} }
				};
				const read = () => {
					const window = windowNow();
					report.windows.push(window);
					const edges = chart.getBoundingClientRect();
					for (const row of ['major', 'context'] as const) {
						// A widened day's note sits on the tick labels' row, and must keep clear of them too.
						const hooks = row === 'major' ? ['major', 'lens'] : [row];
						const selector = hooks.map((hook) => `text[data-axis-label="${hook}"]`).join(', ');
						const labels = [...chart.querySelectorAll<SVGTextElement>(selector)]
							.map((text) => ({ label: text.textContent ?? '', box: text.getBoundingClientRect() }))
							.filter(({ box }) => box.width > 0)
							.sort((a, b) => a.box.left - b.box.left);
						report.labelled += labels.length;
						let previous: (typeof labels)[number] | undefined;
						for (const current of labels) {
							const widths = report.drawnWidths[row];
							widths[current.label] = Math.max(widths[current.label] ?? 0, current.box.width);
							if (current.box.left < edges.left - 0.5 || current.box.right > edges.right + 0.5) {
								report.outside.push(`${window} ${row}: ${current.label}`);
							}
							if (previous && current.box.left < previous.box.right - 0.01) {
								report.collisions.push(`${window} ${row}: ${previous.label} | ${current.label}`);
							}
							if (!previous || current.box.right > previous.box.right) previous = current;
						}
					}
				};

				read();
				for (const step of steps) {
					button(step).click();
					await settle();
					read();
				}
				return report;
			}, STEPS);

			const distinct = new Set(report.windows);
			expect(distinct.size).toBeGreaterThanOrEqual(50);
			expect(report.labelled).toBeGreaterThan(report.windows.length * 3);
			expect.soft(report.collisions, `${report.collisions.length} collisions`).toEqual([]);
			expect.soft(report.outside, `${report.outside.length} labels past an edge`).toEqual([]);
			// The layout keeps labels apart by an estimate of their widths: never narrower than drawn.
			const underestimated = (['major', 'context'] as const).flatMap((row) =>
				Object.entries(report.drawnWidths[row])
					.filter(([label, drawn]) => axisLabelWidth(label, AXIS_LABELS[row].fontPx) < drawn)
					.map(([label, drawn]) => `${row} "${label}" drawn ${drawn} px wide`)
			);
			expect(underestimated).toEqual([]);
		});
	});
}
