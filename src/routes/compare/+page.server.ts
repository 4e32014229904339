import { validCatalogue } from '$lib/server/catalogue';
import { compareStatements } from '$lib/filter/compare';
import { summarise } from '$lib/statements/statement';
import type { PageServerLoad } from './$types';

/** The two most recent statements, the later against the earlier. */
export const load: PageServerLoad = () => {
	const { statements, events } = validCatalogue();
	const [earlier, later] = statements.slice(-2);
	if (!earlier || !later) return { earlier: null, later: null, comparison: null };
	return {
		earlier: summarise(earlier),
		later: summarise(later),
		comparison: compareStatements(events, earlier.slug, later.slug)
	};
};
