import { describe, expect, it } from 'vitest';
import {
	AXIS_LABELS,
	LABEL_GAP,
	axisLabelWidth,
	axisTicks,
	BREAK_HALF_WIDTH,
	clearOfBreaks,
	clearOfMajorLabels,
	type AxisTicks,
	type XMapping
} from './ticks';
import { DAY_MS, toTime, type TimeWindow } from '../time/extent';
import { lensScale } from './lens';

const w = (from: string, to: string): TimeWindow => [toTime(from), toTime(to)];

describe('axisTicks', () => {
	it.each([
		{
			name: 'the whole span in five-year steps',
			window: w('1945-01-01', '2051-01-01'),
			width: 1200,
			unit: 'year',
			step: 5,
			first: '1945',
			context: [] as string[]
		},
		{
			name: 'the whole span on a phone',
			window: w('1945-01-01', '2051-01-01'),
			width: 340,
			unit: 'year',
			step: 20,
			first: '1960',
			context: []
		},
		{
			name: 'a few years in years',
			window: w('2021-01-01', '2025-01-01'),
			width: 1200,
			unit: 'month',
			step: 3,
			first: 'Jan',
			context: ['2021', '2022', '2023', '2024']
		},
		{
			name: 'a decade in half years',
			window: w('2020-01-01', '2030-01-01'),
			width: 1200,
			unit: 'month',
			step: 6,
			first: 'Jan',
			context: ['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029']
		},
		{
			name: 'one year in months',
			window: w('2023-01-01', '2024-01-01'),
			width: 1200,
			unit: 'month',
			step: 1,
			first: 'Jan',
			context: ['2023']
		},
		{
			name: 'a month in days',
			window: w('2022-05-01', '2022-06-01'),
			width: 1200,
			unit: 'day',
			step: 1,
			first: '1',
			context: ['May 2022']
		},
		{
			name: 'a week across a month end',
			window: w('2022-05-28', '2022-06-04'),
			width: 800,
			unit: 'day',
			step: 1,
			first: '28',
			context: ['May 2022', 'June 2022']
		}
	])('$name', ({ window, width, unit, step, first, context }) => {
		const ticks = axisTicks(window, width);
		expect(ticks.unit).toBe(unit);
		expect(ticks.step).toBe(step);
		expect(ticks.major[0]?.label).toBe(first);
		expect(ticks.context.map((tick) => tick.label)).toEqual(context);
	});

	it('puts ticks where the scale puts their dates', () => {
		const { major } = axisTicks(w('2023-01-01', '2024-01-01'), 365);
		const april = major.find((tick) => tick.label === 'Apr');
		expect(april?.x).toBeCloseTo(90, 6);
	});

	it.each([
		{
			name: 'weekly ticks keep each 1st and drop a 29th that would run into it',
			window: w('2022-10-01', '2023-07-01'),
			width: 1120,
			dropped: ['2022-10-29', '2022-11-29', '2023-04-29'],
			kept: ['2022-11-01', '2022-12-01', '2023-01-01', '2023-03-01', '2023-05-01', '2023-06-01']
		},
		{
			name: 'on a phone too',
			window: w('2023-09-01', '2023-11-01'),
			width: 358,
			dropped: ['2023-09-29'],
			kept: ['2023-09-01', '2023-09-22', '2023-10-01', '2023-10-22']
		}
	])('$name', ({ window, width, dropped, kept }) => {
		const ticks = axisTicks(window, width);
		expect(ticks).toMatchObject({ unit: 'day', step: 7 });
		const times = ticks.major.map((tick) => tick.time);
		for (const day of kept) expect(times).toContain(toTime(day));
		for (const day of dropped) expect(times).not.toContain(toTime(day));
	});

	it.each([
		{
			name: 'a month name in full where it has room',
			window: w('2023-09-01', '2023-11-01'),
			width: 1120,
			context: ['September 2023', 'October 2023'],
			unnamed: 0
		},
		{
			name: 'the month under the left edge shortened before the next one',
			window: w('2023-09-20', '2023-10-31'),
			width: 358,
			context: ['Sep 2023', 'October 2023'],
			unnamed: 0
		},
		{
			name: 'down to its name alone',
			window: w('2023-09-26', '2023-10-31'),
			width: 358,
			context: ['Sep', 'October 2023'],
			unnamed: 0
		},
		{
			name: 'and left out, with the days before the next month unlabelled, when even that does not fit',
			window: w('2023-09-29', '2023-10-31'),
			width: 358,
			context: ['October 2023'],
			unnamed: 1
		},
		{
			name: 'a month starting at the right edge shortened to fit inside the chart',
			window: w('2023-08-01', '2023-09-05'),
			width: 358,
			context: ['August 2023', 'Sep'],
			unnamed: 0
		}
	])('context: $name', ({ window, width, context, unnamed }) => {
		const ticks = axisTicks(window, width);
		expect(ticks.unit).toBe('day');
		expect(ticks.context.map((tick) => tick.label)).toEqual(context);
		// Days before the first month named are not left to be read against the wrong one.
		const firstNamed = ticks.context[0]?.time ?? 0;
		const before = ticks.major.filter((tick) => tick.time < firstNamed);
		expect(before).toHaveLength(unnamed);
		expect(before.every((tick) => tick.label === null)).toBe(true);
	});

	it('keeps the line of a tick whose label would run past the right edge', () => {
		const { major } = axisTicks(w('1945-01-01', '2051-01-01'), 1120);
		expect(major.at(-1)).toMatchObject({ label: null, time: toTime('2050-01-01') });
		expect(major.at(-2)?.label).toBe('2045');
	});
});

