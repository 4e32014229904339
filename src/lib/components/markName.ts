/**
 * What a mark on the chart is called for a screen reader: its title, date and track, and the
 * outcome the next statement reports. Worded once per event: a zoom step redraws every mark in
 * view, and the name of an event does not change with the view.
 */
import type { AllianceEvent } from '$lib/model/event';
import { OUTCOME_LABELS, TRACK_LABELS } from '$lib/model/labels';
import { formatWhen } from '$lib/time/format';

const names = new WeakMap<AllianceEvent, string>();

export function markName(event: AllianceEvent): string {
	let name = names.get(event);
	if (name === undefined) {
		const when = formatWhen(event.start, event.end, event.precision);
		name =
			`${event.title}, ${when}, ${TRACK_LABELS[event.track]}` +
			(event.outcome ? `, next statement: ${OUTCOME_LABELS[event.outcome.result]}` : '');
		names.set(event, name);
	}
	return name;
}
