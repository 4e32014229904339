export const prerender = true;

import { validCatalogue } from '$lib/server/catalogue';
import { CSV_MEDIA_TYPE, eventsToCsv } from '$lib/export/csv';
import type { RequestHandler } from './$types';

/** Every validated event, one CSV row each, in the order of /events.json. */
export const GET: RequestHandler = () =>
	new Response(eventsToCsv(validCatalogue().events), {
		headers: { 'content-type': CSV_MEDIA_TYPE }
	});
