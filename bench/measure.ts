/**
 * The browser half of the benchmark: first render, per-step main-thread time through the Chrome
 * DevTools Protocol's Performance domain, heap, and the gzipped JavaScript of `/`.
 *
 * Functions handed to page.evaluate run in the page, and tsx compiles with esbuild's keepNames,
 * which wraps every named function in a `__name(…)` helper the page does not have. So the
 * in-page code below uses only inline, unnamed callbacks.
 */
import { gzipSync } from 'node:zlib';
import { errors, type Browser, type CDPSession, type Page } from '@playwright/test';
import { PHONE, VIEWPORT } from './browser';
import {
	LONG_TASK_MS,
	ROW_PAGES,
	summarisePhoneRun,
	summariseRun,
	tracedMainThreadTasks,
	type PhoneRunResult,
	type RowKind,
	type RunResult
} from './report';
import { interactionSteps, type Step } from './steps';

const ROOT = '[data-timeline]';
const PLOT = '[data-timeline] svg[role="group"]';
const FIRST_RENDER_MARK = 'timeline:first-render';
const FIRST_RENDER_TIMEOUT_MS = 60_000;
/** How long a step waits for the view to move before it counts as one that did not. */
const CHANGE_TIMEOUT_MS = 5_000;
/**
 * Quiet time after each step: longer than d3-zoom's 150 ms wheel-end timer, and than the 250 ms
 * after which the page brings its list, URL and the rest up to date once a gesture rests, so
 * that work (one frame, after the gesture) falls between the timed spans.
 */
const SETTLE_MS = 400;
/** Harness-only steps (no input) that show what the measuring itself costs. */
const IDLE_STEPS = 10;

interface WindowAttributes {
	from: string | null;
	to: string | null;
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return new Map(metrics.map((m) => [m.name, m.value]));
}

/** The renderer main thread's cumulative busy times, in milliseconds. */
interface BusyTimes {
	/** TaskDuration: every task on the main thread; the frame time. */
	task: number;
	/** ScriptDuration, RecalcStyleDuration, LayoutDuration: parts of it, for the log. */
	script: number;
	style: number;
	layout: number;
}

async function busyTimes(cdp: CDPSession): Promise<BusyTimes> {
	const all = await metrics(cdp);
	const ms = (name: string) => {
		const value = all.get(name);
		if (value === undefined) throw new Error(`Performance.getMetrics has no ${name}`);
		return value * 1000;
	};
	return {
		task: ms('TaskDuration'),
		script: ms('ScriptDuration'),
		style: ms('RecalcStyleDuration'),
		layout: ms('LayoutDuration')
	};
}

function windowAttributes(page: Page): Promise<WindowAttributes> {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector);
		return {
			from: root?.getAttribute('data-window-from') ?? null,
			to: root?.getAttribute('data-window-to') ?? null
		};
	}, ROOT);
}

/**
 * In the page: waits until the window attributes differ from `before` (when `expectChange`) and
 * two animation frames have passed, whichever is later, then one more animation frame, so the
 * frame that shows the change has been through style, layout and paint. Resolves whether the
 * view moved.
 */
function settleFrame(
	page: Page,
	before: WindowAttributes,
	expectChange: boolean
): Promise<boolean> {
	return page.evaluate(
		async ({ before, expectChange, timeoutMs, selector }) => {
			const twoFrames = new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
			);
			const changed = new Promise<boolean>((resolve) => {
				const root = document.querySelector(selector);
				if (!expectChange || !root) return resolve(false);
				if (
					root.getAttribute('data-window-from') !== before.from ||
					root.getAttribute('data-window-to') !== before.to
				) {
					return resolve(true);
				}
				const timer = setTimeout(() => {
					observer.disconnect();
					resolve(false);
				}, timeoutMs);
				const observer = new MutationObserver(() => {
					if (
						root.getAttribute('data-window-from') !== before.from ||
						root.getAttribute('data-window-to') !== before.to
					) {
						observer.disconnect();
						clearTimeout(timer);
						resolve(true);
					}
				});
				observer.observe(root, {
					attributes: true,
					attributeFilter: ['data-window-from', 'data-window-to']
				});
			});
			const [moved] = await Promise.all([changed, twoFrames]);
			await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			return moved;
		},
		{ before, expectChange, timeoutMs: CHANGE_TIMEOUT_MS, selector: ROOT }
	);
}

