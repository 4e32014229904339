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
import { VIEWPORT } from './browser';
import { summariseRun, type RunResult } from './report';
import { interactionSteps, type Step } from './steps';

const ROOT = '[data-timeline]';
const PLOT = '[data-timeline] svg[role="group"]';
const FIRST_RENDER_MARK = 'timeline:first-render';
const FIRST_RENDER_TIMEOUT_MS = 60_000;
/** How long a step waits for the view to move before it counts as one that did not. */
const CHANGE_TIMEOUT_MS = 5_000;
/** Quiet time between steps; longer than d3-zoom's 150 ms wheel-end timer. */
const SETTLE_MS = 200;
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
	return page.locator(ROOT).evaluate((root) => ({
		from: root.getAttribute('data-window-from'),
		to: root.getAttribute('data-window-to')
	}));
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
	input: () => Promise<void>
): Promise<StepTime> {
	const before = await windowAttributes(page);
	const start = await busyTimes(cdp);
	await input();
	const moved = await settleFrame(page, before, kind !== 'idle');
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
	box: { x: number; y: number; width: number }
): Promise<StepTime> {
	// The axis band at the top of the plot: inside d3-zoom's element, clear of the marks' hovers.
	const y = box.y + 30;
	const x = box.x + box.width * step.x;
	await page.mouse.move(x, y);
	if (step.kind === 'pan') {
		await page.mouse.down();
		await settle(page);
		const time = await timeStep(page, cdp, step.kind, () => page.mouse.move(x + step.dx, y));
		await page.mouse.up();
		await settle(page);
		return time;
	}
	await settle(page);
	// A plain wheel scrolls the page; held Ctrl makes it zoom, as a reader does.
	await page.keyboard.down('Control');
	const time = await timeStep(page, cdp, step.kind, () => page.mouse.wheel(0, step.deltaY));
	await page.keyboard.up('Control');
	await settle(page);
	return time;
}

/**
 * Opens the page and returns the `timeline:first-render` mark's startTime (milliseconds from
 * navigation start). With `required`, a missing mark after 60 s is an error; otherwise it is null.
 */
async function firstRender(page: Page, url: string, required: boolean): Promise<number | null> {
	const response = await page.goto(url, { timeout: FIRST_RENDER_TIMEOUT_MS });
	if (!response?.ok()) {
		throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
	}
	if (required) {
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
	}
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

export async function measureRun(
	browser: Browser,
	origin: string,
	n: number,
	path: string,
	markRequired: boolean
): Promise<RunMeasurement> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	try {
		const page = await context.newPage();
		const url = `${origin}${path}?n=${n}&seed=1`;
		const firstRenderMs = await firstRender(page, url, markRequired);

		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const box = await page.locator(PLOT).boundingBox();
		if (!box) throw new Error(`${PLOT} has no box`);
		await settle(page);

		const idle: StepTime[] = [];
		for (let i = 0; i < IDLE_STEPS; i++) {
			idle.push(await timeStep(page, cdp, 'idle', async () => {}));
			await settle(page);
		}

		const steps: StepTime[] = [];
		for (const step of interactionSteps()) steps.push(await runStep(page, cdp, step, box));

		const heapBytes = (await metrics(cdp)).get('JSHeapUsedSize');
		if (heapBytes === undefined) throw new Error('Performance.getMetrics has no JSHeapUsedSize');
		const frameTimesMs = steps.map((t) => t.ms);
		return { result: summariseRun(n, firstRenderMs, frameTimesMs, heapBytes), steps, idle };
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
