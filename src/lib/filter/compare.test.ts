import { describe, expect, it } from 'vitest';
import type { AllianceEvent, OutcomeResult } from '../model/event';
import { makeEvent } from '../model/testing';
import { evidenceRecord, followThrough, pledgesFollowedBy, threadLabel } from './compare';

const OLD = '2022-05-21-old';
const NEW = '2023-04-26-new';

function commitment(
	id: string,
	track: AllianceEvent['track'],
	result: OutcomeResult | null,
	fields: Partial<AllianceEvent> = {}
): AllianceEvent {
	return makeEvent({
		id,
		track,
		tracks: [track],
		kind: 'initiative',
		status: 'announced',
		statement: OLD,
		outcome:
			result === null
				? null
				: {
						result,
						statement: NEW,
						paragraph: result === 'not-mentioned' ? null : 'p-2',
						quote: result === 'not-mentioned' ? null : 'words',
						start: null,
						end: null,
						precision: null,
						record: null,
						lead: null
					},
		...fields
	});
}

describe('followThrough', () => {
	const events = [
		commitment('s-done', 'security', 'done', { start: '2022-06-01' }),
		commitment('s-silent', 'security', 'not-mentioned'),
		commitment('s-done-early', 'security', 'done', { start: '2022-05-21' }),
		commitment('e-more', 'economy', 'expanded'),
		commitment('g-on', 'global', 'continued'),
		// A position of the earlier statement counts once it carries an outcome…
		commitment('g-pledge', 'global', 'continued', { kind: 'position' }),
		// …and not without one.
		commitment('g-stance', 'global', null, { kind: 'position' }),
		// The later statement's own commitments are new; its positions and outside events are not.
		makeEvent({
			id: 'n-plan',
			track: 'technology',
			kind: 'dialogue',
			status: 'planned',
			start: '2023-05-01',
			statement: NEW
		}),
		makeEvent({
			id: 'n-stance',
			track: 'technology',
			kind: 'position',
			status: 'announced',
			statement: NEW
		}),
		makeEvent({
			id: 'n-past',
			track: 'technology',
			kind: 'external',
			status: 'historical',
			statement: NEW
		}),
		// A record first cited by the earlier statement is never new in the later one.
		makeEvent({
			id: 'both',
			kind: 'agreement',
			status: 'historical',
			mentions: [
				{ statement: OLD, paragraph: 'p-1', phrase: null, quote: 'a' },
				{ statement: NEW, paragraph: 'p-1', phrase: null, quote: 'b' }
			]
		})
	];
	const result = followThrough(events, OLD, NEW);
	const track = (name: AllianceEvent['track']) => result.tracks.find((t) => t.track === name)!;

	const cases: { name: string; actual: () => unknown; expected: unknown }[] = [
		{
			name: 'security commitments, by outcome then date',
			actual: () => track('security').commitments.map((e) => e.id),
			expected: ['s-done-early', 's-done', 's-silent']
		},
		{
			name: 'security counts',
			actual: () => track('security').counts,
			expected: { done: 2, continued: 0, expanded: 0, 'not-mentioned': 1 }
		},
		{
			name: 'global counts include a position with an outcome only',
			actual: () => track('global').commitments.map((e) => e.id),
			expected: ['g-on', 'g-pledge']
		},
		{
			name: 'new commitments of the later statement',
			actual: () => result.tracks.flatMap((t) => t.newCommitments.map((e) => e.id)),
			expected: ['n-plan']
		},
		{
			name: 'totals add the tracks up',
			actual: () => [result.commitments, result.counts, result.newCommitments],
			expected: [6, { done: 2, continued: 2, expanded: 1, 'not-mentioned': 1 }, 1]
		},
		{
			name: 'every track is listed, in lane order',
			actual: () => result.tracks.map((t) => t.track),
			expected: ['security', 'economy', 'technology', 'global']
		}
	];
	it.each(cases)('$name', ({ actual, expected }) => {
		expect(actual()).toEqual(expected);
	});

	it('reads outcomes only from the statement it is asked about', () => {
		expect(followThrough(events, OLD, 'another').commitments).toBe(0);
		expect(followThrough(events, 'another', NEW).commitments).toBe(0);
	});
});

describe('threadLabel', () => {
	it.each([
		['extended-deterrence', 'Extended deterrence'],
		['open-ran', 'Open RAN'],
		['dprk-cyber', 'DPRK cyber'],
		['korus', 'KORUS'],
		['south-china-sea', 'South China Sea']
	])('%s → %s', (thread, label) => {
		expect(threadLabel(thread)).toBe(label);
	});
});

describe('largest follow-throughs and the records that carry them', () => {
	const declaration = makeEvent({
		id: 'declaration',
		kind: 'agreement',
		status: 'held',
		start: '2023-04-26',
		statement: NEW
	});
	const outcome = (id: string, result: OutcomeResult, lead: number | null, record: string | null) =>
		commitment(id, 'security', result, {
			outcome: {
				result,
				statement: NEW,
				paragraph: 'p-1',
				quote: 'words',
				start: null,
				end: null,
				precision: null,
				record,
				lead
			}
		});
	const deterrence = outcome('deterrence', 'expanded', 1, 'declaration');
	const defense = outcome('defense', 'expanded', null, 'declaration');
	const visit = outcome('visit', 'done', 2, 'missing-record');
	const talks = outcome('talks', 'continued', null, null);
	const events = [visit, talks, defense, deterrence, declaration];

	it('lists the leading follow-throughs in their places, each with its record when on file', () => {
		const report = followThrough(events, OLD, NEW);
		expect(report.leading.map((l) => [l.pledge.id, l.record?.id ?? null])).toEqual([
			['deterrence', 'declaration'],
			['visit', null]
		]);
	});

	it('finds the record a pledge names, and the pledges a record carries', () => {
		const byId = new Map(events.map((e) => [e.id, e]));
		expect(evidenceRecord(deterrence, byId)?.id).toBe('declaration');
		expect(evidenceRecord(talks, byId)).toBeNull();
		expect(evidenceRecord(visit, byId)).toBeNull();
		expect(pledgesFollowedBy(events, declaration).map((e) => e.id)).toEqual([
			'defense',
			'deterrence'
		]);
		expect(pledgesFollowedBy(events, talks)).toEqual([]);
	});
});
