import { citables } from '$lib/export/cite';
import { validCatalogue } from '$lib/server/catalogue';
import { summarise } from '$lib/statements/statement';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	// The events themselves are read from /events.json by the universal load (+page.ts).
	const { statements } = validCatalogue();
	return {
		statements: statements.map(summarise),
		citations: citables(statements),
		// Past the controls, straight to the chart: the page's reason to be.
		skipLink: { href: '#chart', label: 'Skip to the chart' }
	};
};
