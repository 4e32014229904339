/** The shape each kind of event is drawn with, and how status and precision change it. */
import type { Kind, OutcomeResult, Precision, Status } from '$lib/model/event';

/** The scales a glyph is drawn at: on a point, in the export's legend, on a bar. */
export type GlyphScale = 1 | 0.8 | 0.55;

/**
 * Each kind's shape as an SVG path, at each scale it is drawn at: d3's symbols (a star for a
 * summit, a circle for dialogues, meetings, anniversaries and positions, a square, triangle,
 * wye, diamond or cross for the rest), larger for summits and smaller for positions, written
 * out here so the page carries no symbol generator. glyphs.test.ts holds them to d3's own.
 */
export const GLYPH_PATHS: Record<Kind, Record<`${GlyphScale}`, string>> = {
	summit: {
		'1': 'M0,-11.56L2.6,-3.57L10.99,-3.57L4.2,1.36L6.8,9.35L0,4.42L-6.79,9.35L-4.2,1.36L-10.99,-3.57L-2.59,-3.57Z',
		'0.8':
			'M0,-10.34L2.32,-3.19L9.83,-3.19L3.76,1.22L6.08,8.37L0,3.95L-6.08,8.37L-3.76,1.22L-9.83,-3.19L-2.32,-3.19Z',
		'0.55':
			'M0,-8.57L1.93,-2.65L8.15,-2.65L3.11,1.01L5.04,6.94L0,3.27L-5.04,6.94L-3.11,1.01L-8.15,-2.65L-1.92,-2.65Z'
	},
	dialogue: {
		'1': 'M5.35,0A5.35,5.35,0,1,1,-5.35,0A5.35,5.35,0,1,1,5.35,0',
		'0.8': 'M4.79,0A4.79,4.79,0,1,1,-4.79,0A4.79,4.79,0,1,1,4.79,0',
		'0.55': 'M3.97,0A3.97,3.97,0,1,1,-3.97,0A3.97,3.97,0,1,1,3.97,0'
	},
	meeting: {
		'1': 'M5.35,0A5.35,5.35,0,1,1,-5.35,0A5.35,5.35,0,1,1,5.35,0',
		'0.8': 'M4.79,0A4.79,4.79,0,1,1,-4.79,0A4.79,4.79,0,1,1,4.79,0',
		'0.55': 'M3.97,0A3.97,3.97,0,1,1,-3.97,0A3.97,3.97,0,1,1,3.97,0'
	},
	agreement: {
		'1': 'M-4.74,-4.74h9.49v9.49h-9.49Z',
		'0.8': 'M-4.24,-4.24h8.49v8.49h-8.48Z',
		'0.55': 'M-3.52,-3.52h7.04v7.04h-7.04Z'
	},
	initiative: {
		'1': 'M0,-8.32L7.21,4.16L-7.21,4.16Z',
		'0.8': 'M0,-7.44L6.45,3.72L-6.45,3.72Z',
		'0.55': 'M0,-6.17L5.35,3.09L-5.35,3.09Z'
	},
	exercise: {
		'1': 'M2.56,1.48L2.56,6.6L-2.56,6.6L-2.56,1.48L-6.99,-1.08L-4.43,-5.52L0,-2.96L4.43,-5.52L6.99,-1.08Z',
		'0.8':
			'M2.29,1.32L2.29,5.9L-2.29,5.9L-2.29,1.32L-6.26,-0.97L-3.97,-4.93L0,-2.64L3.97,-4.93L6.26,-0.97Z',
		'0.55':
			'M1.9,1.1L1.9,4.89L-1.9,4.89L-1.9,1.1L-5.19,-0.8L-3.29,-4.09L0,-2.19L3.29,-4.09L5.19,-0.8Z'
	},
	anniversary: {
		'1': 'M5.92,0A5.92,5.92,0,1,1,-5.92,0A5.92,5.92,0,1,1,5.92,0',
		'0.8': 'M5.29,0A5.29,5.29,0,1,1,-5.29,0A5.29,5.29,0,1,1,5.29,0',
		'0.55': 'M4.39,0A4.39,4.39,0,1,1,-4.39,0A4.39,4.39,0,1,1,4.39,0'
	},
	target: {
		'1': 'M0,-8.83L5.1,0L0,8.83L-5.1,0Z',
		'0.8': 'M0,-7.9L4.56,0L0,7.9L-4.56,0Z',
		'0.55': 'M0,-6.55L3.78,0L0,6.55L-3.78,0Z'
	},
	position: {
		'1': 'M3.99,0A3.99,3.99,0,1,1,-3.99,0A3.99,3.99,0,1,1,3.99,0',
		'0.8': 'M3.57,0A3.57,3.57,0,1,1,-3.57,0A3.57,3.57,0,1,1,3.57,0',
		'0.55': 'M2.96,0A2.96,2.96,0,1,1,-2.96,0A2.96,2.96,0,1,1,2.96,0'
	},
	external: {
		'1': 'M-6.36,-2.12L-2.12,-2.12L-2.12,-6.36L2.12,-6.36L2.12,-2.12L6.36,-2.12L6.36,2.12L2.12,2.12L2.12,6.36L-2.12,6.36L-2.12,2.12L-6.36,2.12Z',
		'0.8':
			'M-5.69,-1.9L-1.9,-1.9L-1.9,-5.69L1.9,-5.69L1.9,-1.9L5.69,-1.9L5.69,1.9L1.9,1.9L1.9,5.69L-1.9,5.69L-1.9,1.9L-5.69,1.9Z',
		'0.55':
			'M-4.72,-1.57L-1.57,-1.57L-1.57,-4.72L1.57,-4.72L1.57,-1.57L4.72,-1.57L4.72,1.57L1.57,1.57L1.57,4.72L-1.57,4.72L-1.57,1.57L-4.72,1.57Z'
	}
};

export function glyphPath(kind: Kind, scale: GlyphScale = 1): string {
	return GLYPH_PATHS[kind][`${scale}`];
}

/** Held and historical events happened: solid. Announced and planned ones are outlines. */
export function isFilled(status: Status): boolean {
	return status === 'historical' || status === 'held';
}

/** Anything not known to the day is drawn with soft ends: the edges are not dates. */
export function hasSoftEnds(precision: Precision): boolean {
	return precision !== 'day';
}

/**
 * The badge a commitment carries for its outcome, drawn as strokes in a 12 px box centred on
 * 0: a tick when done, an arrow when continued, a plus when expanded, an empty ring when the
 * later statement is silent.
 */
const OUTCOME_BADGES: Record<OutcomeResult, string> = {
	done: 'M-4.5,0.5L-1.5,3.5L4.5,-3.5',
	continued: 'M-5,0H4M1,-3L4.5,0L1,3',
	expanded: 'M-4.5,0H4.5M0,-4.5V4.5',
	'not-mentioned': 'M4,0A4,4 0 1 1 -4,0A4,4 0 1 1 4,0'
};

export function outcomeBadgePath(result: OutcomeResult): string {
	return OUTCOME_BADGES[result];
}
