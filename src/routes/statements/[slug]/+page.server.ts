import { error } from '@sveltejs/kit';
import { citables } from '$lib/export/cite';
import { validCatalogue } from '$lib/server/catalogue';
import { buildReader } from '$lib/statements/reader';
import { summarise } from '$lib/statements/statement';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	validCatalogue().statements.map((statement) => ({ slug: statement.slug }));

export const load: PageServerLoad = ({ params }) => {
	const { statements, events } = validCatalogue();
	const statement = statements.find((s) => s.slug === params.slug);
	if (!statement) error(404, `No statement ${params.slug}`);
	const citable = citables(statements).find((c) => c.slug === statement.slug)!;
	return { statement: summarise(statement), reader: buildReader(statement, events), citable };
};
