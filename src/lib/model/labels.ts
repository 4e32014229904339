import type { Kind, Status, Track } from './event';

export const TRACK_LABELS: Record<Track, string> = {
	security: 'Security',
	economy: 'Economy',
	technology: 'Technology',
	global: 'Global'
};

export const KIND_LABELS: Record<Kind, string> = {
	summit: 'Summit',
	dialogue: 'Dialogue',
	meeting: 'Meeting',
	agreement: 'Agreement',
	initiative: 'Initiative',
	exercise: 'Exercise',
	anniversary: 'Anniversary',
	target: 'Target',
	position: 'Position',
	external: 'External event'
};

export const STATUS_LABELS: Record<Status, string> = {
	historical: 'Historical',
	held: 'Held',
	announced: 'Announced',
	planned: 'Planned',
	target: 'Target'
};
