import { validCatalogue } from '$lib/server/catalogue';
import { followThrough } from '$lib/filter/compare';
import { summarise } from '$lib/statements/statement';
import type { PageServerLoad } from './$types';

/** The two most recent statements: the earlier one's commitments as the later one reports them. */
export const load: PageServerLoad = () => {
	const { statements, events } = validCatalogue();
	const [earlier, later] = statements.slice(-2);
	if (!earlier || !later) return { earlier: null, later: null, statements: [], report: null };
	return {
		earlier: summarise(earlier),
		later: summarise(later),
		statements: statements.map(summarise),
		report: followThrough(events, earlier.slug, later.slug)
	};
};