export interface StepTime {
	kind: Step['kind'] | 'idle';
	/** TaskDuration after the frame minus TaskDuration before the input. */
	ms: number;
	scriptMs: number;
	styleMs: number;
	layoutMs: number;
	moved: boolean;
}

/** TaskDuration before the input and after the frame that shows it; the difference is the step. */
async function timeStep(
	page: Page,
	cdp: CDPSession,
	kind: StepTime['kind'],
	input: () => Promise<void>,
	hasView = true
): Promise<StepTime> {
	const before = await windowAttributes(page);
	const start = await busyTimes(cdp);
	await input();
	const moved = await settleFrame(page, before, hasView && kind !== 'idle');
	const end = await busyTimes(cdp);
	return {
		kind,
		ms: end.task - start.task,
		scriptMs: end.script - start.script,
		styleMs: end.style - start.style,
		layoutMs: end.layout - start.layout,
		moved
	};
}

const settle = (page: Page) => page.waitForTimeout(SETTLE_MS);

/** Runs one scripted step; only the input that moves the view is inside the timed span. */
async function runStep(
	page: Page,
	cdp: CDPSession,
	step: Step,
	box: { x: number; y: number; width: number },
	hasView: boolean
): Promise<StepTime> {
	// The axis band at the top of the plot: inside d3-zoom's element, clear of the marks' hovers.
	const y = box.y + 30;
	const x = box.x + box.width * step.x;
	await page.mouse.move(x, y);
	if (step.kind === 'pan') {
		await page.mouse.down();
		await settle(page);
		const time = await timeStep(
			page,
			cdp,
			step.kind,
			() => page.mouse.move(x + step.dx, y),
			hasView
		);
		await page.mouse.up();
		await settle(page);
		return time;
	}
	await settle(page);
	// A plain wheel scrolls the page; held Ctrl makes it zoom, as a reader does.
	await page.keyboard.down('Control');
	const time = await timeStep(
		page,
		cdp,
		step.kind,
		() => page.mouse.wheel(0, step.deltaY),
		hasView
	);
	await page.keyboard.up('Control');
	await settle(page);
	return time;
}

/**
 * Opens the page and returns the `timeline:first-render` mark's startTime (milliseconds from
 * navigation start). With `required`, a missing mark after 60 s is an error; otherwise it is null.
 */
async function firstRender(page: Page, url: string): Promise<number | null> {
	const response = await page.goto(url, { timeout: FIRST_RENDER_TIMEOUT_MS });
	if (!response?.ok()) {
		throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
	}
	await page
		.waitForFunction(
			(name) => performance.getEntriesByName(name, 'mark').length > 0,
			FIRST_RENDER_MARK,
			{ timeout: FIRST_RENDER_TIMEOUT_MS }
		)
		.catch((error: unknown) => {
			if (!(error instanceof errors.TimeoutError)) throw error;
			throw new Error(`${url} set no "${FIRST_RENDER_MARK}" mark within 60 s`);
		});
	await page.locator(PLOT).waitFor({ timeout: FIRST_RENDER_TIMEOUT_MS });
	return page.evaluate(
		(name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null,
		FIRST_RENDER_MARK
	);
}

export interface RunMeasurement {
	result: RunResult;
	/** Every timed step of the sequence, in order, unrounded. */
	steps: StepTime[];
	/** Steps with no input at all: the harness's own share of every step's time. */
	idle: StepTime[];
}

/** One row of the table: the empty-page floor, `/` with the real data, or the lab at n. */
export type Row = { kind: Exclude<RowKind, 'lab' | 'phone'> } | { kind: 'lab'; n: number };

/**
 * The floor: a page with nothing on it but a box where the plot would be, which takes a Ctrl +
 * wheel as the chart does (its default, the browser's own zoom, is prevented) and nothing else.
 * A step there costs what the harness, the input and the animation frames cost alone.
 */
const EMPTY_PAGE = `<!doctype html><html lang="en"><title>floor</title>
<body style="margin:0"><div id="plot" style="margin:226px 16px 0;height:900px"></div>
<script>document.getElementById('plot').addEventListener('wheel', (e) => { if (e.ctrlKey) e.preventDefault(); }, { passive: false });</script>`;

/** The number of events `/` draws: the real data, as the site serves it. */
async function realEventCount(origin: string): Promise<number> {
	const response = await fetch(`${origin}/events.json`);
	if (!response.ok) throw new Error(`${origin}/events.json answered ${response.status}`);
	const events: unknown = await response.json();
	if (!Array.isArray(events)) throw new Error(`${origin}/events.json is not a list`);
	return events.length;
}

export async function measureRun(
	browser: Browser,
	origin: string,
	row: Row
): Promise<RunMeasurement> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		let n = 0;
		let firstRenderMs: number | null = null;
		let plot = PLOT;
		if (row.kind === 'floor') {
			await page.goto(`${origin}/events.json`);
			await page.setContent(EMPTY_PAGE);
			plot = '#plot';
		} else if (row.kind === 'home') {
			n = await realEventCount(origin);
			firstRenderMs = await firstRender(page, `${origin}/`);
		} else if (row.kind === 'lab') {
			n = row.n;
			firstRenderMs = await firstRender(page, `${origin}/lab/scale?n=${n}&seed=1`);
		}
		const hasView = row.kind !== 'floor';

		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const box = await page.locator(plot).boundingBox();
		if (!box) throw new Error(`${plot} has no box`);
		await settle(page);

		const idle: StepTime[] = [];
		for (let i = 0; i < IDLE_STEPS; i++) {
			idle.push(await timeStep(page, cdp, 'idle', async () => {}));
			await settle(page);
		}

		const steps: StepTime[] = [];
		for (const step of interactionSteps()) {
			steps.push(await runStep(page, cdp, step, box, hasView));
		}

		const heapBytes = (await metrics(cdp)).get('JSHeapUsedSize');
		if (heapBytes === undefined) throw new Error('Performance.getMetrics has no JSHeapUsedSize');
		const frameTimesMs = steps.map((t) => t.ms);
		const result = summariseRun(ROW_PAGES[row.kind], n, firstRenderMs, frameTimesMs, heapBytes);
		return { result, steps, idle };
	} finally {
		await context.close();
	}
}

