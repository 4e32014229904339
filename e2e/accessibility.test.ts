/**
 * axe on every page of the site, in both themes, at a desktop and a phone width: no violation
 * of any impact. The timeline is checked with its detail panel open, which is when it holds
 * the most: the panel, its quote and thread, on top of the chart and the list.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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
}

const ROUTES: Route[] = [
	{
		name: 'timeline with the detail panel open',
		open: async (page) => {
			await openTimeline(page, `/?event=${PANEL_EVENT}`);
			await expect(page.locator('[data-detail]')).toHaveAttribute('data-detail', PANEL_EVENT);
		}
	},
	...STATEMENT_PAGES.map((path) => ({
		name: path,
		open: async (page: Page) => {
			await page.goto(path);
		}
	})),
	{ name: '/compare', open: async (page) => void (await page.goto('/compare')) },
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
					const results = await new AxeBuilder({ page }).analyze();
					expect(describeViolations(results.violations)).toEqual([]);
				});
			}
		});
	}
}
