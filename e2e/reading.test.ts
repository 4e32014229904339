/**
 * What a reader meets with an event open or a filter on: the controls over the chart stay in
 * reach while the detail panel is open, lanes are as tall as what they hold, and the chips that
 * stand for several events (or one) word their count and dates as a person would.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openChart, openTimeline, windowOf } from './pages';

interface EventRecord {
	id: string;
	start: string;
	end: string | null;
}

const SUMMIT = 'us-rok-summit-seoul-2022';

/** Whether the point at the middle of `control` hits the control itself (or a part of it). */
async function hitAtCentre(control: Locator): Promise<boolean> {
	return control.evaluate((element) => {
		const { left, top, width, height } = element.getBoundingClientRect();
		const hit = document.elementFromPoint(left + width / 2, top + height / 2);
		return hit !== null && (hit === element || element.contains(hit));
	});
}

/** The controls above the chart, each with the name a test failure reports it by. */
async function headerControls(page: Page): Promise<{ name: string; control: Locator }[]> {
	const named = (name: string, control: Locator) => ({ name, control });
	const controls = [
		...['Timeline', 'Statement of 21 May 2022', 'Statement of 26 Apr 2023'].map((name) =>
			named(name, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name }))
		),
		named('Promises 2022 → 2023', page.getByRole('link', { name: /^Promises/ })),
		named('Dark mode', page.getByRole('button', { name: 'Dark mode' })),
		named('search', page.getByRole('searchbox')),
		named('Filters', page.getByRole('button', { name: /^Filters/ })),
		named('Export this view', page.locator('summary', { hasText: 'Export this view' }))
	];
	for (const group of ['Zoom and pan', 'Show one year']) {
		const buttons = page.getByRole('group', { name: group }).getByRole('button');
		for (let i = 0; i < (await buttons.count()); i++) {
			const button = buttons.nth(i);
			const name =
				(await button.getAttribute('aria-label')) ?? (await button.textContent())?.trim() ?? '';
			controls.push(named(name, button));
		}
	}
	return controls;
}

/** The names of the controls that are out of sight or under something else. */
async function coveredControls(page: Page): Promise<string[]> {
	const covered: string[] = [];
	for (const { name, control } of await headerControls(page)) {
		const seen = (await control.isVisible()) && (await hitAtCentre(control));
		const inView = await control.evaluate((element) => {
			const { left, right, top, bottom } = element.getBoundingClientRect();
			// Within the screen and within any box that scrolls it (the year strip).
			const strip = element.closest('.years')?.getBoundingClientRect();
			const within = !strip || (left >= strip.left - 1 && right <= strip.right + 1);
			return left >= 0 && top >= 0 && right <= innerWidth && bottom <= innerHeight && within;
		});
		if (!seen || !inView) covered.push(name);
	}
	return covered;
}

/** The timeline with the event `id` open, once its panel shows; the panel. */
async function openPanel(page: Page, id: string): Promise<Locator> {
	await openTimeline(page, `/?event=${id}`);
	const panel = page.locator(`[data-detail="${id}"]`);
	await expect(panel).toBeVisible();
	return panel;
}