/** How many times slower the phone row's renderer main thread runs than the machine's. */
const CPU_SLOWDOWN = 4;
const PHONE_PRESSES = 4;
/** Ctrl + wheel steps on the phone: five zoom-ins, then five zoom-outs at the same places. */
const PHONE_WHEEL_STEPS_PER_KIND = 5;
const PHONE_DRAG_PX = 200;
/** The drag's pointer moves: a finger-speed drag arrives as several moves, not one jump. */
const PHONE_DRAG_MOVES = 10;

export interface PhoneMeasurement {
	result: PhoneRunResult;
	/** Each press's main-thread work, unrounded. */
	pressesMs: number[];
	/** The wheel steps and the drag, timed as the desktop rows time a step. */
	steps: StepTime[];
	/** Long tasks of the sequence as the page's PerformanceObserver saw them. */
	observedTasksMs: number[];
	/** Every main-thread task over 50 ms of the sequence, as the trace recorded it. */
	tracedTasksMs: number[];
	/** The longest main-thread task in the trace, whatever its length. */
	tracedLongestMs: number;
}

/**
 * In the page: waits until the window attributes differ from `before`, then until they have
 * not changed for `quietMs`: the glide has ended and the view has rested. Resolves whether the
 * view moved at all.
 */
function restAfter(page: Page, before: WindowAttributes): Promise<boolean> {
	return page.evaluate(
		({ before, timeoutMs, quietMs, selector }) =>
			new Promise<boolean>((resolve) => {
				const root = document.querySelector(selector);
				if (!root) return resolve(false);
				// Inline callbacks only (see the top of this file): every change that leaves the
				// window away from `before` restarts the quiet timer.
				const state = { timer: 0 };
				const observer = new MutationObserver(() => {
					if (
						root.getAttribute('data-window-from') === before.from &&
						root.getAttribute('data-window-to') === before.to
					) {
						return;
					}
					clearTimeout(state.timer);
					state.timer = window.setTimeout(() => {
						observer.disconnect();
						resolve(true);
					}, quietMs);
				});
				observer.observe(root, {
					attributes: true,
					attributeFilter: ['data-window-from', 'data-window-to']
				});
				state.timer = window.setTimeout(() => {
					observer.disconnect();
					resolve(false);
				}, timeoutMs);
				// The glide may have begun before this script ran: count that as the first change.
				if (
					root.getAttribute('data-window-from') !== before.from ||
					root.getAttribute('data-window-to') !== before.to
				) {
					clearTimeout(state.timer);
					state.timer = window.setTimeout(() => {
						observer.disconnect();
						resolve(true);
					}, quietMs);
				}
			}),
		{ before, timeoutMs: CHANGE_TIMEOUT_MS, quietMs: SETTLE_MS, selector: ROOT }
	);
}

