/**
 * The whole flow by keyboard alone, from a fresh page: filter, zoom, pan, open an event,
 * follow its thread, open its statement and come back. Every stop Tab reaches must show
 * that it has the focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { openTimeline, windowOf } from './pages';

interface EventRecord {
	id: string;
	track: string;
	thread: string | null;
	mentions: { statement: string; paragraph: string }[];
}

/**
 * How the focused element shows its focus, or why it does not: an outline or ring of its own,
 * or, for a chart mark, its focus ring drawn in a visible colour.
 */
function focusIndicator(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'nothing has the focus';
		const painted = (value: string) =>
			value !== 'none' && value !== 'transparent' && value !== 'rgba(0, 0, 0, 0)';
		const style = getComputedStyle(el);
		const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) return `${name} has no size`;
		if (box.bottom < 0 || box.top > innerHeight) return `${name} is off screen`;
		if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return 'outline';
		if (painted(style.boxShadow)) return 'shadow';
		const ring = el.querySelector('.focus-ring');
		if (ring && painted(getComputedStyle(ring).stroke)) return 'ring';
		return `${name} shows no focus`;
	});
}

const SHOWN = /^(outline|shadow|ring)$/;

/** Presses Tab until the focused element matches, checking every stop shows its focus. */
async function tabUntil(
	page: Page,
	matches: (page: Page) => Promise<boolean>,
	limit = 80
): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		await page.keyboard.press('Tab');
		expect(await focusIndicator(page)).toMatch(SHOWN);
		if (await matches(page)) return;
	}
	throw new Error(`no matching stop within ${limit} presses of Tab`);
}

/** Presses an arrow key until the focused item matches, checking every item shows its focus. */
async function arrowUntil(
	page: Page,
	key: string,
	matches: (page: Page) => Promise<boolean>,
	limit = 80
): Promise<void> {
	for (let presses = 0; presses < limit; presses++) {
		if (await matches(page)) return;
		await page.keyboard.press(key);
		expect(await focusIndicator(page)).toMatch(SHOWN);
	}
	throw new Error(`no matching item within ${limit} presses of ${key}`);
}

const focused = (page: Page) => page.locator(':focus');
const focusedHas = (attribute: string, value?: string) => async (page: Page) => {
	const actual = await focused(page).getAttribute(attribute);
	return actual !== null && (value === undefined || actual === value);
};
const focusedText = (text: string) => async (page: Page) =>
	((await focused(page).textContent()) ?? '').trim() === text;

