/**
 * What one statement carried on from another: each thread's events in the earlier and the
 * later statement, classed as continued, new, or not carried forward.
 */
import { TRACKS, type AllianceEvent, type Track } from '../model/event';

export type ThreadClass = 'continued' | 'new' | 'dropped';
export const THREAD_CLASSES: readonly ThreadClass[] = ['continued', 'new', 'dropped'];

export interface ThreadComparison {
	/** The thread, or the event's id for an event that has none. */
	key: string;
	label: string;
	track: Track;
	earlier: AllianceEvent[];
	later: AllianceEvent[];
	class: ThreadClass;
}

export interface Comparison {
	threads: ThreadComparison[];
	counts: Record<Track, Record<ThreadClass, number>>;
}

const ACRONYMS = new Set(['dprk', 'unsc', 'ipef', 'korus', 'ran', 'us', 'rok']);
/** Names whose hyphens or capitals a plain rule would get wrong. */
const THREAD_NAMES: Record<string, string> = {
	'indo-pacific-strategy': 'Indo-Pacific strategy',
	'south-china-sea': 'South China Sea',
	'taiwan-strait': 'Taiwan Strait',
	'southeast-asia-pacific': 'Southeast Asia and the Pacific',
	'summit-for-democracy': 'Summit for Democracy',
	'people-to-people': 'People-to-people ties',
	'investment-screening-export-control': 'Investment screening and export control'
};

/** "open-ran" → "Open RAN", "dprk-cyber" → "DPRK cyber". */
export function threadLabel(thread: string): string {
	const named = THREAD_NAMES[thread];
	if (named) return named;
	const words = thread.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word));
	const first = words[0] ?? '';
	return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

/** The lane most of a thread's events sit in; ties go to the earlier lane. */
function mainTrack(events: readonly AllianceEvent[]): Track {
	const counts = new Map<Track, number>();
	for (const event of events) counts.set(event.track, (counts.get(event.track) ?? 0) + 1);
	return TRACKS.reduce(
		(best, track) => ((counts.get(track) ?? 0) > (counts.get(best) ?? 0) ? track : best),
		TRACKS[0]
	);
}

export function compareStatements(
	events: readonly AllianceEvent[],
	earlierSlug: string,
	laterSlug: string
): Comparison {
	const groups = new Map<
		string,
		{ label: string; earlier: AllianceEvent[]; later: AllianceEvent[] }
	>();
	for (const event of events) {
		const side =
			event.statement === earlierSlug ? 'earlier' : event.statement === laterSlug ? 'later' : null;
		if (!side) continue;
		const key = event.thread ?? event.id;
		const group = groups.get(key) ?? {
			label: event.thread ? threadLabel(event.thread) : event.title,
			earlier: [],
			later: []
		};
		group[side].push(event);
		groups.set(key, group);
	}

	const order = (c: ThreadClass) => THREAD_CLASSES.indexOf(c);
	const threads = [...groups.entries()]
		.map(([key, group]): ThreadComparison => ({
			key,
			...group,
			track: mainTrack([...group.earlier, ...group.later]),
			class: group.earlier.length === 0 ? 'new' : group.later.length === 0 ? 'dropped' : 'continued'
		}))
		.sort(
			(a, b) =>
				TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) ||
				order(a.class) - order(b.class) ||
				a.label.localeCompare(b.label, 'en')
		);

	const counts = Object.fromEntries(
		TRACKS.map((track) => [track, { continued: 0, new: 0, dropped: 0 }])
	) as Comparison['counts'];
	for (const thread of threads) counts[thread.track][thread.class] += 1;
	return { threads, counts };
}
