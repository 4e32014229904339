/**
 * What a key press means to the timeline, so nothing needs a pointer. The chart is one Tab
 * stop: on an item (a mark or a chip) the plain arrow keys, Home and End move the focus among
 * the items; Shift with them, or Page Up and Page Down, move the view instead. On the chart
 * itself (nothing in view to focus) the plain keys move the view, as there is nothing to move to.
 */
import type { FocusMove } from '../layout/focusOrder';

export type ViewAction =
	'zoom-in' | 'zoom-out' | 'pan-earlier' | 'pan-later' | 'reset' | 'show-all';
export type TimelineAction = ViewAction | FocusMove;

/** Keys that act on the view wherever the focus is in the chart, Shift or not. */
const VIEW_KEYS: Record<string, ViewAction> = {
	// `+` is Shift + `=` on many keyboards, so Shift never changes these.
	'+': 'zoom-in',
	'=': 'zoom-in',
	'-': 'zoom-out',
	_: 'zoom-out',
	PageUp: 'pan-earlier',
	PageDown: 'pan-later'
};

/** With Shift, anywhere in the chart; without, on the chart itself. */
const SHIFTED_VIEW_KEYS: Record<string, ViewAction> = {
	ArrowLeft: 'pan-earlier',
	ArrowRight: 'pan-later',
	Home: 'reset',
	End: 'show-all'
};

const FOCUS_KEYS: Record<string, FocusMove> = {
	ArrowLeft: 'previous',
	ArrowRight: 'next',
	ArrowUp: 'lane-above',
	ArrowDown: 'lane-below',
	Home: 'first',
	End: 'last'
};

export function isFocusMove(action: TimelineAction): action is FocusMove {
	return Object.values(FOCUS_KEYS).includes(action as FocusMove);
}

/**
 * The action for a key pressed with the focus on an item of the chart (`onItem`) or on the
 * chart itself; null for keys the chart leaves alone.
 */
export function actionForKey(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
	onItem: boolean
): TimelineAction | null {
	// Browser shortcuts (ctrl + / ctrl −) keep their meaning.
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	const view = VIEW_KEYS[event.key];
	if (view) return view;
	if (event.shiftKey || !onItem) return SHIFTED_VIEW_KEYS[event.key] ?? null;
	return FOCUS_KEYS[event.key] ?? null;
}
