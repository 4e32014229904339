/** The active filters in words, for captions of exported images and files. */
import { KIND_LABELS, OUTCOME_LABELS, STATUS_LABELS, TRACK_LABELS } from '../model/labels';
import type { Filters } from './filters';

export function describeFilters(
	filters: Filters,
	statementLabel: (slug: string) => string = (slug) => slug
): string {
	const parts: string[] = [];
	if (filters.tracks.length)
		parts.push(`Tracks: ${filters.tracks.map((t) => TRACK_LABELS[t]).join(', ')}`);
	if (filters.statements.length)
		parts.push(`Statements: ${filters.statements.map(statementLabel).join(', ')}`);
	if (filters.statuses.length)
		parts.push(`Status: ${filters.statuses.map((s) => STATUS_LABELS[s]).join(', ')}`);
	if (filters.outcomes.length)
		parts.push(`Outcome: ${filters.outcomes.map((r) => OUTCOME_LABELS[r]).join(', ')}`);
	if (filters.kinds.length)
		parts.push(`Kinds: ${filters.kinds.map((k) => KIND_LABELS[k]).join(', ')}`);
	if (filters.q.trim()) parts.push(`Search: “${filters.q.trim()}”`);
	return parts.length ? parts.join(' · ') : 'All events';
}