/**
 * `/` as a phone: the page drawn at 390 × 844, then the CPU slowed 4×, then four "Zoom in"
 * presses, each timed from before the click until the view has rested (its glide and the work
 * the page does at rest), ten Ctrl + wheel steps and a 200 px drag. The page's long tasks are
 * collected over the whole sequence, by a PerformanceObserver and by a trace.
 */
export async function measurePhoneRun(browser: Browser, origin: string): Promise<PhoneMeasurement> {
	const context = await browser.newContext(PHONE);
	try {
		const page = await context.newPage();
		const n = await realEventCount(origin);
		// Drawn at the machine's speed: the first render is not this row's measure.
		await firstRender(page, `${origin}/`);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		// Found and scrolled to at full speed: the first locator call injects Playwright's own
		// script into the page, a task of some 500 ms at 4× that is the harness's, not the page's.
		const button = page.getByRole('button', { name: 'Zoom in', exact: true });
		const plot = page.locator(PLOT);
		await plot.scrollIntoViewIfNeeded();
		await button.scrollIntoViewIfNeeded();
		const buttonBox = await button.boundingBox();
		if (!buttonBox) throw new Error('the Zoom in button has no box');
		await settle(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

		// Only tasks that start from here on: buffered entries from the load are left out.
		await page.evaluate(() => {
			const since = performance.now();
			const tasks: number[] = [];
			(window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					if (entry.startTime >= since) tasks.push(entry.duration);
				}
			}).observe({ type: 'longtask', buffered: true });
		});
		await browser.startTracing(page, { categories: ['toplevel'] });

		const pressesMs: number[] = [];
		for (let i = 0; i < PHONE_PRESSES; i++) {
			await page.mouse.move(buttonBox.x + buttonBox.width / 2, buttonBox.y + buttonBox.height / 2);
			await settle(page);
			const before = await windowAttributes(page);
			const start = await busyTimes(cdp);
			await page.mouse.down();
			await page.mouse.up();
			const moved = await restAfter(page, before);
			const end = await busyTimes(cdp);
			if (!moved) throw new Error(`Zoom in press ${i + 1} did not move the view`);
			pressesMs.push(end.task - start.task);
		}

		await plot.scrollIntoViewIfNeeded();
		const box = await plot.boundingBox();
		if (!box) throw new Error(`${PLOT} has no box`);
		const steps: StepTime[] = [];
		const wheels = interactionSteps(PHONE_WHEEL_STEPS_PER_KIND).filter((s) => s.kind !== 'pan');
		for (const step of wheels) steps.push(await runStep(page, cdp, step, box, true));

		const x = box.x + box.width / 2;
		const y = box.y + 30;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await settle(page);
		steps.push(
			await timeStep(page, cdp, 'pan', () =>
				page.mouse.move(x - PHONE_DRAG_PX, y, { steps: PHONE_DRAG_MOVES })
			)
		);
		await page.mouse.up();
		await settle(page);

		const trace = (await browser.stopTracing()).toString();
		const tracedAll = tracedMainThreadTasks(trace);
		const observedTasksMs = await page.evaluate(
			() => (window as unknown as { benchLongTasks: number[] }).benchLongTasks
		);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		const result = summarisePhoneRun(n, pressesMs, observedTasksMs);
		return {
			result,
			pressesMs,
			steps,
			observedTasksMs,
			tracedTasksMs: tracedAll.filter((ms) => ms > LONG_TASK_MS),
			tracedLongestMs: Math.max(0, ...tracedAll)
		};
	} finally {
		await context.close();
	}
}

export interface JsSize {
	kb: number;
	files: number;
}

/** Every script response of a fresh load of `/`, each gzipped at level 9, summed, in KiB. */
export async function measureJsGzip(browser: Browser, origin: string): Promise<JsSize> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const bodies = new Map<string, Promise<Buffer | null>>();
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			if (response.status() >= 300 && response.status() < 400) return;
			bodies.set(
				response.url(),
				response.body().catch(() => null)
			);
		});
		await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
		await page.locator(PLOT).waitFor();
		let bytes = 0;
		for (const [url, body] of bodies) {
			const buffer = await body;
			if (!buffer) throw new Error(`could not read the body of ${url}`);
			bytes += gzipSync(buffer, { level: 9 }).length;
		}
		return { kb: bytes / 1024, files: bodies.size };
	} finally {
		await context.close();
	}
}
