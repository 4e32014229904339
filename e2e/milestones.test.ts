import { expect, test } from '@playwright/test';

type EventRecord = {
	id: string;
	title: string;
	mentions: { statement: string; paragraph: string }[];
};

for (const javaScriptEnabled of [true, false]) {
	test(`/milestones lists every event with every quote and its paragraph, scripts ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		browser,
		request
	}) => {
		const events: EventRecord[] = await (await request.get('/events.json')).json();
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto('/milestones');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every milestone');
		const items = page.locator('li[data-event-id]');
		await expect(items).toHaveCount(events.length);
		expect(
			await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))
		).toEqual(events.map((e) => e.id));
		// Every statement's words: a record both statements cite shows two quotes, each linked
		// to its paragraph in the statement's text.
		const quotes = await page
			.locator('li[data-event-id] blockquote')
			.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
		expect(quotes).toHaveLength(events.reduce((sum, e) => sum + e.mentions.length, 0));
		expect(quotes.filter((quote) => quote === '')).toEqual([]);
		const first = events.find((e) => e.mentions.length > 1) ?? events[0];
		const item = page.locator(`li[data-event-id="${first.id}"]`);
		await expect(item.getByRole('heading', { name: first.title })).toBeVisible();
		for (const mention of first.mentions) {
			await expect(
				item.locator(`a[href="/statements/${mention.statement}#${mention.paragraph}"]`).first()
			).toBeAttached();
		}
		// Plain HTML: nothing to download or run, and so no control that would need a script.
		expect(scripts).toEqual([]);
		await expect(page.locator('[data-theme-toggle]')).toBeHidden();
		await context.close();
	});
}
