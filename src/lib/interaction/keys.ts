/** What a key press means to the timeline, so no zoom or pan needs a pointer. */
export type TimelineAction =
	'zoom-in' | 'zoom-out' | 'pan-earlier' | 'pan-later' | 'reset' | 'show-all';

const KEY_ACTIONS: Record<string, TimelineAction> = {
	'+': 'zoom-in',
	'=': 'zoom-in',
	'-': 'zoom-out',
	_: 'zoom-out',
	ArrowLeft: 'pan-earlier',
	ArrowRight: 'pan-later',
	Home: 'reset',
	End: 'show-all'
};

export function actionForKey(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>
): TimelineAction | null {
	// Browser shortcuts (ctrl + / ctrl −) keep their meaning.
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	return KEY_ACTIONS[event.key] ?? null;
}
