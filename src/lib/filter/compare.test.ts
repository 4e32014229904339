import { describe, expect, it } from 'vitest';
import type { AllianceEvent } from '../model/event';
import { loadCatalogue } from '../server/catalogue';
import { compareStatements, threadLabel } from './compare';

function event(
	id: string,
	statement: string,
	thread: string | null,
	track: AllianceEvent['track'] = 'security'
): AllianceEvent {
	return {
		id,
		title: `Title ${id}`,
		summary: 's',
		track,
		tracks: [track],
		kind: 'position',
		status: 'announced',
		start: statement === 'old' ? '2022-05-21' : '2023-04-26',
		end: null,
		precision: 'day',
		phrase: null,
		statement,
		quote: 'q',
		paragraph: 'p-1',
		thread
	};
}

describe('compareStatements', () => {
	const events = [
		event('a1', 'old', 'deterrence'),
		event('a2', 'new', 'deterrence'),
		event('a3', 'new', 'deterrence', 'global'),
		event('b1', 'old', 'climate', 'global'),
		event('c1', 'new', 'space', 'technology'),
		event('d1', 'new', null, 'economy'),
		event('e1', 'other', 'deterrence')
	];
	const { threads, counts } = compareStatements(events, 'old', 'new');

	it.each([
		{
			key: 'deterrence',
			cls: 'continued',
			track: 'security',
			earlier: ['a1'],
			later: ['a2', 'a3']
		},
		{ key: 'climate', cls: 'dropped', track: 'global', earlier: ['b1'], later: [] },
		{ key: 'space', cls: 'new', track: 'technology', earlier: [], later: ['c1'] },
		{ key: 'd1', cls: 'new', track: 'economy', earlier: [], later: ['d1'] }
	])('$key is $cls in $track', ({ key, cls, track, earlier, later }) => {
		const thread = threads.find((t) => t.key === key);
		expect(thread?.class).toBe(cls);
		expect(thread?.track).toBe(track);
		expect(thread?.earlier.map((e) => e.id)).toEqual(earlier);
		expect(thread?.later.map((e) => e.id)).toEqual(later);
	});

	it('orders by lane, then class, and counts per lane', () => {
		expect(threads.map((t) => t.key)).toEqual(['deterrence', 'd1', 'space', 'climate']);
		expect(counts.security).toEqual({ continued: 1, new: 0, dropped: 0 });
		expect(counts.global).toEqual({ continued: 0, new: 0, dropped: 1 });
		expect(counts.economy).toEqual({ continued: 0, new: 1, dropped: 0 });
	});

	it('leaves out other statements and names unthreaded events by title', () => {
		expect(threads.flatMap((t) => [...t.earlier, ...t.later]).map((e) => e.id)).not.toContain('e1');
		expect(threads.find((t) => t.key === 'd1')?.label).toBe('Title d1');
	});

	it('agrees with the real data: every event of both statements in exactly one thread row', () => {
		const { events: all, statements } = loadCatalogue();
		const [first, second] = statements;
		const result = compareStatements(all, first?.slug ?? '', second?.slug ?? '');
		const ids = result.threads.flatMap((t) => [...t.earlier, ...t.later].map((e) => e.id)).sort();
		expect(ids).toEqual(all.map((e) => e.id).sort());
		const total = Object.values(result.counts).reduce(
			(sum, c) => sum + c.continued + c.new + c.dropped,
			0
		);
		expect(total).toBe(result.threads.length);
		for (const thread of result.threads) {
			const cls =
				thread.earlier.length && thread.later.length
					? 'continued'
					: thread.later.length
						? 'new'
						: 'dropped';
			expect(thread.class).toBe(cls);
		}
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
