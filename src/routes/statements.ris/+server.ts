export const prerender = true;

import { validCatalogue } from '$lib/server/catalogue';
import { RIS_MEDIA_TYPE, citables, ris } from '$lib/export/cite';
import type { RequestHandler } from './$types';

/** Both statements as RIS, the tagged format every reference manager imports. */
export const GET: RequestHandler = () =>
	new Response(ris(citables(validCatalogue().statements)), {
		headers: { 'content-type': RIS_MEDIA_TYPE }
	});
