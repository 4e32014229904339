/**
 * Link previews, as a chat app or social site reads them: the built HTML of every page has a
 * title, a description and Open Graph and Twitter tags, and its preview image's address leads
 * to a PNG of 1200 × 630 drawn at build time.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { SITE_URL } from '../src/lib/export/site';

const SEOUL = '2022-05-21-us-rok-leaders-joint-statement';
const WASHINGTON = '2023-04-26-us-rok-70th-anniversary-joint-statement';

/** Each page and the preview image it should name. */
const PAGES: [path: string, image: string][] = [
	['/', 'home'],
	['/compare', 'compare'],
	[`/statements/${SEOUL}`, SEOUL],
	[`/statements/${WASHINGTON}`, WASHINGTON],
	['/milestones', 'home'],
	['/embed', 'home'],
	['/lab/scale', 'home'],
	['/404', 'home']
];

function decode(text: string): string {
	return text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** The content of the page's `<meta>` with this name or property, or null. */
function meta(html: string, key: string): string | null {
	for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
		const named = new RegExp(`(?:name|property)="${key.replaceAll(':', '\\:')}"`).test(tag);
		if (named) return decode(/content="([^"]*)"/.exec(tag)?.[1] ?? '');
	}
	return null;
}

async function png(request: APIRequestContext, url: string) {
	expect(url.startsWith(`${SITE_URL}/`), `${url} is on the site`).toBe(true);
	const response = await request.get(new URL(url).pathname);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const bytes = await response.body();
	return {
		signature: [...bytes.subarray(0, 8)],
		width: bytes.readUInt32BE(16),
		height: bytes.readUInt32BE(20)
	};
}

for (const [path, image] of PAGES) {
	test(`${path} has a title, a description and a preview image`, async ({ request }) => {
		const response = await request.get(path);
		const html = await response.text();
		const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
		expect(title).toContain('US–ROK Alliance Timeline');
		const description = meta(html, 'description');
		expect(description?.length).toBeGreaterThan(50);

		expect(meta(html, 'og:title')).toBe(title);
		expect(meta(html, 'og:description')).toBe(description);
		expect(meta(html, 'twitter:title')).toBe(title);
		expect(meta(html, 'twitter:description')).toBe(description);
		expect(meta(html, 'twitter:card')).toBe('summary_large_image');
		expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(20);

		const url = meta(html, 'og:image');
		expect(url).toBe(`${SITE_URL}/preview/${image}.png`);
		expect(meta(html, 'twitter:image')).toBe(url);
		expect(await png(request, url!)).toEqual({
			signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
			width: Number(meta(html, 'og:image:width')),
			height: Number(meta(html, 'og:image:height'))
		});
		expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
	});
}
