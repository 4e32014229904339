import { describe, expect, it } from 'vitest';
import { TRACKS, type AllianceEvent } from '../model/event';
import { loadCatalogue } from '../server/catalogue';
import { textMetrics } from './textMetrics';
import { DAY_MS, toTime, type TimeWindow } from '../time/extent';
import {
	indexTracks,
	layoutTimeline,
	captionChips,
	spreadWithinDay,
	columnsWithinDay,
	type TimelineLayoutOptions
} from './timeline';

const OPTIONS: TimelineLayoutOptions = {
	barRows: 2,
	maxRows: 3,
	radius: 7,
	gap: 4,
	chipWidth: 40,
	labelFontPx: 12
};

function event(id: string, overrides: Partial<AllianceEvent> = {}): AllianceEvent {
	return {
		id,
		title: id,
		summary: 's',
		track: 'security',
		tracks: ['security'],
		kind: 'position',
		status: 'announced',
		start: '2022-05-21',
		end: null,
		precision: 'day',
		thread: null,
		mentions: [{ statement: 'x', paragraph: 'p-1', phrase: null, quote: 'q' }],
		outcome: null,
		...overrides
	};
}

const pixels = (window: TimeWindow, width: number) => (time: number) =>
	((time - window[0]) / (window[1] - window[0])) * width;

describe('layoutTimeline', () => {
	const window: TimeWindow = [toTime('2022-05-01'), toTime('2022-06-01')];
	const x = pixels(window, 310);

	it.each([
		{
			name: 'a single day is a point at the middle of its day',
			e: event('a'),
			isBar: false,
			x0: 200 + 5 - 7,
			x1: 200 + 5 + 7
		},
		{
			name: 'a month is a bar across it',
			e: event('b', { start: '2022-05-01', end: '2022-05-31', precision: 'month' }),
			isBar: true,
			x0: 0,
			x1: 310
		},
		{
			name: 'known days in a row are a bar',
			e: event('c', { start: '2022-05-10', end: '2022-05-12' }),
			isBar: true,
			x0: 90,
			x1: 120
		},
		{
			name: 'a short window from afar is a point',
			e: event('d', { start: '2022-05-10', end: '2022-05-10', precision: 'approximate' }),
			isBar: false,
			x0: 95 - 7,
			x1: 95 + 7
		}
	])('$name', ({ e, isBar, x0, x1 }) => {
		const [mark] = layoutTimeline(indexTracks([e]), window, 310, x, OPTIONS).security.marks;
		expect(mark?.isBar).toBe(isBar);
		expect(mark?.x0).toBeCloseTo(x0, 6);
		expect(mark?.x1).toBeCloseTo(x1, 6);
	});

	it('puts each event in its own track and lists those beyond the edges, nearest first', () => {
		const lanes = layoutTimeline(
			indexTracks([
				event('earlier', { start: '2020-01-01' }),
				event('early', { start: '2021-01-01' }),
				event('spanning', { start: '2022-04-01', end: '2022-07-31', precision: 'approximate' }),
				event('inside', { track: 'economy', tracks: ['economy'] }),
				event('later', { start: '2023-01-01' })
			]),
			window,
			310,
			x,
			OPTIONS
		);
		expect(lanes.security.before).toEqual({
			count: 2,
			nearest: expect.objectContaining({ id: 'early' })
		});
		expect(lanes.security.after).toEqual({
			count: 1,
			nearest: expect.objectContaining({ id: 'later' })
		});
		expect(lanes.security.marks.map((m) => m.event.id)).toEqual(['spanning']);
		expect(lanes.economy.marks.map((m) => m.event.id)).toEqual(['inside']);
		expect(lanes.global.marks).toEqual([]);
	});

	it('stacks a crowded day one named mark per row, the summit on top, the rest in one chip', () => {
		const crowd = [
			event('summit', { kind: 'summit' }),
			...Array.from({ length: 8 }, (_, i) => event(`pledge-${i}`))
		];
		const lane = layoutTimeline(indexTracks(crowd), window, 310, x, OPTIONS).security;
		expect(lane.marks.map((m) => [m.event.id, m.row])).toEqual([
			['summit', 0],
			['pledge-0', 1],
			['pledge-1', 2]
		]);
		expect(lane.marks.every((m) => m.label !== null)).toBe(true);
		expect(lane.rows).toEqual({ bars: 0, points: 3, chips: true });
		expect(lane.clusters).toHaveLength(1);
		expect(lane.clusters[0]?.events.map((e) => e.id)).toEqual(
			Array.from({ length: 6 }, (_, i) => `pledge-${i + 2}`)
		);
		const few = layoutTimeline(
			indexTracks(crowd.slice(0, 3).reverse()),
			window,
			310,
			x,
			OPTIONS
		).security;
		expect(few.marks.find((m) => m.row === 0)?.event.id).toBe('summit');
	});

	it('accounts for every real event exactly once at every zoom, from a century to a few days', () => {
		const { events } = loadCatalogue();
		const span: TimeWindow = [toTime('1945-01-01'), toTime('2051-01-01')];
		const centre = toTime('2022-05-21');
		for (const width of [390, 1200]) {
			for (let days = (span[1] - span[0]) / DAY_MS; days >= 5; days /= 3) {
				const w: TimeWindow = [centre - (days / 2) * DAY_MS, centre + (days / 2) * DAY_MS];
				const lanes = layoutTimeline(indexTracks(events), w, width, pixels(w, width), OPTIONS);
				const seen: string[] = [];
				let beyond = 0;
				for (const track of TRACKS) {
					const lane = lanes[track];
					expect(lane.density).toBeNull();
					seen.push(...lane.marks.map((m) => m.event.id), ...lane.clusters.flatMap((c) => c.ids));
					beyond += lane.before.count + lane.after.count;
					for (const chip of lane.clusters) expect(chip.events.map((e) => e.id)).toEqual(chip.ids);
				}
				expect(new Set(seen).size).toBe(seen.length);
				expect(seen.length + beyond).toBe(events.length);
			}
		}
	});
});

