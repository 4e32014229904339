/** Test support: a complete event record, with defaults for every field a case does not care about. */
import type { AllianceEvent, Mention } from './event';

/**
 * `statement`, `paragraph`, `phrase` and `quote` set the record's one mention; pass `mentions`
 * for a record cited by several statements.
 */
export function makeEvent(fields: Partial<AllianceEvent> & Partial<Mention> = {}): AllianceEvent {
	const { statement, paragraph, phrase, quote, ...record } = fields;
	return {
		id: 'summit',
		title: 'Summit',
		summary: 'They meet.',
		track: 'security',
		tracks: ['security'],
		kind: 'summit',
		status: 'held',
		start: '2022-05-21',
		end: null,
		precision: 'day',
		thread: null,
		mentions: [
			{
				statement: statement ?? 'seoul-2022',
				paragraph: paragraph ?? 'p-1',
				phrase: phrase ?? null,
				quote: quote ?? 'welcomes'
			}
		],
		outcome: null,
		...record
	};
}
