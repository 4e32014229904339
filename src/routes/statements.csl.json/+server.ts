export const prerender = true;

import { validCatalogue } from '$lib/server/catalogue';
import { CSL_JSON_MEDIA_TYPE, citables, cslJson } from '$lib/export/cite';
import type { RequestHandler } from './$types';

/** Both statements as CSL-JSON, for Zotero and other reference managers to import. */
export const GET: RequestHandler = () =>
	new Response(cslJson(citables(validCatalogue().statements)), {
		headers: { 'content-type': CSL_JSON_MEDIA_TYPE }
	});
