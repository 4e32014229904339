import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The hashes of app.html's inline scripts (the saved theme, applied before the first paint),
 * read from the file itself so the policy always names the scripts as they are.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

/**
 * Where a build goes: `build/` (and SvelteKit's own output in `.svelte-kit/`) unless BUILD_DIR
 * names another folder, as the browser tests do, so that their build never replaces the files
 * of a site already running from `npm start` (`vite preview` serves `.svelte-kit/output/`).
 */
const buildDir = process.env.BUILD_DIR;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(
			buildDir
				? { strict: true, pages: `${buildDir}/site`, assets: `${buildDir}/site` }
				: { strict: true }
		),
		outDir: buildDir ? `${buildDir}/kit` : '.svelte-kit',
		// 404.html is served at whatever address was missing, so its links and assets must not
		// be relative to where it was built.
		paths: { relative: false },
		// Every page's stylesheets go in the page itself (the largest is about 10 kB), so the first
		// paint waits for no request: Lighthouse's phone runs of / saw its first paint 2.2 s after
		// the start with two stylesheets linked, and 0.25–0.45 s with them inlined.
		inlineStyleThreshold: 32768,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every script is the site's own and named by hash; nothing is fetched from elsewhere.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
