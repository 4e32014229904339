/** Test support: a complete event record, with defaults for every field a case does not care about. */
import type { AllianceEvent } from './event';

export function makeEvent(fields: Partial<AllianceEvent> = {}): AllianceEvent {
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
		phrase: null,
		statement: 'seoul-2022',
		quote: 'welcomes',
		paragraph: 'p-1',
		thread: null,
		...fields
	};
}
