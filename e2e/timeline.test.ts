import { expect, test, type Page } from '@playwright/test';
import { drawnScale, restingWindowOf, openTimeline, windowOf } from './pages';

interface EventRecord {
	id: string;
	title: string;
	track: string;
	kind: string;
	start: string;
	end: string | null;
	mentions: { quote: string }[];
}

const marks = (page: Page) => page.locator('[data-timeline] [data-track] [data-event-id]');

/** Opens the first mark's details the way a keyboard user would, and returns its id. */
async function openFirstMark(page: Page): Promise<string> {
	const first = marks(page).first();
	const id = (await first.getAttribute('data-event-id')) ?? '';
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-detail="${id}"]`)).toBeVisible();
	return id;
}

async function loadEvents(page: Page): Promise<EventRecord[]> {
	return (await page.request.get('/events.json')).json();
}

test.beforeEach(async ({ page }) => {
	await openTimeline(page);
	await expect(marks(page).first()).toBeVisible();
});

test('the default view frames both statements and shows four labelled lanes', async ({ page }) => {
	const { from, to } = await windowOf(page);
	expect(from <= '2022-05-21' && to > '2023-04-26').toBe(true);
	await expect(page.locator('[data-timeline] [data-track]')).toHaveCount(4);
	for (const track of ['security', 'economy', 'technology', 'global']) {
		await expect(page.locator(`[data-timeline] [data-track="${track}"] .lane-label`)).toContainText(
			new RegExp(track, 'i')
		);
	}
	await expect(page.locator('.statement-markers text')).toHaveCount(2);
});

/** The axis as drawn: each major tick's label and where it stands. */
const axisTicks = (page: Page) =>
	page
		.locator('.axis .tick-label')
		.evaluateAll((els) =>
			els.map((el) => ({ label: el.textContent ?? '', x: Number(el.getAttribute('x')) }))
		);

test('Ctrl and the wheel zoom around the pointer and change the axis domain', async ({ page }) => {
	const before = await windowOf(page);
	const ticksBefore = await axisTicks(page);
	const box = await page.locator('[data-timeline] svg[role="group"]').boundingBox();
	if (!box) throw new Error('no plot');
	for (const share of [0.25, 0.9]) {
		// Off the middle (zooming around it would hide a drift to it): over a widened statement
		// day, then over the squeezed months after it.
		const px = box.width * share;
		await page.mouse.move(box.x + px, box.y + 30);
		const underPointer = (await drawnScale(page)).invert(px);
		const days = (await windowOf(page)).days;
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(days * 0.9);
		// What was drawn under the pointer is still drawn there, to within two pixels.
		expect(Math.abs((await drawnScale(page)).x(underPointer) - px)).toBeLessThanOrEqual(2);
	}
	expect((await windowOf(page)).days).toBeLessThan(before.days);
	// Once the view rests, the axis has re-ticked for the new domain: other ticks, in order,
	// across the plot (while the gesture runs, its frames are painted on the canvas).
	await expect.poll(() => axisTicks(page)).not.toEqual(ticksBefore);
	const ticksAfter = await axisTicks(page);
	expect(ticksAfter.length).toBeGreaterThan(3);
	const xs = ticksAfter.map((t) => t.x);
	expect(xs).toEqual([...xs].sort((a, b) => a - b));
	expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
	expect(Math.max(...xs)).toBeLessThanOrEqual(box.width);
});

test('dragging the chart pans by as much time as the pointer moves, keeping the zoom', async ({
	page
}) => {
	const before = await windowOf(page);
	const box = await page.locator('[data-timeline] svg[role="group"]').boundingBox();
	if (!box) throw new Error('no plot');
	// On the axis, clear of marks, where a press can only start a pan.
	const [x, y] = [box.x + box.width / 2, box.y + 20];
	const grabbed = (await drawnScale(page)).invert(box.width / 2);
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x + 200, y, { steps: 10 });
	await page.mouse.up();
	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	const after = await windowOf(page);
	expect(Math.abs(after.days - before.days)).toBeLessThanOrEqual(1);
	// What was grabbed followed the pointer: it is drawn where the pointer let go.
	expect(Math.abs((await drawnScale(page)).x(grabbed) - (box.width / 2 + 200))).toBeLessThanOrEqual(
		2
	);
});

test('a plain wheel over the chart scrolls the page, keeps the window and says how to zoom', async ({
	page
}) => {
	const before = await windowOf(page);
	const plot = page.locator('[data-timeline] svg[role="group"]');
	await plot.scrollIntoViewIfNeeded();
	const box = await plot.boundingBox();
	if (!box) throw new Error('no plot');
	const scrolled = await page.evaluate(() => window.scrollY);
	await page.mouse.move(box.x + box.width / 2, Math.max(box.y, 0) + 40);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 100);
	await expect(page.locator('[data-wheel-hint]')).toBeVisible();
	expect(await windowOf(page)).toEqual(before);
	await expect(page.locator('[data-wheel-hint]')).toBeHidden({ timeout: 4000 });
});

test('the buttons and the keys zoom and pan', async ({ page }) => {
	const start = await windowOf(page);
	// Steps glide, so each check waits for where the step ends, to within a day of rounding.
	const daysOff = (target: number) => async () => Math.abs((await windowOf(page)).days - target);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(daysOff(start.days / 2)).toBeLessThanOrEqual(1);
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(daysOff(start.days * 2)).toBeLessThanOrEqual(1);

	await page.getByRole('button', { name: 'Reset' }).click();
	await expect.poll(async () => (await windowOf(page)).from).toBe(start.from);
	// The view keys work with the focus on any item of the chart.
	await page.locator('[data-timeline] svg [data-focus-key][tabindex="0"]').focus();
	await page.keyboard.press('+');
	await expect.poll(daysOff(start.days / 2)).toBeLessThanOrEqual(1);
	const zoomed = await windowOf(page);
	// Shift with an arrow key pans by a fifth of the window, and so does Page Up or Down.
	const startsAt = (target: number) => async () => Math.abs((await windowOf(page)).start - target);
	const fifth = 0.2 * (zoomed.end - zoomed.start);
	await page.keyboard.press('Shift+ArrowRight');
	await expect.poll(startsAt(zoomed.start + fifth)).toBeLessThanOrEqual(86_400_000);
	await page.keyboard.press('PageUp');
	await expect.poll(startsAt(zoomed.start)).toBeLessThanOrEqual(86_400_000);
	// The focus stays in the chart whatever leaves the view.
	await expect(page.locator('[data-timeline] svg [data-focus-key]:focus')).toHaveCount(1);
	await page.keyboard.press('-');
	await page.keyboard.press('Shift+Home');
	await expect.poll(async () => (await windowOf(page)).from).toBe(start.from);
	await page.keyboard.press('Shift+End');
	await expect.poll(async () => (await windowOf(page)).days).toBeGreaterThan(30_000);
});

test('on the chart itself, with nothing in view to focus, the plain keys move the view', async ({
	page
}) => {
	// A search that matches nothing: no item, so the chart is the Tab stop.
	await openTimeline(page, '/?q=zzzzzz');
	const chart = page.locator('[data-timeline] svg[role="group"]');
	await expect(chart.locator('[data-focus-key]')).toHaveCount(0);
	await expect(chart).toHaveAttribute('tabindex', '0');
	await chart.focus();
	const start = await windowOf(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await windowOf(page)).start).toBeGreaterThan(start.start);
	await page.keyboard.press('End');
	await expect.poll(async () => (await windowOf(page)).days).toBeGreaterThan(30_000);
	await page.keyboard.press('Home');
	await expect.poll(async () => (await windowOf(page)).from).toBe(start.from);
});

test('a year control shows exactly that year and only its events', async ({ page }) => {
	const events = await loadEvents(page);
	await page
		.getByRole('group', { name: 'Show one year' })
		.getByRole('button', { name: '2023' })
		.click();
	await expect.poll(() => windowOf(page)).toMatchObject({ from: '2023-01-01', to: '2024-01-01' });
	await expect(page.locator('.axis .context-label').first()).toHaveText('2023');
	const visibleIds = await page
		.locator('[data-timeline] [data-track] [data-event-id], [data-timeline] [data-cluster]')
		.evaluateAll((els) =>
			els.flatMap((el) =>
				(el.getAttribute('data-cluster-ids') ?? el.getAttribute('data-event-id') ?? '').split(' ')
			)
		);
	expect(visibleIds.length).toBeGreaterThan(20);
	for (const id of visibleIds) {
		const event = events.find((e) => e.id === id);
		expect(event, id).toBeDefined();
		expect(
			event && event.start <= '2023-12-31' && (event.end ?? event.start) >= '2023-01-01',
			id
		).toBe(true);
	}
	// The link names the year's first and last days.
	await expect(page).toHaveURL(/from=2023-01-01&to=2023-12-31/);
});

test('filters by chip: only one track, the counts and the URL follow', async ({ page }) => {
	const events = await loadEvents(page);
	await page.getByRole('button', { name: /^Filters/ }).click();
	await page.getByRole('button', { name: 'Only Security' }).click();
	await expect(page).toHaveURL(/[?&]track=security(&|$)/);
	// The filter in force shows in the row, ready to remove, and the button counts it.
	await expect(page.getByRole('button', { name: 'Remove filter: Security' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Filters/ })).toHaveText(/Filters \(1\)/);
	const security = events.filter((e) => e.track === 'security').length;
	await expect(page.locator('[data-shown-count]')).toHaveText(
		`${security} of ${events.length} events shown`
	);
	for (const track of ['economy', 'technology', 'global']) {
		await expect(
			page.locator(`[data-timeline] [data-track="${track}"] [data-event-id]`)
		).toHaveCount(0);
		await expect(
			page.locator(`[data-timeline] [data-track="${track}"] [data-cluster]`)
		).toHaveCount(0);
	}
	const listed = await page
		.locator('.event-list li[data-event-id]:not([hidden])')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	expect(listed.length).toBeGreaterThan(0);
	for (const id of listed) expect(events.find((e) => e.id === id)?.track).toBe('security');
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page.locator('[data-shown-count]')).toHaveText(
		`${events.length} of ${events.length} events shown`
	);
});

test('filters by URL, and unknown values are ignored', async ({ page }) => {
	const events = await loadEvents(page);
	await page.goto(
		'/?track=economy,bogus&kind=position&from=2022-05-01&to=2022-06-01&event=no-such-event'
	);
	const expected = events.filter((e) => e.track === 'economy' && e.kind === 'position');
	await expect(page.locator('[data-shown-count]')).toHaveText(
		`${expected.length} of ${events.length} events shown`
	);
	await expect.poll(() => windowOf(page)).toMatchObject({ from: '2022-05-01', to: '2022-06-01' });
	await expect(page.locator('[data-detail]')).toHaveCount(0);
	await page.goto('/?track=&from=2023-02-30&q=' + 'x'.repeat(5000));
	await expect(page.locator('[data-shown-count]')).toHaveText(`0 of ${events.length} events shown`);
	await expect(marks(page)).toHaveCount(0);
});

test('Tab and an arrow key reach a mark, Enter shows its quote, Escape returns focus to it', async ({
	page
}) => {
	const events = await loadEvents(page);
	await page.getByRole('group', { name: 'Show one year' }).getByRole('button').last().focus();
	await page.keyboard.press('Tab');
	// A count of earlier events may come first in the lane; the marks follow.
	let id = await page.locator(':focus').getAttribute('data-event-id');
	for (let presses = 0; presses < 6 && !id; presses++) {
		await page.keyboard.press('ArrowRight');
		id = await page.locator(':focus').getAttribute('data-event-id');
	}
	expect(id).toBeTruthy();
	await page.keyboard.press('Enter');
	const event = events.find((e) => e.id === id);
	await expect(page.locator(`[data-detail="${id}"] [data-mention] blockquote`)).toHaveText(
		event?.mentions.map((m) => m.quote) ?? []
	);
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-detail]')).toHaveCount(0);
	await expect(page.locator(':focus')).toHaveAttribute('data-event-id', id ?? '');
});

test('the open event is marked current in the chart and the list, and nothing claims to be pressed', async ({
	page
}) => {
	const id = await openFirstMark(page);
	const mark = page.locator(`[data-timeline] [data-event-id="${id}"]`);
	const entry = page.locator(`.event-list li[data-event-id="${id}"] button.select`);
	// Pressing a mark or an entry again opens the same details: there is no state to toggle.
	await expect(page.locator('[data-timeline] [data-event-id][aria-pressed]')).toHaveCount(0);
	await expect(page.locator('.event-list button.select[aria-pressed]')).toHaveCount(0);
	await expect(mark).toHaveAttribute('aria-current', 'true');
	await expect(entry).toHaveAttribute('aria-current', 'true');
	await expect(page.locator('[data-timeline] [data-event-id][aria-current]')).toHaveCount(1);
	await expect(page.locator('.event-list [aria-current]')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(
		page.locator('[data-timeline] [aria-current], .event-list [aria-current]')
	).toHaveCount(0);
});

test('a dense statement day folds into a cluster whose list opens events', async ({ page }) => {
	// On a phone even the widened statement days cannot give every event a row.
	await page.setViewportSize({ width: 390, height: 844 });
	const chips = page.locator('[data-timeline] [data-track] [data-cluster]');
	await expect(chips.first()).toBeAttached();
	const counts = await chips.evaluateAll((els) =>
		els.map((el) => Number(el.getAttribute('data-count')))
	);
	const count = Math.max(...counts);
	expect(count).toBeGreaterThan(5);
	const chip = chips.nth(counts.indexOf(count));
	await chip.focus();
	await page.keyboard.press('Enter');
	const list = page.getByRole('dialog');
	await expect(list.locator('li')).toHaveCount(count);
	await expect(list.locator('li button').first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(list.locator('li button').nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(list).toHaveCount(0);
	await expect(chip).toBeFocused();
	await page.keyboard.press('Enter');
	const firstId = await page
		.getByRole('dialog')
		.locator('li')
		.first()
		.getAttribute('data-event-id');
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-detail="${firstId}"]`)).toBeVisible();
});