test.describe('an open event leaves the controls in reach', () => {
	test('at 1440 × 900 every control above the chart stays visible and clickable', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		const panel = await openPanel(page, SUMMIT);
		await expect(panel.getByRole('heading', { name: 'Biden–Yoon summit in Seoul' })).toBeFocused();
		expect((await headerControls(page)).length).toBeGreaterThan(20);
		expect(await coveredControls(page)).toEqual([]);
		// The panel is whole on the screen and covers none of the chart either.
		const box = (await panel.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(900);
		const chart = (await page.locator('[data-timeline] .plot').boundingBox())!;
		expect(chart.x + chart.width).toBeLessThanOrEqual(box.x);

		// The controls work with the panel open.
		await page.locator('summary', { hasText: 'Export this view' }).click();
		const copy = page.getByRole('button', { name: 'Copy link' });
		await expect(copy).toBeVisible();
		expect(await hitAtCentre(copy)).toBe(true);
		await copy.click();
		await expect(page.locator('.export [role="status"]')).toContainText(/link/i);

		const dark = page.getByRole('button', { name: 'Dark mode' });
		const pressed = await dark.getAttribute('aria-pressed');
		await dark.click();
		await expect(dark).not.toHaveAttribute('aria-pressed', pressed ?? '');

		await page
			.getByRole('group', { name: 'Show one year' })
			.getByRole('button', { name: '2023' })
			.click();
		await expect.poll(async () => (await windowOf(page)).from).toBe('2023-01-01');
		await expect(panel).toBeVisible();

		// Escape still closes the panel and gives the chart its whole width back.
		const narrow = chart.width;
		await panel.getByRole('heading', { level: 2 }).focus();
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-detail]')).toHaveCount(0);
		await expect
			.poll(async () => (await page.locator('[data-timeline] .plot').boundingBox())!.width)
			.toBeGreaterThan(narrow + 300);
	});

	for (const width of [960, 1000, 1024]) {
		test(`at ${width} px the panel beside the chart leaves it wide enough for two statement days`, async ({
			page
		}) => {
			// Under 600 px the chart is laid out for one statement day; the wide view holds two.
			await page.setViewportSize({ width, height: 800 });
			const panel = await openPanel(page, 'washington-declaration-2023');
			const plot = page.locator('[data-timeline] .plot');
			await expect.poll(async () => (await plot.boundingBox())!.width).toBeGreaterThanOrEqual(600);
			const chart = (await plot.boundingBox())!;
			const box = (await panel.boundingBox())!;
			expect(chart.x + chart.width).toBeLessThanOrEqual(box.x);
			expect(box.width).toBeGreaterThanOrEqual(280);
			const bands = await page
				.locator('[data-timeline] [data-lens-day] rect')
				.evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
			expect(bands).toHaveLength(2);
			expect(bands.reduce((sum, band) => sum + band, 0) / chart.width).toBeLessThanOrEqual(0.46);
		});
	}

	test('scrolled down to the list, the open panel stays on the screen beside it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		const panel = await openPanel(page, SUMMIT);
		await page.locator('#event-list-heading').scrollIntoViewIfNeeded();
		await expect(panel).toBeInViewport();
		const close = panel.getByRole('button', { name: 'Close details' });
		expect(await hitAtCentre(close)).toBe(true);
	});

	test('on a phone the panel fits the screen, and closing it gives the controls back', async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		const panel = await openPanel(page, SUMMIT);
		// The panel scrolls within its sheet; the sheet is whole on the screen.
		const sheet = page.locator('.detail-dock');
		await expect(sheet).toBeInViewport({ ratio: 1 });
		const box = (await sheet.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		const close = panel.getByRole('button', { name: 'Close details' });
		expect(await hitAtCentre(close)).toBe(true);
		await close.tap();
		await expect(page.locator('[data-detail]')).toHaveCount(0);
		// Back at the top of the page, nothing is left over the controls (the year strip scrolls
		// sideways on a phone, so the years out of its sight are not counted).
		await page.evaluate(() => scrollTo(0, 0));
		expect(
			await coveredControls(page).then((names) => names.filter((n) => !/^(\d{4}|All)$/.test(n)))
		).toEqual([]);
		await context.close();
	});
});

/**
 * For each lane with something in it: how much taller its band is than the marks, names and
 * chips it holds reach (from the band's top to the lowest of them), in CSS pixels.
 */
async function laneSlack(page: Page): Promise<Record<string, { band: number; slack: number }>> {
	return page.locator('[data-timeline] [data-track]').evaluateAll((lanes) => {
		const out: Record<string, { band: number; slack: number }> = {};
		for (const lane of lanes) {
			const band = lane.querySelector(':scope > rect.band')?.getBoundingClientRect();
			const items = [...lane.querySelectorAll('[data-event-id], [data-cluster]')];
			if (!band || items.length === 0) continue;
			const lowest = Math.max(...items.map((item) => item.getBoundingClientRect().bottom));
			out[lane.getAttribute('data-track') ?? ''] = {
				band: Math.round(band.height),
				slack: Math.round(band.bottom - lowest)
			};
		}
		return out;
	});
}

