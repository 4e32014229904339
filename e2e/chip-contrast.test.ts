import { expect, test, type Page } from '@playwright/test';
import { contrastRatio } from '../src/lib/components/contrast';
import { openChart } from './pages';

// axe cannot judge text drawn over a halo or on an SVG shape, so the colours are read back
// from the page and compared by the WCAG formula.
const TRACKS = ['security', 'economy', 'technology', 'global'];

/** Every theme the stylesheet has: the system's two, and each chosen against the other. */
const THEMES = [
	{ name: 'light', system: 'light', chosen: null },
	{ name: 'dark', system: 'dark', chosen: null },
	{ name: 'dark chosen on a light system', system: 'light', chosen: 'dark' },
	{ name: 'light chosen on a dark system', system: 'dark', chosen: 'light' }
] as const;

async function useTheme(page: Page, theme: (typeof THEMES)[number]) {
	await page.emulateMedia({ colorScheme: theme.system });
	await page.evaluate((chosen) => {
		if (chosen) document.documentElement.dataset.theme = chosen;
		else delete document.documentElement.dataset.theme;
	}, theme.chosen);
}

test('chip counts reach 4.5:1 against their halo in every track and theme', async ({ page }) => {
	// The whole span on a phone: every lane folds its crowded days into chips (wider, the
	// widened statement days leave some lanes none).
	await page.setViewportSize({ width: 390, height: 844 });
	await openChart(page, '/?from=1945-01-01&to=2050-01-01');
	for (const theme of THEMES) {
		await useTheme(page, theme);
		for (const track of TRACKS) {
			const text = page
				.locator(`[data-timeline] [data-track="${track}"] [data-cluster] text`)
				.first();
			const { fill, stroke } = await text.evaluate((el) => {
				const style = getComputedStyle(el);
				return { fill: style.fill, stroke: style.stroke };
			});
			expect(
				contrastRatio(fill, stroke),
				`${theme.name}, ${track}: ${fill} on ${stroke}`
			).toBeGreaterThanOrEqual(4.5);
		}
	}
});

test('edge chip counts reach 4.5:1 against their chip in every theme', async ({ page }) => {
	await openChart(page, '/?from=2023-04-24&to=2023-04-29');
	const chips = page.locator('[data-timeline] [data-edge]');
	expect(await chips.count()).toBeGreaterThan(0);
	for (const theme of THEMES) {
		await useTheme(page, theme);
		for (const chip of await chips.all()) {
			const { fill, background } = await chip.evaluate((el) => ({
				fill: getComputedStyle(el.querySelector('text') as Element).fill,
				background: getComputedStyle(el.querySelector('rect') as Element).fill
			}));
			expect(
				contrastRatio(fill, background),
				`${theme.name}: ${fill} on ${background}`
			).toBeGreaterThanOrEqual(4.5);
		}
	}
});