/** Everything wrong with one axis: labels of a row closer than LABEL_GAP, past an edge, or
 *  read against a period that has no label, and ticks not where the mapping puts them. */
function problems(ticks: AxisTicks, width: number, x: XMapping): string[] {
	const found: string[] = [];
	for (const row of ['major', 'context'] as const) {
		const { fontPx, dx } = AXIS_LABELS[row];
		let previous: { label: string; x1: number } | undefined;
		for (const tick of ticks[row]) {
			if (tick.x < 0 || tick.x > width) found.push(`${row} line ${tick.key} at ${tick.x}`);
			if (row === 'major' && tick.x !== x(tick.time)) found.push(`${tick.key} not at x(time)`);
			if (tick.label === null) continue;
			const x0 = tick.x + dx;
			const x1 = x0 + axisLabelWidth(tick.label, fontPx);
			if (x0 < 0 || x1 > width) found.push(`${row} "${tick.label}" outside [0, ${width}]`);
			if (previous && x0 < previous.x1 + LABEL_GAP) {
				found.push(`${row} "${previous.label}" runs into "${tick.label}"`);
			}
			previous = { label: tick.label, x1 };
		}
	}
	if (ticks.unit !== 'year') {
		for (const tick of ticks.major) {
			if (tick.label === null) continue;
			const period = ticks.context.findLast((c) => c.time <= tick.time);
			if (!period?.label) found.push(`"${tick.label}" (${tick.key}) has no context label`);
		}
	}
	return found;
}