describe('spreadWithinDay', () => {
	const day = [event('b-pledge'), event('a-summit', { kind: 'summit' }), event('c-pledge')];
	it.each([
		{ name: 'from afar all share the middle', left: 100, right: 110, expected: [105, 105, 105] },
		{
			name: 'zoomed in they spread across the day, summit first',
			left: 0,
			right: 300,
			expected: [50, 150, 250]
		}
	])('$name', ({ left, right, expected }) => {
		const spread = spreadWithinDay(day, left, right, 7);
		expect(spread.map((s) => s.event.id)).toEqual(['a-summit', 'b-pledge', 'c-pledge']);
		expect(spread.map((s) => s.centre)).toEqual(expected);
	});

	it('splits the crowded statement day into named marks once zoomed in to a few days', () => {
		const { events } = loadCatalogue();
		const w: TimeWindow = [toTime('2022-05-19'), toTime('2022-05-24')];
		const lanes = layoutTimeline(indexTracks(events), w, 1200, pixels(w, 1200), {
			...OPTIONS,
			maxRows: 16
		});
		const onTheDay = events.filter((e) => e.start === '2022-05-21' && e.end === null);
		const marked = TRACKS.flatMap((t) => lanes[t].marks).filter(
			(m) => m.event.start === '2022-05-21' && m.event.end === null
		);
		expect(marked.length).toBeGreaterThan(onTheDay.length / 2);
		expect(marked.filter((m) => m.label).length).toBeGreaterThan(onTheDay.length / 2);
		for (const mark of marked) {
			const centre = (mark.x0 + mark.x1) / 2;
			expect(centre).toBeGreaterThanOrEqual(pixels(w, 1200)(toTime('2022-05-21')));
			expect(centre).toBeLessThanOrEqual(pixels(w, 1200)(toTime('2022-05-22')));
		}
	});
});

