import { validCatalogue } from '$lib/server/catalogue';
import { summarise } from '$lib/statements/statement';
import { quoteSources } from '$lib/synthetic/sources';
import type { PageServerLoad } from './$types';

/** The generator quotes the real statements, so what it makes would pass the validator. */
export const load: PageServerLoad = () => {
	const { statements } = validCatalogue();
	return { statements: statements.map(summarise), sources: quoteSources(statements) };
};