describe('axisTicks never lets labels collide', () => {
	const day = (iso: string) => toTime(iso);
	// Windows from the whole span down to a day, around month and year ends, a leap day and the
	// span's two ends, and the ones whose labels used to collide.
	const centres = [
		'1945-03-01',
		'1953-07-27',
		'1997-12-31',
		'2022-05-21',
		'2022-12-31',
		'2023-04-26',
		'2023-09-30',
		'2024-02-29',
		'2050-12-31'
	];
	const spans = [
		38_716, 20_000, 10_000, 3653, 1461, 730, 365, 243, 182, 120, 90, 61, 45, 30, 21, 14, 10, 7, 5,
		3, 2, 1
	];
	const windows: [string, TimeWindow][] = [
		...centres.flatMap((centre) =>
			spans.map((days): [string, TimeWindow] => {
				const middle = day(centre) + DAY_MS / 2;
				const half = (days * DAY_MS) / 2;
				return [`${days} days around ${centre}`, [middle - half, middle + half]];
			})
		),
		...[
			['1945-01-01', '2051-01-01'],
			['2022-10-01', '2023-07-01'],
			['2022-10-17', '2023-06-12'],
			['2023-09-01', '2023-11-01'],
			['2023-08-25', '2023-10-09'],
			['2023-04-02', '2023-10-01'],
			['2022-12-20', '2023-01-12'],
			['2023-04-26', '2023-04-27']
		].map(([from, to]): [string, TimeWindow] => [
			`${from} to ${to}`,
			w(from as string, to as string)
		])
	];

	it('has windows enough to mean something', () => {
		expect(windows.length).toBeGreaterThanOrEqual(50);
	});

	// The plot widths of a 1440 px and a 390 px wide screen, the screens' own widths, and the
	// plot of a 1440 px screen when the page had margins.
	it.each([1408, 358, 1440, 390, 1120])('at %i px', (width) => {
		const found = windows.flatMap(([name, window]) => {
			const x = (time: number) => ((time - window[0]) / (window[1] - window[0])) * width;
			const ticks = axisTicks(window, width);
			const labelled = ticks.major.some((tick) => tick.label !== null);
			return [...(labelled ? [] : ['no labelled tick']), ...problems(ticks, width, x)].map(
				(problem) => `${name}: ${problem}`
			);
		});
		expect(found).toEqual([]);
	});

	it('through the lens that widens the two statement days', () => {
		// As the timeline draws them: each day wants a few columns of names, within a share of
		// the width; everything else is squeezed into what is left.
		const statementDays = ['2022-05-21', '2023-04-26'].map((iso) => ({
			from: day(iso),
			to: day(iso) + DAY_MS,
			wantedPx: 960
		}));
		const found = [1408, 358].flatMap((width) =>
			windows.flatMap(([name, window]) => {
				const { x } = lensScale(window, width, statementDays, { maxShare: 0.8 });
				return problems(axisTicks(window, width, x), width, x).map(
					(problem) => `${width} px, ${name}: ${problem}`
				);
			})
		);
		expect(found).toEqual([]);
	});

	it('through a non-linear mapping', () => {
		// Stretched at the left, squeezed at the right, as a focus-plus-context scale would be.
		const width = 1120;
		const found = windows.flatMap(([name, window]) => {
			const x = (time: number) => Math.sqrt((time - window[0]) / (window[1] - window[0])) * width;
			return problems(axisTicks(window, width, x), width, x).map(
				(problem) => `${name}: ${problem}`
			);
		});
		expect(found).toEqual([]);
	});
});

describe('axisLabelWidth', () => {
	// Widths of the text as Chromium draws it in DejaVu Sans (system-ui on a stock Linux, and the
	// widest face the font stack reaches), regular at 11 px and bold (600) at 12 px.
	it.each([
		{ text: '29', fontPx: 11, drawn: 14.0 },
		{ text: 'Mar', fontPx: 11, drawn: 21.23 },
		{ text: 'May', fontPx: 11, drawn: 23.23 },
		{ text: '2050', fontPx: 11, drawn: 28.0 },
		{ text: '2023', fontPx: 12, drawn: 33.41 },
		{ text: 'Sep', fontPx: 12, drawn: 25.78 },
		{ text: 'Sep 2023', fontPx: 12, drawn: 62.95 },
		{ text: 'May 2023', fontPx: 12, drawn: 65.08 },
		{ text: 'November 2023', fontPx: 12, drawn: 106.98 },
		{ text: 'September 2023', fontPx: 12, drawn: 111.98 }
	])('$text at $fontPx px is no narrower than drawn ($drawn px)', ({ text, fontPx, drawn }) => {
		expect(axisLabelWidth(text, fontPx)).toBeGreaterThanOrEqual(drawn);
	});
});

