import { describe, expect, it } from 'vitest';
import { makeEvent } from '$lib/model/testing';
import { markName } from './markName';

describe('markName', () => {
	it('names the title, the date as precise as it is known, and the track', () => {
		expect(markName(makeEvent({ title: 'Seoul summit', start: '2022-05-21' }))).toBe(
			'Seoul summit, 21 May 2022, Security'
		);
		expect(
			markName(
				makeEvent({
					title: 'Cyber talks',
					track: 'technology',
					start: '2023-09-01',
					end: '2023-11-30',
					precision: 'season'
				})
			)
		).toBe('Cyber talks, Fall 2023, Technology');
	});

	it('adds what the next statement reports of a commitment', () => {
		const event = makeEvent({
			title: 'Space dialogue',
			outcome: {
				result: 'done',
				statement: 'washington-2023',
				paragraph: 'p-4',
				quote: 'launched',
				start: null,
				end: null,
				precision: null,
				record: null,
				lead: null
			}
		});
		expect(markName(event)).toBe('Space dialogue, 21 May 2022, Security, next statement: Done');
	});

	it('words a changed record anew, though it keeps its id', () => {
		const event = makeEvent({ title: 'Talks' });
		expect(markName(event)).toBe('Talks, 21 May 2022, Security');
		expect(markName({ ...event, title: 'Other talks' })).toBe('Other talks, 21 May 2022, Security');
	});
});
