import type { AllianceEvent } from '$lib/model/event';
import type { PageLoad } from './$types';

/**
 * The events come from /events.json rather than with the page's server data: prerendered, the
 * response is written into the page as JSON, which the browser reads with one `JSON.parse`,
 * where server data is a script the browser must compile and run before the page can start.
 */
export const load: PageLoad = async ({ data, fetch }) => {
	const response = await fetch('/events.json');
	if (!response.ok) throw new Error(`/events.json answered ${response.status}`);
	const events: AllianceEvent[] = await response.json();
	return { ...data, events };
};
