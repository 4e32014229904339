/**
 * The snippet that puts a view of the timeline in another site's page: an `<iframe>` of
 * `/embed` with the view's query, 640 × 400 (the size the embed is made legible at).
 */

export const EMBED_SIZE = { width: 640, height: 400 } as const;

const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** `origin` is the site's (`https://…`, no trailing slash); `search` the view's query, `?…` or empty. */
export function embedSnippet(origin: string, search: string, title: string): string {
	const src = `${origin}/embed${search}`;
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
		`width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border: 0; max-width: 100%" ` +
		`loading="lazy"></iframe>`
	);
}