describe('captionChips', () => {
	const measure = (text: string) => text.length * 6;
	const metrics = textMetrics(measure);
	const chip = (x0: number, titles: string[]) => ({
		key: `${titles[0]}+${titles.length}`,
		ids: titles,
		count: titles.length,
		x0,
		x1: x0 + 40,
		row: 3,
		events: titles.map((title) => event(title.toLowerCase(), { title }))
	});
	it('names what each chip holds in the room before the next, or not at all when cramped', () => {
		const chips = captionChips(
			[chip(0, ['IPEF', 'Supply chains', 'Minerals']), chip(150, ['Chips']), chip(215, ['Ships'])],
			400,
			4,
			metrics
		);
		expect(chips.map((c) => c.caption)).toEqual(['IPEF, Supply…', null, 'Ships']);
	});

	it('cuts a chip of many as it would cut all their names joined, measuring a few', () => {
		const titles = (count: number) =>
			Array.from({ length: count }, (_, i) => `Meeting number ${i + 1} of the talks`);
		for (const room of [50, 130, 290, 700]) {
			const measured: string[] = [];
			const counting = (text: string) => {
				measured.push(text);
				return measure(text);
			};
			const right = 40 + 4 + room + 4;
			// Against all the names joined and cut (which builds every cut of the whole list).
			const [some] = captionChips([chip(0, titles(300))], right, 4, metrics);
			expect(some!.caption).toBe(metrics.cut(titles(300).join(', '), room));
			// A chip of thousands measures a few words, none near the length of all the names.
			const [many] = captionChips([chip(0, titles(5000))], right, 4, textMetrics(counting));
			expect(many!.caption).toBe(some!.caption);
			expect(measured.length).toBeLessThan(40);
			expect(Math.max(...measured.map((t) => t.length))).toBeLessThan(1_000);
		}
	});
});

describe('columnsWithinDay', () => {
	const day = [
		event('e-pledge'),
		event('b-talks', { kind: 'dialogue', thread: 'talks' }),
		event('a-summit', { kind: 'summit' }),
		event('d-talks', { kind: 'meeting', thread: 'talks' }),
		event('c-pledge')
	];
	it.each([
		{ name: 'one column when only one fits', right: 300, columns: [0, 0, 0, 0, 0] },
		{ name: 'two columns, the first filled first', right: 400, columns: [0, 0, 0, 1, 1] },
		{ name: 'never an empty column', right: 2000, columns: [0, 1, 2, 3, 4] }
	])('$name', ({ right, columns }) => {
		const placed = columnsWithinDay(day, 0, right, 200);
		// The summit first, then the thread it outranks nothing in, kept together, then the rest.
		expect(placed.map((p) => p.event.id)).toEqual([
			'a-summit',
			'b-talks',
			'd-talks',
			'c-pledge',
			'e-pledge'
		]);
		const width = placed[0]!.columnWidth;
		expect(placed.map((p) => Math.round((p.x - 4) / width))).toEqual(columns);
		// Within a column, places keep their order for the row packer.
		for (let i = 1; i < placed.length; i++) {
			if (columns[i] === columns[i - 1]) expect(placed[i]!.x).toBeGreaterThan(placed[i - 1]!.x);
		}
	});

	it('a widened statement day shows every event named at the default rows', () => {
		const { events } = loadCatalogue();
		const w: TimeWindow = [toTime('2023-04-26'), toTime('2023-04-27')];
		const lanes = layoutTimeline(indexTracks(events), w, 460, pixels(w, 460), {
			...OPTIONS,
			maxRows: 16,
			columnPx: 210
		});
		const onTheDay = events.filter((e) => e.start === '2023-04-26' && e.end === null);
		const named = TRACKS.flatMap((t) => lanes[t].marks).filter(
			(m) => m.label && m.event.start === '2023-04-26' && m.event.end === null
		);
		const chipped = TRACKS.flatMap((t) => lanes[t].clusters).flatMap((c) => c.events);
		expect(chipped.filter((e) => onTheDay.includes(e))).toEqual([]);
		expect(named).toHaveLength(onTheDay.length);
		// Names stay inside their column: none runs into the next.
		for (const track of TRACKS) {
			const marks = lanes[track].marks.filter((m) => m.label);
			for (const a of marks) {
				for (const b of marks) {
					if (a === b || a.row !== b.row || a.band !== b.band) continue;
					const [l, r] = a.x0 < b.x0 ? [a, b] : [b, a];
					expect(l.label!.x + l.label!.width).toBeLessThanOrEqual(r.x0);
				}
			}
		}
	});
});

