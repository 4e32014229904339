/** The shape each kind of event is drawn with, and how status and precision change it. */
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3';
import type { Kind, OutcomeResult, Precision, Status } from '$lib/model/event';

const KIND_SYMBOLS: Record<Kind, SymbolType> = {
	summit: symbolStar,
	dialogue: symbolCircle,
	meeting: symbolCircle,
	agreement: symbolSquare,
	initiative: symbolTriangle,
	exercise: symbolWye,
	anniversary: symbolCircle,
	target: symbolDiamond,
	position: symbolCircle,
	external: symbolCross
};

/** Summits stand out; pledges made on the day are the quietest marks. */
const KIND_SIZES: Partial<Record<Kind, number>> = { summit: 150, position: 50, anniversary: 110 };

// A handful of kinds and scales, drawn for every mark of every frame: each path is made once.
const paths = new Map<string, string>();

export function glyphPath(kind: Kind, scale = 1): string {
	const key = `${kind} ${scale}`;
	let path = paths.get(key);
	if (path === undefined) {
		path = symbol(KIND_SYMBOLS[kind], (KIND_SIZES[kind] ?? 90) * scale)() ?? '';
		paths.set(key, path);
	}
	return path;
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
