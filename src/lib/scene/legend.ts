/**
 * What the marks mean, in one place for the legend under the chart and the one drawn into
 * exported pictures, so the two cannot tell different stories.
 */
import { OUTCOME_RESULTS, type Kind, type OutcomeResult } from '$lib/model/event';
import { OUTCOME_LABELS } from '$lib/model/labels';

export interface LegendShape {
	/** The kinds drawn with this shape; the first one's glyph stands for them all. */
	kinds: readonly [Kind, ...Kind[]];
	label: string;
}

export const LEGEND_SHAPES: readonly LegendShape[] = [
	{ kinds: ['summit'], label: 'Summit' },
	{ kinds: ['dialogue', 'meeting'], label: 'Dialogue or meeting' },
	{ kinds: ['agreement'], label: 'Agreement' },
	{ kinds: ['initiative'], label: 'Initiative' },
	{ kinds: ['exercise'], label: 'Exercise' },
	{ kinds: ['target'], label: 'Target' },
	{ kinds: ['external'], label: 'Outside event' },
	{ kinds: ['position', 'anniversary'], label: 'Pledge or anniversary' }
];

/** How status and precision change a mark. */
export const LEGEND_STYLES = {
	filled: 'Filled: held or historical',
	outline: 'Outline: announced or planned',
	solidBar: 'Solid bar: several known days',
	softBar: 'Soft ends: sometime within a month, season, year or window'
} as const;

/** The badge a commitment carries: what the next statement reports of it. */
export const LEGEND_OUTCOMES: readonly { result: OutcomeResult; label: string }[] =
	OUTCOME_RESULTS.map((result) => ({
		result,
		label: `Next statement: ${OUTCOME_LABELS[result].toLowerCase()}`
	}));