describe('short bars with no bar row left', () => {
	it('stand as points among the points instead of folding into a chip; long ones still fold', () => {
		const w: TimeWindow = [toTime('2022-01-01'), toTime('2023-01-01')];
		const months = ['a', 'b', 'c', 'd'].map((id) =>
			event(`month-${id}`, { start: '2022-06-01', end: '2022-06-30', precision: 'month' })
		);
		const years = ['a', 'b', 'c', 'd'].map((id) =>
			event(`year-${id}`, { start: '2022-01-01', end: '2022-12-31', precision: 'year' })
		);
		const lanes = layoutTimeline(indexTracks([...months, ...years]), w, 400, pixels(w, 400), {
			...OPTIONS,
			barRows: 3,
			maxRows: 4
		});
		const lane = lanes.security;
		// A month is ~33 px here (under the 40 px chip), a year the whole width.
		const chipped = lane.clusters.flatMap((c) => c.events.map((e) => e.id));
		const points = lane.marks.filter((m) => m.band === 'points').map((m) => m.event.id);
		expect(chipped.filter((id) => id.startsWith('month'))).toEqual([]);
		expect(points.filter((id) => id.startsWith('month')).length).toBeGreaterThan(0);
		expect(chipped.filter((id) => id.startsWith('year')).length).toBeGreaterThan(0);
		// Every event once.
		expect([...chipped, ...lane.marks.map((m) => m.event.id)].sort()).toEqual(
			[...months, ...years].map((e) => e.id).sort()
		);
	});
});

describe('names that do not fit one line', () => {
	const window: TimeWindow = [toTime('2022-05-01'), toTime('2022-06-01')];
	const width = 620;
	const x = pixels(window, width);
	const monospace = textMetrics((text) => text.length * 7);
	const long = event('long', {
		title: 'Supply chain and commercial dialogue launched',
		start: '2022-05-05'
	});
	const layout = (events: AllianceEvent[], options: Partial<TimelineLayoutOptions> = {}) =>
		layoutTimeline(indexTracks(events), window, width, x, {
			...OPTIONS,
			maxRows: 4,
			metrics: monospace,
			maxLabelPx: 200,
			twoLineNames: true,
			...options
		}).security;

	it('takes two lines, and the row below, rather than be cut', () => {
		const lane = layout([long, event('under', { start: '2022-05-06' })]);
		const mark = lane.marks.find((m) => m.event.id === 'long');
		expect(mark?.lines).toEqual(['Supply chain and commercial', 'dialogue launched']);
		expect(mark?.name).toBe(long.title);
		// The point under its second line moves on to the next free row.
		expect(lane.marks.find((m) => m.event.id === 'under')?.row).toBe((mark?.row ?? 0) + 2);
	});

	it('is cut to one line where two-line names are not asked for', () => {
		const lane = layout([long], { twoLineNames: false });
		expect(lane.marks[0]?.lines).toEqual(['Supply chain and commercial…']);
	});

	it('stands in a chip when its mark finds a row but its name no room', () => {
		// At the right edge, its name fits neither after its mark nor before it, where C's is.
		const events = [
			event('c', { start: '2022-05-24', title: 'C' }),
			event('b', { start: '2022-05-30', title: 'A name of some length here' })
		];
		const lane = layout(events, { maxRows: 1, twoLineNames: false });
		expect(lane.marks.map((m) => m.event.id)).toEqual(['c']);
		expect(lane.clusters.map((c) => c.ids)).toEqual([['b']]);
	});
});
