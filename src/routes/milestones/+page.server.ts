import { validCatalogue } from '$lib/server/catalogue';
import { summarise } from '$lib/statements/statement';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { statements, events } = validCatalogue();
	return { events, statements: statements.map(summarise) };
};
