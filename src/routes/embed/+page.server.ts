import { validCatalogue } from '$lib/server/catalogue';
import { summarise } from '$lib/statements/statement';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	statements: validCatalogue().statements.map(summarise),
	// Framed in another site's page: the chart alone, without the site's navigation.
	chromeless: true,
	skipLink: { href: '#chart', label: 'Skip to the chart' }
});
