/**
 * What to tell a reader whose address named a window the timeline cannot show as asked: too
 * narrow (the view keeps a minimum width), or reaching past the events' span. The address is
 * rewritten to the window shown; without a word, the reader would not know why.
 */
import type { IsoDate } from '../model/event';
import { DAY_MS, fromTime, type TimeWindow } from '../time/extent';
import { formatWhen } from '../time/format';
import { windowOfDays } from './viewState';

const daysText = (window: TimeWindow): string =>
	formatWhen(fromTime(window[0]), fromTime(Math.max(window[0], window[1] - 1)), 'day');

/** The sentence to show, or null when the window shown is the one asked for (to the day). */
export function windowNote(
	asked: { from: IsoDate; to: IsoDate },
	shown: TimeWindow,
	span: TimeWindow,
	minMs: number
): string | null {
	const wanted = windowOfDays(asked.from, asked.to);
	// A window shown as asked is the asked one to the millisecond; a minute's leeway is plenty.
	if (Math.abs(shown[0] - wanted[0]) < 60_000 && Math.abs(shown[1] - wanted[1]) < 60_000) {
		return null;
	}
	const why =
		wanted[1] - wanted[0] < minMs
			? `the narrowest window the timeline shows is ${Math.round(minMs / DAY_MS)} days`
			: `the timeline covers ${daysText(span)}`;
	return `The address asked for ${daysText(wanted)}; ${why}, so it shows ${daysText(shown)}.`;
}
