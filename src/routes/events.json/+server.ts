export const prerender = true;

import { json } from '@sveltejs/kit';
import { validCatalogue } from '$lib/server/catalogue';
import type { RequestHandler } from './$types';

/** Every validated event in canonical form, by start then id. */
export const GET: RequestHandler = () => json(validCatalogue().events);
