export const prerender = true;

import { error } from '@sveltejs/kit';
import { svgToPng } from '$lib/server/png';
import { previewNames, previewSvg } from '$lib/server/previews';
import type { EntryGenerator, RequestHandler } from './$types';

export const entries: EntryGenerator = () => previewNames().map((name) => ({ name }));

/** A page's link-preview image, drawn at build time. */
export const GET: RequestHandler = ({ params }) => {
	if (!previewNames().includes(params.name)) error(404, `No preview named ${params.name}`);
	return new Response(svgToPng(previewSvg(params.name)) as BodyInit, {
		headers: { 'content-type': 'image/png' }
	});
};
