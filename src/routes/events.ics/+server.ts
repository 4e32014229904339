export const prerender = true;

import { validCatalogue } from '$lib/server/catalogue';
import { ICS_MEDIA_TYPE, eventsToIcs } from '$lib/export/ics';
import { SITE_URL } from '$lib/export/site';
import type { RequestHandler } from './$types';

/** Every validated event as a calendar entry, in the order of /events.json. */
export const GET: RequestHandler = () => {
	const { statements, events } = validCatalogue();
	// DTSTAMP from the data, not the clock: the same data builds the same file.
	const newest = statements.map((s) => s.date).reduce((a, b) => (b > a ? b : a), '1970-01-01');
	const body = eventsToIcs(events, {
		siteUrl: SITE_URL,
		statementTitles: Object.fromEntries(statements.map((s) => [s.slug, s.title])),
		now: new Date(`${newest}T00:00:00Z`)
	});
	return new Response(body, { headers: { 'content-type': ICS_MEDIA_TYPE } });
};
