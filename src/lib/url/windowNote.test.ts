import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time/extent';
import type { TimeWindow } from '../time/extent';
import { windowNote } from './windowNote';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const span: TimeWindow = [day('1953-10-01'), day('2031-01-01')];
const MIN = 5 * DAY_MS;

describe('windowNote', () => {
	it.each([
		{
			name: 'a window shown as asked says nothing',
			asked: { from: '2023-04-20', to: '2023-04-30' },
			shown: [day('2023-04-20'), day('2023-05-01')] as TimeWindow,
			expected: null
		},
		{
			name: 'four days widened to the minimum of five',
			asked: { from: '2023-04-25', to: '2023-04-28' },
			shown: [day('2023-04-24') + DAY_MS / 2, day('2023-04-29') + DAY_MS / 2] as TimeWindow,
			expected:
				'The address asked for 25–28 Apr 2023; the narrowest window the timeline shows is 5 days, so it shows 24–29 Apr 2023.'
		},
		{
			name: 'a window past the span, moved inside it',
			asked: { from: '2040-01-01', to: '2040-12-31' },
			shown: [day('2030-01-01'), day('2031-01-01')] as TimeWindow,
			expected:
				'The address asked for 2040; the timeline covers Oct 1953 – Dec 2030, so it shows 2030.'
		}
	])('$name', ({ asked, shown, expected }) => {
		expect(windowNote(asked, shown, span, MIN)).toBe(expected);
	});
});