test('filter, zoom, pan, open an event, follow its thread, open its statement, come back', async ({
	page
}) => {
	test.setTimeout(90_000);
	const events: EventRecord[] = await (await page.request.get('/events.json')).json();
	const byId = new Map(events.map((e) => [e.id, e]));
	await openTimeline(page);

	// The skip link is the first stop and leads straight to the chart.
	await page.keyboard.press('Tab');
	await expect(focused(page)).toHaveText('Skip to the chart');
	expect(await focusIndicator(page)).toMatch(SHOWN);

	// Filter: open the filter panel and choose only the security track; Escape puts it away.
	await tabUntil(page, focusedHas('aria-controls', 'filter-panel'));
	await page.keyboard.press('Enter');
	await tabUntil(page, focusedHas('data-filter-option', 'security'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/track=security/);
	await expect(focused(page)).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(page.locator('#filter-panel')).toBeHidden();
	await expect(focused(page)).toHaveAttribute('aria-controls', 'filter-panel');

	// Zoom in with its button.
	const home = await windowOf(page);
	await tabUntil(page, focusedText('Zoom in'));
	await page.keyboard.press('Enter');
	await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(home.days * 0.6);

	// Tab enters the chart on one of its items; Shift with an arrow key pans from there.
	await tabUntil(page, focusedHas('data-focus-key'));
	const zoomed = await windowOf(page);
	await page.keyboard.press('Shift+ArrowLeft');
	await expect
		.poll(async () => Date.parse((await windowOf(page)).from))
		.toBeLessThan(Date.parse(zoomed.from));

	// Open an event that belongs to a thread: from the lane's first item, the arrow key walks
	// its items in date order to the first one.
	await page.keyboard.press('Home');
	await arrowUntil(page, 'ArrowRight', async (p) => {
		const id = await focused(p).getAttribute('data-event-id');
		return id !== null && byId.get(id)?.thread != null;
	});
	const first = byId.get((await focused(page).getAttribute('data-event-id')) ?? '');
	if (!first) throw new Error('no event focused');
	expect(first.track).toBe('security');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', first.id);

	// Follow its thread to another event of it.
	await tabUntil(page, focusedHas('data-thread-event'));
	const nextId = (await focused(page).getAttribute('data-thread-event')) ?? '';
	const next = byId.get(nextId);
	expect(next?.thread).toBe(first.thread);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', nextId);
	await expect(page).toHaveURL(new RegExp(`event=${nextId}`));

	// Open its statement at its paragraph.
	await tabUntil(page, focusedHas('data-reader-link'));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(
		new RegExp(`/statements/${next?.mentions[0]?.statement}[^#]*#${next?.mentions[0]?.paragraph}$`)
	);
	await expect(page.locator(`mark[data-event-id="${nextId}"]`).first()).toBeInViewport();

	// Come back to the timeline from the paragraph's note for the event.
	await tabUntil(
		page,
		async (p) => (await focused(p).getAttribute('href'))?.endsWith(`=${nextId}`) ?? false,
		200
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/\\?event=${nextId}$`));
	await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', nextId);
});

for (const path of [
	'/',
	'/statements/2023-04-26-us-rok-70th-anniversary-joint-statement',
	'/compare',
	'/no-such-page'
]) {
	test(`every Tab stop on ${path} shows that it has the focus`, async ({ page }) => {
		test.setTimeout(60_000);
		if (path === '/') await openTimeline(page);
		else await page.goto(path);
		const seen = new Set<string>();
		for (let presses = 0; presses < 60; presses++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => {
				const el = document.activeElement;
				return el
					? `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.slice(0, 30)}`
					: '';
			});
			// Past the last stop, focus leaves the page for the browser, then starts over.
			if (seen.has(where) || where.startsWith('BODY')) break;
			seen.add(where);
			expect(await focusIndicator(page), where).toMatch(SHOWN);
		}
		expect(seen.size).toBeGreaterThan(2);
	});
}

/** Where the focus is in the chart: the item's key and lane, or what holds it instead. */
function chartFocus(
	page: Page
): Promise<{ key: string | null; track: string | null; where: string }> {
	return page.evaluate(() => {
		const el = document.activeElement;
		const chart = document.querySelector('[data-timeline] svg[role="group"]');
		return {
			key: el?.getAttribute('data-focus-key') ?? null,
			track: el?.closest('[data-track]')?.getAttribute('data-track') ?? null,
			where:
				!el || el === document.body
					? 'page'
					: el === chart
						? 'chart'
						: chart?.contains(el)
							? 'item'
							: 'outside'
		};
	});
}

/** Tab from the last control before the chart (the year strip's last button) into the chart. */
async function tabIntoChart(page: Page): Promise<void> {
	await page.getByRole('group', { name: 'Show one year' }).getByRole('button').last().focus();
	await page.keyboard.press('Tab');
	expect((await chartFocus(page)).where).toBe('item');
}

test.describe('the chart is one Tab stop and the arrow keys move between its items', () => {
	test('Tab from the control before the chart enters it on one item, and the next Tab leaves it', async ({
		page
	}) => {
		await openTimeline(page);
		const chart = page.locator('[data-timeline] svg[role="group"]');
		const items = chart.locator('[data-focus-key]');
		expect(await items.count()).toBeGreaterThan(20);
		// One item takes Tab; the others and the chart itself do not.
		await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
		await expect(chart).toHaveAttribute('tabindex', '-1');

		await tabIntoChart(page);
		const entered = await chartFocus(page);
		expect(entered.key).toBe(await chart.locator('[tabindex="0"]').getAttribute('data-focus-key'));
		expect(await focusIndicator(page)).toMatch(SHOWN);
		await page.keyboard.press('Tab');
		expect((await chartFocus(page)).where).toBe('outside');

		// Back in, the chart remembers the item last focused.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const moved = await chartFocus(page);
		expect(moved.key).not.toBe(entered.key);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Shift+Tab');
		expect((await chartFocus(page)).key).toBe(moved.key);
		await expect(chart.locator('[tabindex="0"]')).toHaveCount(1);
	});

	test('ArrowRight from the first item visits every item of its lane once, in date order', async ({
		page
	}) => {
		const events: { id: string; start: string }[] = await (
			await page.request.get('/events.json')
		).json();
		const startOf = Object.fromEntries(events.map((e) => [e.id, e.start]));
		await openTimeline(page);
		await tabIntoChart(page);
		const { track } = await chartFocus(page);
		const lane = page.locator(`[data-timeline] [data-track="${track}"]`);
		const expected = await lane.locator('[data-focus-key]').count();
		expect(expected).toBeGreaterThan(5);

		// The walk runs in the page, one ArrowRight keydown on the focused item per step (the
		// chart's own handler moves the focus), so a long lane takes no round trips per item; the
		// real key presses below check the same handler from the keyboard.
		const visited = await page.evaluate(
			({ starts, limit }) => {
				const dateOf = (el: Element) => {
					// A count of earlier events comes first, of later ones last; a chip dates from its
					// first event, a density chip from its start.
					const edge = el.getAttribute('data-edge');
					if (edge) return edge === 'before' ? '0000-00-00' : '9999-99-99';
					const ids = (el.getAttribute('data-cluster-ids') ?? el.getAttribute('data-event-id'))
						?.split(' ')
						.filter(Boolean);
					return ids
						? (ids.map((id) => starts[id] ?? '').sort()[0] ?? '')
						: (el.getAttribute('data-from') ?? '');
				};
				const visited: { key: string; track: string | null; date: string }[] = [];
				for (let step = 0; step <= limit; step++) {
					const el = document.activeElement;
					if (!el) break;
					const key = el.getAttribute('data-focus-key') ?? '';
					if (visited.at(-1)?.key === key) break;
					visited.push({
						key,
						track: el.closest('[data-track]')?.getAttribute('data-track') ?? null,
						date: dateOf(el)
					});
					el.dispatchEvent(
						new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true })
					);
				}
				return visited;
			},
			{ starts: startOf, limit: expected }
		);
		expect(visited.map((v) => v.track)).toEqual(visited.map(() => track));
		// Every item of the lane, each once, and at the end the focus stays on the last.
		expect(visited).toHaveLength(expected);
		expect(new Set(visited.map((v) => v.key)).size).toBe(expected);
		const dates = visited.map((v) => v.date);
		expect(dates.every((d) => /^\d{4}-\d\d-\d\d$/.test(d))).toBe(true);
		expect(dates).toEqual([...dates].sort());
		// ArrowLeft walks back; Home and End reach the ends.
		await page.keyboard.press('ArrowLeft');
		expect((await chartFocus(page)).key).toBe(visited.at(-2)?.key);
		await page.keyboard.press('Home');
		expect((await chartFocus(page)).key).toBe(visited[0]?.key);
		await page.keyboard.press('End');
		expect((await chartFocus(page)).key).toBe(visited.at(-1)?.key);
	});

	test('ArrowDown moves to the lane below, ArrowUp back', async ({ page }) => {
		await openTimeline(page);
		await tabIntoChart(page);
		await page.keyboard.press('ArrowRight');
		const start = await chartFocus(page);
		const lanes = await page
			.locator('[data-timeline] [data-track]')
			.evaluateAll((els) =>
				els
					.filter((el) => el.querySelector('[data-focus-key]'))
					.map((el) => el.getAttribute('data-track'))
			);
		const below = lanes[lanes.indexOf(start.track) + 1];
		expect(below).toBeTruthy();
		await page.keyboard.press('ArrowDown');
		const down = await chartFocus(page);
		expect(down.where).toBe('item');
		expect(down.track).toBe(below);
		await page.keyboard.press('ArrowUp');
		expect((await chartFocus(page)).track).toBe(start.track);
		// No lane above the first: the focus stays.
		await page.keyboard.press('ArrowUp');
		expect((await chartFocus(page)).track).toBe(start.track);
	});

	test('zooming out until the focused mark folds away keeps the focus on an item of the chart', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// On a phone, where even the widened statement day folds some of its points into chips.
		await page.setViewportSize({ width: 390, height: 844 });
		// A few days around the 2023 statement: every event of the day has a mark of its own.
		await openTimeline(page, '/?from=2023-04-24&to=2023-04-28');
		await tabIntoChart(page);
		// Down to the global lane, and to the last of its points on the statement's day, the
		// first to fold into a chip from afar.
		await arrowUntil(page, 'ArrowDown', async (p) => (await chartFocus(p)).track === 'global');
		await page.keyboard.press('End');
		await arrowUntil(page, 'ArrowLeft', (p) =>
			p.evaluate(() => document.activeElement?.matches('[data-event-id]:not(:has(.bar))') ?? false)
		);
		const id = (await focused(page).getAttribute('data-event-id')) ?? '';
		const mark = page.locator(`[data-timeline] [data-event-id="${id}"]`);
		let presses = 0;
		while ((await mark.count()) > 0 && presses < 12) {
			// Zoom and pan keys work from the focused item.
			await page.keyboard.press('-');
			presses += 1;
			const now = await chartFocus(page);
			expect(now.where, `after ${presses} presses of −`).toBe('item');
		}
		await expect(mark).toHaveCount(0);
		const after = await chartFocus(page);
		expect(after.key).not.toBe(id);
		// Still one stop, and it is the item that has the focus.
		await expect(page.locator('[data-timeline] svg [tabindex="0"]')).toHaveAttribute(
			'data-focus-key',
			after.key ?? ''
		);
		// The arrow keys go on from there.
		await page.keyboard.press('ArrowRight');
		expect((await chartFocus(page)).where).toBe('item');
	});
});
