import { TRACKS, type AllianceEvent, type Track } from '../model/event';

/** Number of events per primary track, every track present even when zero. */
export function countByTrack(events: readonly AllianceEvent[]): Record<Track, number> {
	const counts = Object.fromEntries(TRACKS.map((track) => [track, 0])) as Record<Track, number>;
	for (const event of events) counts[event.track] += 1;
	return counts;
}
