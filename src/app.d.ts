// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** Where the skip link at the top of the page leads, when not to the content. */
			skipLink?: { href: string; label: string };
			/** Set by a page shown inside another site's frame: no site navigation around it. */
			chromeless?: boolean;
		}
		interface PageState {
			/** The timeline's exact window when this history entry was written, in epoch ms: the
			 *  URL holds whole days, and Back should return to the very window the reader left. */
			window?: [number, number];
		}
	}
}

export {};
