/**
 * A statement whose text and title carry markup meant to run (script, onerror, onclick,
 * javascript: links, an iframe, an svg onload) is rendered by the real reader page, as the
 * prerender does, and opened in Chromium: nothing runs, no such element reaches the page, and
 * the words around the markup are all still there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../e2e/chromium';
import { makeEvent } from '$lib/model/testing';
import { parseStatement } from '$lib/statements/parse';
import { buildReader } from '$lib/statements/reader';
import { summarise } from '$lib/statements/statement';
import ReaderPage from './+page.svelte';

const FILE = '2030-01-01-hostile-statement.md';
const source = readFileSync(
	fileURLToPath(new URL(`../../../lib/statements/fixtures/${FILE}`, import.meta.url)),
	'utf8'
);

function renderHostilePage(): string {
	const statement = parseStatement(source, FILE);
	const event = makeEvent({
		id: 'hostile-meeting',
		statement: statement.slug,
		quote: 'agreed to meet again',
		paragraph: 'p-1'
	});
	const citable = {
		slug: statement.slug,
		issuer: 'Example',
		title: statement.title,
		sentenceTitle: statement.title,
		date: statement.date,
		url: statement.sourceUrl
	};
	const data = {
		statement: summarise(statement),
		reader: buildReader(statement, [event]),
		citable
	};
	const { head, body } = render(ReaderPage, { props: { data } as never });
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

let browser: Browser;

beforeAll(async () => {
	browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe('a statement carrying markup', () => {
	it('renders inert in Chromium, with its words intact', async () => {
		const html = renderHostilePage();
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.setContent(html, { waitUntil: 'load' });
		// Give an onerror or onload handler every chance to have fired.
		await page.waitForTimeout(200);

		expect(await page.evaluate(() => (window as { __injected?: unknown }).__injected)).toBe(
			undefined
		);
		expect(dialogs).toEqual([]);
		const dangerous = await page.evaluate(() =>
			[
				...document.querySelectorAll(
					'script, img, iframe, svg, object, embed, [onerror], [onclick], [onload], a[href^="javascript:"]'
				)
			].map((el) => el.outerHTML.slice(0, 80))
		);
		expect(dangerous).toEqual([]);

		// The title's markup shows as text; the body's raw HTML is dropped, its words kept.
		await expect
			.poll(() => page.locator('h1').textContent())
			.toContain(`Hostile <img src=x onerror="window.__injected='title'"> statement`);
		const text = (await page.locator('main').textContent()) ?? '';
		for (const words of [
			'The leaders met',
			'in Seoul and',
			'An image follows',
			'bold words',
			'end the sentence.',
			'A link',
			'to nowhere',
			'close the text'
		]) {
			expect(text).toContain(words);
		}
		expect(await page.locator('sup').textContent()).toBe('st');
		await expect
			.poll(() => page.locator('mark[data-event-id="hostile-meeting"]').textContent())
			.toBe('agreed to meet again');
		await page.close();
	}, 60_000);
});