describe('clearOfMajorLabels', () => {
	// The one "Mar" tick of 2023 drawn 1200 px wide, and where its label starts and ends.
	const major = axisTicks(w('2023-01-01', '2024-01-01'), 1200).major.filter(
		(tick) => tick.label === 'Mar'
	);
	const start = (major[0]?.x ?? 0) + AXIS_LABELS.major.dx;
	const end = start + axisLabelWidth('Mar', AXIS_LABELS.major.fontPx);
	it.each([
		{ name: 'well before it', x0: start - 100, x1: start - 50, clear: true },
		{ name: 'ending LABEL_GAP before it', x0: start - 50, x1: start - LABEL_GAP, clear: true },
		{ name: 'ending closer than that', x0: start - 50, x1: start - 1, clear: false },
		{ name: 'across it', x0: start - 10, x1: end + 10, clear: false },
		{ name: 'starting LABEL_GAP after it', x0: end + LABEL_GAP, x1: end + 60, clear: true },
		{ name: 'starting closer than that', x0: end + 1, x1: end + 60, clear: false }
	])('text $name is clear: $clear', ({ x0, x1, clear }) => {
		expect(major).toHaveLength(1);
		expect(clearOfMajorLabels(major, x0, x1)).toBe(clear);
	});

	it('ignores ticks drawn without a label', () => {
		const unlabelled = major.map((tick) => ({ ...tick, label: null }));
		expect(clearOfMajorLabels(unlabelled, start, end)).toBe(true);
	});
});

describe('clearOfBreaks', () => {
	// The 2022 statement day widened in the 2022 view, as the chart draws it at 1440 px.
	const window = w('2022-01-01', '2023-01-01');
	const day = { from: toTime('2022-05-21'), to: toTime('2022-05-22'), wantedPx: 480 };
	const lens = lensScale(window, 1400, [day], { maxShare: 0.45 });
	const ticks = axisTicks(window, 1400, lens.x);
	const { fontPx, dx } = AXIS_LABELS.major;
	const span = (tick: { x: number; label: string | null }) => {
		const x0 = tick.x + dx;
		return [x0, x0 + axisLabelWidth(tick.label ?? '', fontPx)] as const;
	};
	// The first labelled tick, and a band whose left edge falls `offset` px from its label's start.
	const tick = ticks.major.find((t) => t.label !== null)!;
	const [start, end] = span(tick);
	const bandAt = (edge: number) => [{ x0: edge, x1: edge + 200 }];
	const labelOf = (shown: ReturnType<typeof clearOfBreaks>) =>
		shown.major.find((t) => t.key === tick.key)?.label;

	it.each([
		{ name: 'well clear before the label', edge: start - 40, kept: true },
		{ name: 'ending LABEL_GAP before it', edge: start - LABEL_GAP - BREAK_HALF_WIDTH, kept: true },
		{ name: 'closer than that', edge: start - LABEL_GAP - BREAK_HALF_WIDTH + 1, kept: false },
		{ name: 'on the label', edge: (start + end) / 2, kept: false },
		{ name: 'starting LABEL_GAP after it', edge: end + LABEL_GAP + BREAK_HALF_WIDTH, kept: true },
		{ name: 'just inside that', edge: end + LABEL_GAP + BREAK_HALF_WIDTH - 1, kept: false }
	])('a break mark $name: label kept $kept', ({ edge, kept }) => {
		const shown = clearOfBreaks(ticks, bandAt(edge));
		expect(labelOf(shown)).toBe(kept ? tick.label : null);
		// The tick's line stays either way.
		expect(shown.major.map((t) => t.key)).toEqual(ticks.major.map((t) => t.key));
	});

	it('checks both edges of a band', () => {
		expect(labelOf(clearOfBreaks(ticks, [{ x0: start - 300, x1: (start + end) / 2 }]))).toBeNull();
	});

	it('leaves the ticks as they are without bands, and the context row always', () => {
		expect(clearOfBreaks(ticks, [])).toBe(ticks);
		const edges = ticks.context.map((t) => ({ x0: t.x, x1: t.x + 1 }));
		expect(clearOfBreaks(ticks, edges).context).toEqual(ticks.context);
	});

	it('through the lens: no label left within LABEL_GAP of a band edge', () => {
		const shown = clearOfBreaks(ticks, lens.bands);
		expect(lens.bands.length).toBe(1);
		for (const t of shown.major.filter((m) => m.label !== null)) {
			const [x0, x1] = span(t);
			for (const edge of lens.bands.flatMap((b) => [b.x0, b.x1])) {
				const clear =
					x1 + LABEL_GAP <= edge - BREAK_HALF_WIDTH || edge + BREAK_HALF_WIDTH + LABEL_GAP <= x0;
				expect(clear, `${t.label} at ${t.x}`).toBe(true);
			}
		}
	});
});
