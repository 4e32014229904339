import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import { expect, test, type Page } from '@playwright/test';
import { openTimeline } from './pages';

async function exportView(page: Page, format: string): Promise<string> {
	await page.getByText('Export this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`[data-export="${format}"]`).click()
	]);
	const path = await download.path();
	return readFile(path, 'utf8');
}

test('a filtered view downloads exactly its events as CSV and JSON', async ({ page }) => {
	await openTimeline(page, '/?track=economy&status=announced&from=2022-01-01&to=2024-01-01');
	const listed = await page
		.locator('.event-list li[data-event-id]:not([hidden])')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	expect(listed.length).toBeGreaterThan(5);

	const rows = csvParse(await exportView(page, 'csv'));
	expect(rows.map((r) => r.id)).toEqual(listed);
	for (const row of rows) {
		expect(row.track).toBe('economy');
		expect(row.status).toBe('announced');
	}
	await expect(page.getByRole('status')).toHaveText(`Saved ${listed.length} events as CSV.`);

	const json: { id: string }[] = JSON.parse(await exportView(page, 'json'));
	expect(json.map((e) => e.id)).toEqual(listed);
});

test('the calendar export of a view holds one entry per event in it', async ({ page }) => {
	await openTimeline(page, '/?kind=meeting,dialogue,summit');
	const listed = await page
		.locator('.event-list li[data-event-id]:not([hidden])')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
	const ics = await exportView(page, 'ics');
	const uids = [...ics.matchAll(/^UID:([a-z0-9-]+)@/gm)].map((m) => m[1]);
	expect(uids).toEqual(listed);
	expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
});

test('the SVG snapshot is well-formed, self-contained and shows every visible mark', async ({
	page
}) => {
	await openTimeline(page, '/?track=security,technology&from=2022-01-01&to=2024-01-01');
	const onScreen = await page
		.locator('[data-timeline] [data-track] [data-event-id], [data-timeline] [data-cluster]')
		.evaluateAll((els) =>
			els.map((el) => el.getAttribute('data-event-id') ?? el.getAttribute('data-cluster'))
		);
	const svg = await exportView(page, 'svg');
	const inPicture = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		if (doc.querySelector('parsererror')) return null;
		return {
			marks: [...doc.querySelectorAll('[data-event-id], [data-cluster]')].map(
				(el) => el.getAttribute('data-event-id') ?? el.getAttribute('data-cluster')
			),
			text: doc.documentElement.textContent ?? '',
			links: [...doc.querySelectorAll('[href], [src]')].length
		};
	}, svg);
	expect(inPicture).not.toBeNull();
	expect(inPicture?.marks).toEqual(onScreen);
	expect(inPicture?.text).toContain('US–ROK Alliance Timeline');
	expect(inPicture?.text).toContain('Tracks: Security, Technology');
	expect(inPicture?.text).toContain('1 Jan 2022 – 31 Dec 2023');
	expect(inPicture?.text).toContain('joint statements of 21 May 2022 and 26 Apr 2023');
	// Nothing in it reaches out: no stylesheet, font or image to fetch.
	expect(svg).not.toMatch(/@import|@font-face|<image|xlink:href="http/);
});

test('the PNG snapshot is twice the size of the picture', async ({ page }) => {
	await openTimeline(page);
	await page.getByText('Export this view').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-export="png"]').click()
	]);
	const bytes = await readFile(await download.path());
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	const width = bytes.readUInt32BE(16);
	const chartWidth = await page
		.locator('[data-timeline] svg[role="group"]')
		.evaluate((el) => (el as SVGSVGElement).width.baseVal.value);
	expect(width).toBe(Math.round(chartWidth * 2));
});
