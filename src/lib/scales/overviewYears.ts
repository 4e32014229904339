/**
 * The year labels of the overview strip: every year in the focus, where a year is wide enough to
 * carry its own label, and round years in the compressed context, as sparse as the room asks.
 * No two labels closer than a label's width; where they would be, the focus's labels win.
 */
import type { OverviewPart, OverviewScale } from './overview';

/** The room one label needs, centre to centre: a four-digit year at 10px and a gap. */
export const LABEL_PX = 30;

/** Steps in years, finest first: the focus may label every year, the context every decade. */
const FOCUS_STEPS = [1, 2, 5, 10, 20, 25, 50];
const CONTEXT_STEPS = [10, 20, 25, 50];
/** The coarsest step, where nothing finer fits. */
const LAST_STEP = 100;

const YEAR_MS = 365.2425 * 86_400_000;

export interface YearMark {
	year: number;
	/** The pixel of 1 January of the year. */
	tick: number;
	/** The label's centre: the middle of the year where the year is labelled as a band. */
	x: number;
	/** In the focus, where the year is labelled as the band it spans. */
	band: boolean;
	focus: boolean;
}

function partMarks(part: OverviewPart, scale: OverviewScale, labelPx: number): YearMark[] {
	const focus = part.kind === 'focus';
	const pxPerYear = (part.x1 - part.x0) / ((part.to - part.from) / YEAR_MS);
	const steps = focus ? FOCUS_STEPS : CONTEXT_STEPS;
	const step = steps.find((s) => s * pxPerYear >= labelPx) ?? LAST_STEP;
	const band = focus && step === 1;
	const half = labelPx / 2;
	const marks: YearMark[] = [];
	const first = new Date(part.from).getUTCFullYear();
	for (let year = Math.ceil(first / step) * step; Date.UTC(year, 0, 1) < part.to; year += step) {
		const start = Date.UTC(year, 0, 1);
		if (start < part.from) continue;
		const tick = scale.toX(start);
		const centre = band
			? (tick + scale.toX(Math.min(Date.UTC(year + 1, 0, 1), part.to))) / 2
			: tick;
		// A label at an end of the strip is moved in to fit, not cut off.
		const x = Math.min(Math.max(centre, half), scale.width - half);
		marks.push({ year, tick, x, band, focus });
	}
	return marks;
}

/** The labelled years, left to right. */
export function yearMarks(scale: OverviewScale, labelPx = LABEL_PX): YearMark[] {
	const ofKind = (kind: OverviewPart['kind']) =>
		scale.parts
			.filter((part) => part.kind === kind)
			.flatMap((part) => partMarks(part, scale, labelPx));
	const candidates = [...ofKind('focus'), ...ofKind('context')];
	const kept: YearMark[] = [];
	for (const mark of candidates) {
		if (kept.every((other) => Math.abs(other.x - mark.x) >= labelPx)) kept.push(mark);
	}
	return kept.sort((a, b) => a.tick - b.tick);
}