test('zooming in to a statement day splits its cluster', async ({ page }) => {
	// Five days, 24 to 28 April: `to` is the last day shown.
	await openTimeline(page, '/?from=2023-04-24&to=2023-04-28');
	await expect.poll(() => windowOf(page)).toMatchObject({ from: '2023-04-24', to: '2023-04-29' });
	const markCount = await page.locator('[data-timeline] [data-track] [data-event-id]').count();
	expect(markCount).toBeGreaterThan(4);
	// Every event of the day is still there, in a mark or a chip.
	const counted = await page
		.locator('[data-timeline] [data-cluster]')
		.evaluateAll((els) => els.reduce((sum, el) => sum + Number(el.getAttribute('data-count')), 0));
	const inWindow = await page.locator('.event-list li[data-event-id]:not([hidden])').count();
	expect(markCount + counted).toBe(inWindow);
});

test('an edge chip pans to the nearest event beyond the edge', async ({ page }) => {
	const chip = page.locator('[data-timeline] [data-track="security"] [data-edge="before"]');
	await expect(chip).toBeVisible();
	const before = await windowOf(page);
	// The nearest, worked out from the records: the security events that end before the window,
	// the latest-ending of them; the chip centres the window on it.
	const DAY = 86_400_000;
	const extent = (e: EventRecord) => [Date.parse(e.start), Date.parse(e.end ?? e.start) + DAY];
	const earlier = (await loadEvents(page))
		.filter((e) => e.track === 'security')
		.filter((e) => (extent(e)[1] as number) <= before.start);
	expect(earlier.length).toBe(Number(await chip.getAttribute('data-count')));
	const lastEnd = Math.max(...earlier.map((e) => extent(e)[1] as number));
	const centres = earlier
		.filter((e) => extent(e)[1] === lastEnd)
		.map((e) => ((extent(e)[0] as number) + (extent(e)[1] as number)) / 2);
	await chip.click();
	await expect.poll(async () => (await windowOf(page)).start).toBeLessThan(before.start);
	await expect
		.poll(async () => {
			const w = await windowOf(page);
			return Math.min(...centres.map((c) => Math.abs((w.start + w.end) / 2 - c)));
		})
		.toBeLessThanOrEqual(DAY);
	// The chip glides there along a zoom path: the length is read where the glide lands.
	expect(Math.abs((await restingWindowOf(page)).days - before.days)).toBeLessThanOrEqual(1);
});

