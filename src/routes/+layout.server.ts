import { validCatalogue } from '$lib/server/catalogue';
import { formatWhen } from '$lib/time/format';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({
	nav: validCatalogue().statements.map((s) => ({
		slug: s.slug,
		date: s.date,
		label: `Statement of ${formatWhen(s.date, null, 'day')}`
	}))
});
