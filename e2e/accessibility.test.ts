/**
 * axe on every page of the site, in both themes, at a desktop and a phone width: no violation
 * of any impact. The timeline is checked with its detail panel open, which is when it holds
 * the most: the panel, its quote and thread, on top of the chart and the list.
 */
import { expect, test, type Page } from '@playwright/test';
import { axe } from './axe';
import { openTimeline } from './pages';

const STATEMENT_PAGES = [
	'/statements/2022-05-21-us-rok-leaders-joint-statement',
	'/statements/2023-04-26-us-rok-70th-anniversary-joint-statement'
];
/** An event with a thread, so the panel lists related events too. */
const PANEL_EVENT = 'extended-deterrence-commitment-2022';

interface Route {
	name: string;
	open(page: Page): Promise<void>;
	/**
	 * A part that holds the same text in the same colours at every width, only reflowed (no style
	 * sets a colour by width): its contrast is checked at 1440 px, in each theme; at 390 px every
	 * other rule still runs on it. Reading the contrast of each of the timeline's hundreds of
	 * list entries is most of an axe pass.
	 */
	sameColoursAtAnyWidth?: string;
}

const ROUTES: Route[] = [
	{
		name: 'timeline with the detail panel open',
		open: async (page) => {
			await openTimeline(page, `/?event=${PANEL_EVENT}`);
			await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', PANEL_EVENT);
		},
		sameColoursAtAnyWidth: '.event-list'
	},
	...STATEMENT_PAGES.map((path) => ({
		name: path,
		open: async (page: Page) => {
			await page.goto(path);
		}
	})),
	{ name: '/compare', open: async (page) => void (await page.goto('/compare')) },
	{
		name: '/milestones',
		open: async (page) => void (await page.goto('/milestones')),
		// The same list as under the timeline, every entry of it.
		sameColoursAtAnyWidth: '.event-list'
	},
	{
		name: '/lab/scale',
		open: async (page) => {
			await page.goto('/lab/scale?n=2000&seed=3');
			await expect(page.locator('[data-timeline]')).toBeVisible();
		}
	},
	{
		name: 'a missing page',
		open: async (page) => {
			const response = await page.goto('/no-such-page');
			expect(response?.status()).toBe(404);
		}
	}
];

/** axe's rules that read colours: all a theme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const VIEWPORTS = [
	{ label: '1440 px', size: { width: 1440, height: 900 } },
	{ label: '390 px', size: { width: 390, height: 844 } }
];

function describeViolations(violations: { id: string; nodes: { target: unknown[] }[] }[]) {
	return violations.map(
		(v) =>
			`${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const { label, size } of VIEWPORTS) {
		test.describe(`${colorScheme}, ${label}`, () => {
			test.use({ colorScheme, viewport: size });

			for (const route of ROUTES) {
				test(`axe finds nothing on ${route.name}`, async ({ page }) => {
					// A full axe pass over the timeline's two hundred events is slow on a small machine.
					test.setTimeout(120_000);
					await route.open(page);
					const dark = await page.evaluate(
						() => getComputedStyle(document.body).backgroundColor === 'rgb(15, 20, 25)'
					);
					expect(dark).toBe(colorScheme === 'dark');
					const part = size.width < 1440 ? route.sameColoursAtAnyWidth : undefined;
					// The dark theme changes colours and nothing else (the same markup, the same
					// styles but for colour variables): in it, only the rules about colour run; every
					// other rule runs in the light theme, on the same markup.
					const scan = () =>
						colorScheme === 'dark' ? axe(page).withRules(COLOUR_RULES) : axe(page);
					const runs = part
						? [
								...(colorScheme === 'dark' ? [] : [axe(page).disableRules(['color-contrast'])]),
								scan().withRules(['color-contrast']).exclude(part)
							]
						: [scan()];
					for (const run of runs) {
						const results = await run.analyze();
						expect(describeViolations(results.violations)).toEqual([]);
					}
				});
			}
		});
	}
}

test('the chart is one labelled group of marks, each a button named title, date, track (and outcome)', async ({
	page
}) => {
	const events: {
		id: string;
		title: string;
		track: string;
		outcome: { result: string } | null;
	}[] = await (await page.request.get('/events.json')).json();
	const byId = new Map(events.map((e) => [e.id, e]));
	await openTimeline(page, '/?from=2023-04-20&to=2023-04-30');
	await expect(
		page.getByRole('group', {
			name: /^Timeline of \d+ events, showing 20 Apr 2023 to 30 Apr 2023\./
		})
	).toBeVisible();
	await expect(
		page.getByRole('button', {
			name: 'Next Generation Critical and Emerging Technologies Dialogue, 26 Apr 2023, Technology'
		})
	).toBeVisible();

	const marks = page.locator('[data-timeline] [data-track] [data-event-id]');
	const named = await marks.evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-event-id') ?? '',
			role: el.getAttribute('role'),
			name: el.getAttribute('aria-label') ?? ''
		}))
	);
	expect(named.length).toBeGreaterThan(5);
	for (const { id, role, name } of named) {
		const event = byId.get(id);
		if (!event) throw new Error(`mark for unknown event ${id}`);
		expect(role).toBe('button');
		const track = event.track.charAt(0).toUpperCase() + event.track.slice(1);
		const outcome = event.outcome
			? `, next statement: ${{ done: 'Done', continued: 'Continued', expanded: 'Expanded', 'not-mentioned': 'Not mentioned' }[event.outcome.result]}`
			: '';
		expect(name.startsWith(`${event.title}, `), name).toBe(true);
		expect(name.endsWith(`, ${track}${outcome}`), name).toBe(true);
		// Between them, the date as the timeline shows it: a year at least.
		expect(name.slice(event.title.length + 2, -(track.length + 2 + outcome.length))).toMatch(
			/\b\d{4}\b/
		);
	}
});