test('Back restores the previous view', async ({ page }) => {
	await page.getByRole('button', { name: /^Filters/ }).click();
	await page.getByRole('button', { name: 'Only Economy' }).click();
	await expect(page).toHaveURL(/track=economy/);
	await page
		.getByRole('group', { name: 'Show one year' })
		.getByRole('button', { name: '2022' })
		.click();
	await expect(page).toHaveURL(/from=2022-01-01/);
	const id = await openFirstMark(page);
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
	await page.goBack();
	await expect(page.locator('[data-detail]')).toHaveCount(0);
	await expect(page).toHaveURL(/track=economy/);
	await page.goBack();
	await expect(page).not.toHaveURL(/track=/);
	await expect(page.locator('[data-active-filter]')).toHaveCount(0);
	await expect(
		page.locator('[data-timeline] [data-track="security"] [data-event-id]')
	).not.toHaveCount(0);
	await page.goForward();
	await expect(page).toHaveURL(/track=economy/);
	await expect(page.locator('[data-timeline] [data-track="security"] [data-event-id]')).toHaveCount(
		0
	);
});

test('Back from an event opened after a zoom returns to the zoomed window, and Forward to the event', async ({
	page
}) => {
	// The zoom's end rewrites the page's entry in place; opening the event adds an entry after it.
	const before = await windowOf(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await windowOf(page)).days).toBeLessThan(before.days * 0.6);
	const zoomed = await restingWindowOf(page);
	await expect(page).toHaveURL(new RegExp(`from=${zoomed.from}&`));
	const id = await openFirstMark(page);
	await expect(page).toHaveURL(new RegExp(`from=${zoomed.from}&.*event=${id}`));
	await page.goBack();
	await expect(page.locator('[data-detail]')).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	await expect(page).toHaveURL(new RegExp(`from=${zoomed.from}&`));
	await expect.poll(() => windowOf(page)).toEqual(zoomed);
	await page.goForward();
	await expect(page.locator(`[data-detail="${id}"]`)).toBeVisible();
	await expect.poll(() => windowOf(page)).toEqual(zoomed);
});

