import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

interface EventRecord {
	id: string;
	title: string;
	summary: string;
	quote: string;
	phrase: string | null;
}

const searchBox = (page: Page) => page.locator('[data-filter-search]');
const shownCount = (page: Page) => page.locator('[data-shown-count]');

/** The events whose words hold every term, worked out here from the records themselves. */
async function eventsMatching(page: Page, terms: string[]): Promise<string[]> {
	const events: EventRecord[] = await (await page.request.get('/events.json')).json();
	return events
		.filter((e) => {
			const text = [e.title, e.summary, e.quote, e.phrase ?? ''].join('\n').toLowerCase();
			return terms.every((term) => text.includes(term));
		})
		.map((e) => e.id);
}

test('a search keeps the space typed before a pause, so the next word stays a word', async ({
	page
}) => {
	await openTimeline(page);
	const expected = await eventsMatching(page, ['north', 'korea']);
	expect(expected.length).toBeGreaterThan(0);

	await searchBox(page).click();
	await searchBox(page).pressSequentially('north ');
	// The pause lets the search reach the URL, trimmed, before the next word is typed.
	await expect(page).toHaveURL(/[?&]q=north(&|$)/);
	await page.waitForTimeout(300);
	await expect(searchBox(page)).toHaveValue('north ');

	await searchBox(page).pressSequentially('korea');
	await expect(page).toHaveURL(/[?&]q=north\+korea(&|$)/);
	await expect(searchBox(page)).toHaveValue('north korea');
	await expect(shownCount(page)).toHaveAttribute('data-shown-count', String(expected.length));
});

test('Back with a search still to be written leaves the entry returned to as it was', async ({
	page
}) => {
	// The page's clock, so the search's pause passes exactly when the test says so.
	await page.clock.install();
	await openTimeline(page);
	await page.getByRole('button', { name: /^Filters/ }).click();
	await page.getByRole('button', { name: 'Only Economy' }).click();
	await expect(page).toHaveURL(/[?&]track=economy(&|$)/);
	await page.keyboard.press('Escape');

	// Back before the search's pause is over (the clock stands still from before the typing):
	// its write must not land on the entry returned to, even once the pause has long passed.
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	await searchBox(page).fill('korea');
	await page.goBack();
	await expect(page).not.toHaveURL(/track=/);
	await page.clock.runFor(1000);
	expect(new URL(page.url()).search).toBe('');
	await expect(searchBox(page)).toHaveValue('');
	// No filter in force any more: the Filters button counts none.
	await expect(page.getByRole('button', { name: /^Filters/ })).not.toHaveText(/\(\d+\)/);

	// The entry left behind still holds the track filter alone.
	await page.goForward();
	await expect(page).toHaveURL(/[?&]track=economy(&|$)/);
	await page.clock.runFor(1000);
	expect(new URL(page.url()).searchParams.get('q')).toBeNull();
});