test.describe('filtered lanes are as tall as what they hold', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	for (const path of [
		'/?track=security&statement=2022&outcome=not-mentioned',
		'/?outcome=not-mentioned',
		'/?track=technology&statement=2023',
		'/?from=2023-09-01&to=2023-12-31'
	]) {
		test(`${path}: no lane stretched past what it holds, and the chart ends with its lanes`, async ({
			page
		}) => {
			await openChart(page, path);
			const lanes = await laneSlack(page);
			expect(Object.keys(lanes).length).toBeGreaterThan(0);
			for (const [track, { slack }] of Object.entries(lanes)) {
				// Room for a second line of a name and a little air, not a share of the screen.
				expect(slack, `${track}: ${JSON.stringify(lanes[track])}`).toBeLessThanOrEqual(48);
				expect(slack, track).toBeGreaterThanOrEqual(0);
			}
			const gap = await page.locator('[data-timeline] svg[role="group"]').evaluate((svg) => {
				const bottoms = [...svg.querySelectorAll('[data-track] > rect.band')].map(
					(band) => band.getBoundingClientRect().bottom
				);
				return svg.getBoundingClientRect().bottom - Math.max(...bottoms);
			});
			expect(gap).toBeLessThanOrEqual(2);
			// What follows the chart comes right after it.
			const [plot, overview] = await Promise.all([
				page.locator('[data-timeline] .plot').boundingBox(),
				page.locator('[data-timeline] .overview').boundingBox()
			]);
			expect(overview!.y - (plot!.y + plot!.height)).toBeLessThanOrEqual(40);
		});
	}

	test('Security + the 2022 statement + not mentioned: the security lane is under 200 px', async ({
		page
	}) => {
		await openChart(page, '/?track=security&statement=2022&outcome=not-mentioned');
		const { security } = await laneSlack(page);
		expect(security?.band).toBeLessThan(200);
		// An empty lane keeps its header only.
		const empty = await page
			.locator('[data-timeline] [data-track="economy"] > rect.band')
			.evaluate((band) => band.getBoundingClientRect().height);
		expect(empty).toBeLessThanOrEqual(24);
	});
});

/** Each chip's count, accessible name and the ids of the events it stands for. */
const chips = (page: Page) =>
	page.locator('[data-timeline] [data-cluster][data-cluster-ids]').evaluateAll((elements) =>
		elements.map((chip) => ({
			count: Number(chip.getAttribute('data-count')),
			label: chip.getAttribute('aria-label') ?? '',
			ids: (chip.getAttribute('data-cluster-ids') ?? '').split(' ')
		}))
	);

test.describe('chips word their count and dates as a person would', () => {
	test('a chip for one event known only as "Fall 2022" says so, and so does its list', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await openChart(page, '/?from=2022-01-01&to=2022-12-31');
		const chip = page.locator('[data-timeline] [data-cluster-ids~="ghsa-ministerial-seoul-2022"]');
		await expect(chip).toHaveAttribute('data-count', '1');
		await expect(chip).toHaveAttribute(
			'aria-label',
			/^1 global event, Fall 2022 \(.*\): show the list$/
		);
		await chip.locator('rect.chip').click();
		const list = page.getByRole('dialog', { name: '1 event' });
		await expect(list).toBeVisible();
		await expect(list.locator('.head')).toHaveText(/^\s*1 event\s*×?\s*$/);
		await expect(list.locator('[data-event-id="ghsa-ministerial-seoul-2022"] .meta')).toHaveText(
			/^Fall 2022 · /
		);
	});

	for (const [width, height, path] of [
		[1440, 900, '/'],
		[1440, 900, '/?from=2022-01-01&to=2022-12-31'],
		[390, 844, '/?from=2022-01-01&to=2022-12-31']
	] as const) {
		test(`at ${width} px, ${path}: every chip's count word agrees with its count and its dates with its list`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await openChart(page, path);
			const events: EventRecord[] = await (await page.request.get('/events.json')).json();
			const byId = new Map(events.map((e) => [e.id, e]));
			const found = await chips(page);
			expect(found.length).toBeGreaterThan(0);
			for (const { count, label, ids } of found) {
				const noun = count === 1 ? 'event' : 'events';
				expect(label).toMatch(new RegExp(`^${count} \\w+ ${noun}, `));
				// Its list, opened as a reader would, dates each event as precisely as it is known.
				const chip = page.locator(`[data-timeline] [data-cluster-ids="${ids.join(' ')}"]`);
				await chip.locator('rect.chip').click();
				const list = page.getByRole('dialog', { name: `${count} ${noun}` });
				await expect(list).toBeVisible();
				const dates = new Map<string, string>();
				for (const id of ids) {
					const meta = await list.locator(`[data-event-id="${id}"] .meta`).textContent();
					dates.set(id, (meta ?? '').split(' · ')[0]!.trim());
				}
				const records = ids.map((id) => byId.get(id)!);
				const first = records.reduce((a, b) => (b.start < a.start ? b : a));
				const last = records.reduce((a, b) => ((b.end ?? b.start) >= (a.end ?? a.start) ? b : a));
				const [from, to] = [dates.get(first.id)!, dates.get(last.id)!];
				const when = from === to ? from : `${from} to ${to}`;
				expect(label, ids.join(' ')).toContain(`${noun}, ${when}`);
				await list.getByRole('button', { name: 'Close the list' }).click();
				await expect(list).toHaveCount(0);
			}
		});
	}
});