test('?event= opens that event and centres the window on it', async ({ page }) => {
	await page.goto('/?event=korus-entry-into-force-2022');
	await expect(page.locator('[data-detail="korus-entry-into-force-2022"]')).toBeVisible();
	const { from, to } = await windowOf(page);
	expect(from < '2012-03-15' && to > '2012-03-15').toBe(true);
});

test('the thread buttons jump to the other events of a thread', async ({ page }) => {
	await page.goto('/?event=extended-deterrence-commitment-2022');
	const panel = page.locator('[data-detail]');
	await expect(panel).toHaveAttribute('data-detail', 'extended-deterrence-commitment-2022');
	await panel.locator('[data-thread-event="washington-declaration-2023"]').click();
	await expect(page.locator('[data-detail]')).toHaveAttribute(
		'data-detail',
		'washington-declaration-2023'
	);
	await expect(page).toHaveURL(/event=washington-declaration-2023/);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('filters fold into a panel and the lanes stay readable', async ({ page }) => {
		await openTimeline(page);
		const panel = page.locator('#filter-panel');
		await expect(panel).toBeHidden();
		await page.getByRole('button', { name: /^Filters/ }).click();
		await expect(panel).toBeVisible();
		// The panel opens over the chart, and folds away again from its button.
		await page.getByRole('button', { name: /^Filters/ }).click();
		await expect(panel).toBeHidden();
		const svg = await page.locator('[data-timeline] svg[role="group"]').boundingBox();
		expect(svg?.width).toBeLessThanOrEqual(390);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page
			.locator('[data-timeline] [data-track] [data-event-id]:not(:has(.bar))')
			.first()
			.tap();
		await expect(page.locator('[data-detail]')).toBeVisible();
	});
});
