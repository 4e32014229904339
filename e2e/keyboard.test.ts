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

	// Pan with the arrow keys on the chart itself.
	await tabUntil(page, focusedHas('role', 'group'));
	const zoomed = await windowOf(page);
	await page.keyboard.press('ArrowLeft');
	await expect
		.poll(async () => Date.parse((await windowOf(page)).from))
		.toBeLessThan(Date.parse(zoomed.from));

	// Open an event that belongs to a thread: Tab through the marks to the first one.
	await tabUntil(page, async (p) => {
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
