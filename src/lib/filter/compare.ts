/**
 * Follow-through from one statement to the next: the earlier statement's commitments, each
 * with the outcome the later statement reports, counted per track and outcome; and the later
 * statement's own new commitments.
 */
import {
	OUTCOME_RESULTS,
	TRACKS,
	compareEvents,
	firstMention,
	isCommitment,
	type AllianceEvent,
	type OutcomeResult,
	type Track
} from '../model/event';

export interface TrackFollowThrough {
	track: Track;
	/** The earlier statement's records with an outcome read from the later one, by outcome then date. */
	commitments: AllianceEvent[];
	counts: Record<OutcomeResult, number>;
	/** Commitments the later statement makes first, by date. */
	newCommitments: AllianceEvent[];
}

/** One of the largest follow-throughs: a pledge and the later record that carried it out. */
export interface LeadingFollowThrough {
	pledge: AllianceEvent;
	/** The later statement's record the outcome names, when it is on file. */
	record: AllianceEvent | null;
}

export interface FollowThrough {
	earlier: string;
	later: string;
	/** The few largest follow-throughs, in the order their outcomes' `lead` gives. */
	leading: LeadingFollowThrough[];
	tracks: TrackFollowThrough[];
	/** Sums over the tracks. */
	counts: Record<OutcomeResult, number>;
	commitments: number;
	newCommitments: number;
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

export function followThrough(
	events: readonly AllianceEvent[],
	earlierSlug: string,
	laterSlug: string
): FollowThrough {
	const zeros = () =>
		Object.fromEntries(OUTCOME_RESULTS.map((r) => [r, 0])) as Record<OutcomeResult, number>;
	const order = (e: AllianceEvent) => OUTCOME_RESULTS.indexOf(e.outcome?.result ?? 'not-mentioned');
	const followed = events.filter(
		(e) => firstMention(e).statement === earlierSlug && e.outcome?.statement === laterSlug
	);
	const fresh = events.filter((e) => firstMention(e).statement === laterSlug && isCommitment(e));
	const total = zeros();
	const tracks = TRACKS.map((track): TrackFollowThrough => {
		const commitments = followed
			.filter((e) => e.track === track)
			.sort((a, b) => order(a) - order(b) || compareEvents(a, b));
		const counts = zeros();
		for (const e of commitments) {
			counts[e.outcome!.result] += 1;
			total[e.outcome!.result] += 1;
		}
		const newCommitments = fresh.filter((e) => e.track === track).sort(compareEvents);
		return { track, commitments, counts, newCommitments };
	});
	const byId = new Map(events.map((e) => [e.id, e]));
	const leading = followed
		.filter((e) => e.outcome?.lead != null)
		.sort((a, b) => a.outcome!.lead! - b.outcome!.lead!)
		.map((pledge) => ({ pledge, record: evidenceRecord(pledge, byId) }));
	return {
		earlier: earlierSlug,
		later: laterSlug,
		leading,
		tracks,
		counts: total,
		commitments: followed.length,
		newCommitments: fresh.length
	};
}

/** The later statement's record that a pledge's outcome quotes, if it names one on file. */
export function evidenceRecord(
	event: AllianceEvent,
	byId: ReadonlyMap<string, AllianceEvent>
): AllianceEvent | null {
	const id = event.outcome?.record;
	return id ? (byId.get(id) ?? null) : null;
}

/** The earlier pledges whose outcome names this record as their evidence, by date then id. */
export function pledgesFollowedBy(
	events: readonly AllianceEvent[],
	record: AllianceEvent
): AllianceEvent[] {
	return events.filter((e) => e.outcome?.record === record.id).sort(compareEvents);
}
