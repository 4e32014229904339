/**
 * Where each statement's date stands over the lanes: a labelled line at its day, or, on a day
 * wide enough to hold names (widened by the lens, or zoomed in on), a label at the day's left
 * edge, with the day shaded when the lens has not already shaded it on the axis.
 */
import type { LensBand } from '../scales/lens';
import type { StatementSummary } from '../statements/statement';
import { DAY_MS, toTime } from '../time/extent';
import { formatWhen } from '../time/format';

/** A day at least this wide is drawn as a day, not as a line through its names. */
const WIDE_DAY_PX = 40;
/** Under this width a marker's label drops the word "Statement". */
const SHORT_LABELS_PX = 700;

export interface StatementMarker {
	slug: string;
	x: number;
	/** Drawn as a day rather than a line. */
	widened: boolean;
	/** The day's shade, when the lens has not shaded it on the axis. */
	shade: { x0: number; x1: number } | null;
	label: string;
	/** The label reads leftwards from x, away from a close neighbour or the plot's edge. */
	leftward: boolean;
}

export function statementMarkers(
	statements: readonly StatementSummary[],
	x: (time: number) => number,
	width: number,
	bands: readonly LensBand[]
): StatementMarker[] {
	const visible = statements
		.map((s) => {
			const day = toTime(s.date);
			const lensed = bands.some((b) => b.from === day);
			const widened = lensed || x(day + DAY_MS) - x(day) >= WIDE_DAY_PX;
			return {
				slug: s.slug,
				widened,
				shade: widened && !lensed ? { x0: x(day), x1: x(day + DAY_MS) } : null,
				x: widened ? x(day) : x(day + DAY_MS / 2),
				label:
					width < SHORT_LABELS_PX
						? formatWhen(s.date, null, 'day')
						: `Statement, ${formatWhen(s.date, null, 'day')}`
			};
		})
		.filter((m) => m.x >= 0 && m.x <= width)
		.sort((a, b) => a.x - b.x);
	return visible.map((marker, i) => {
		const room = (visible[i + 1]?.x ?? width) - marker.x;
		return { ...marker, leftward: room < marker.label.length * 7 + 12 };
	});
}
