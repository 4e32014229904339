/**
 * The chart follows its items' clicks, keys, hover and focus in one place (the items are drawn
 * by drawLane.ts, with no listeners of their own), keeps the focus on an item through a redraw,
 * and says how to zoom when a plain wheel scrolls past it.
 */
import { itemOf, nearestItem, type FocusItem, type FocusOrder } from '$lib/layout/focusOrder';
import { wheelScrolls } from '$lib/interaction/wheel';
import { countOf } from '$lib/model/labels';

export type ChartTarget =
	| { kind: 'mark'; id: string; key: string; element: Element }
	| { kind: 'cluster'; id: string; key: string; element: Element }
	| { kind: 'density'; id: string; key: string; element: Element; range: [number, number] }
	| { kind: 'edge'; id: string; key: string; element: Element };

/** The chart item an event happened on (or in), if any. */
export function chartTarget(target: EventTarget | null): ChartTarget | null {
	if (!(target instanceof Element)) return null;
	const element = target.closest('[data-focus-key]');
	if (!element) return null;
	const key = element.getAttribute('data-focus-key') as string;
	if (element.classList.contains('mark')) {
		return { kind: 'mark', id: element.getAttribute('data-event-id') as string, key, element };
	}
	if (element.classList.contains('cluster')) {
		return { kind: 'cluster', id: element.getAttribute('data-cluster') as string, key, element };
	}
	if (element.classList.contains('density-chip')) {
		const [from, to] = ['data-from', 'data-to'].map((name) =>
			Date.parse(element.getAttribute(name) as string)
		);
		return { kind: 'density', id: key, key, element, range: [from as number, to as number] };
	}
	return { kind: 'edge', id: key, key, element };
}

/**
 * A redraw can take the focused item out of view or fold it into a chip: the focus would fall
 * to the page. Noted before a redraw and restored after it, to the same item or, if it has gone,
 * to the nearest one in time that is left.
 */
export class FocusKeeper {
	#chart: () => SVGSVGElement | undefined;
	#order: FocusOrder | null = null;

	constructor(chart: () => SVGSVGElement | undefined) {
		this.#chart = chart;
	}

	focus(key: string, options?: FocusOptions): void {
		this.#chart()
			?.querySelector<SVGElement>(`[data-focus-key="${CSS.escape(key)}"]`)
			?.focus(options);
	}

	/** The focused item, in the order it was drawn by. */
	note(): FocusItem | null {
		const chart = this.#chart();
		const active = document.activeElement;
		if (!chart || !active || !chart.contains(active) || !this.#order) return null;
		const key = chartTarget(active)?.key;
		return key ? (itemOf(this.#order, key) ?? null) : null;
	}

	restore(item: FocusItem | null, order: FocusOrder): void {
		this.#order = order;
		const active = document.activeElement;
		if (!item || (active && active !== document.body && active.isConnected)) return;
		const key = order.index.has(item.key) ? item.key : nearestItem(order, item);
		if (key) this.focus(key, { preventScroll: true });
		else this.#chart()?.focus({ preventScroll: true });
	}
}

/** A plain wheel scrolls the page; for a moment, the chart says how to zoom instead. */
export class WheelHint {
	shown = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	attach = (element: Element) => {
		const onwheel = (event: Event) => {
			const wheel = event as WheelEvent;
			// A sideways wheel pans the chart (zoom.svelte.ts): nothing to explain then.
			if (!wheelScrolls(wheel)) return;
			this.shown = true;
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => (this.shown = false), 1600);
		};
		element.addEventListener('wheel', onwheel, { passive: true });
		return () => {
			element.removeEventListener('wheel', onwheel);
			clearTimeout(this.#timer);
		};
	};
}

/** Whether a key press on an item activates it: Enter or Space, or Alt + ArrowDown on a chip. */
export const activates = (e: KeyboardEvent, target: ChartTarget): boolean =>
	e.key === 'Enter' ||
	e.key === ' ' ||
	(target.kind === 'cluster' && e.key === 'ArrowDown' && e.altKey);

/** The list a chip opens, placed under the chip, and the chip to give the focus back to. */
export class ClusterPopover {
	open: { key: string; x: number; y: number; trigger: Element } | null = $state(null);

	toggle(target: ChartTarget, plot: Element | undefined): void {
		if (this.open?.key === target.id) {
			this.open = null;
			return;
		}
		const box = target.element.getBoundingClientRect();
		const origin = plot?.getBoundingClientRect();
		const x = box.left - (origin?.left ?? 0);
		const y = box.bottom - (origin?.top ?? 0) + 4;
		this.open = { key: target.id, x, y, trigger: target.element };
	}

	close(refocus: boolean): void {
		const trigger = this.open?.trigger as SVGGElement | undefined;
		this.open = null;
		if (refocus) trigger?.focus();
	}
}

/** The chart's accessible name: what it shows, and the keys that work on it. */
export function chartLabel(count: number, windowText: string, onItems: boolean): string {
	const keys = onItems
		? 'Arrow keys move between events, left and right in date order, up and down between lanes. Plus and minus zoom, Shift with the arrow keys or Page Up and Page Down pan, Shift Home resets, Shift End shows all.'
		: 'Plus and minus zoom, arrow keys pan, Home resets, End shows all.';
	return `Timeline of ${countOf(count, 'event')}, showing ${windowText}. ${keys}`;
}

/** The mark under the pointer or with the focus, whose tooltip shows. */
export class Hover {
	id: string | null = $state(null);

	follow(e: Event): void {
		const target = chartTarget(e.target);
		if (e.type === 'mouseout' || e.type === 'focusout') {
			// Leaving one of a mark's parts for another of the same mark is not leaving it.
			const to = chartTarget((e as MouseEvent | FocusEvent).relatedTarget);
			if (target?.kind === 'mark' && to?.key !== target.key && this.id === target.id) {
				this.id = null;
			}
		} else if (target?.kind === 'mark') this.id = target.id;
	}
}
