import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ strict: true }),
		// 404.html is served at whatever address was missing, so its links and assets must not
		// be relative to where it was built.
		paths: { relative: false },
		// Small stylesheets go in the page itself, so the first paint waits for no request.
		inlineStyleThreshold: 8192,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Every script is the site's own and named by hash; nothing is fetched from elsewhere.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
