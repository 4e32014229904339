/** Small word lists for synthetic titles and summaries ("Dialogue on supply chains 4812"). */
import type { Kind, Track } from '../model/event';
import { KIND_LABELS } from '../model/labels';

export const TOPICS: Record<Track, readonly string[]> = {
	security: [
		'extended deterrence',
		'missile defense',
		'combined exercises',
		'nuclear consultation',
		'maritime security',
		'defense industry'
	],
	economy: [
		'supply chains',
		'critical minerals',
		'export controls',
		'investment screening',
		'energy security',
		'trade facilitation'
	],
	technology: [
		'semiconductors',
		'quantum science',
		'space cooperation',
		'cyber resilience',
		'biotechnology',
		'artificial intelligence'
	],
	global: [
		'Indo-Pacific strategy',
		'climate finance',
		'global health',
		'development aid',
		'Pacific Islands',
		'people-to-people ties'
	]
};

export const KIND_NOUNS: Record<Kind, string> = { ...KIND_LABELS, external: 'Outside event' };

const OPENERS = [
	'The allies review',
	'Officials coordinate on',
	'Both governments commit to',
	'Working groups report on',
	'Ministers take stock of',
	'Experts meet to discuss'
] as const;

const SUMMARIES = new Map(
	Object.values(TOPICS)
		.flat()
		.map((topic) => [
			topic,
			OPENERS.map((opener) => `${opener} ${topic}. A synthetic record for load tests.`)
		])
);

/** The summaries of a topic, made once and shared by every record on it. */
export const summaries = (topic: string): readonly string[] => SUMMARIES.get(topic) ?? [];
