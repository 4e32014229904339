import { untrack } from 'svelte';
import { TRACKS, type Track } from '$lib/model/event';
import type { Scene } from '$lib/scene/scene';
import { drawLane, type LaneState } from './drawLane';

/** The four lanes' groups, as Lane.svelte makes them, and the one pass that draws into them. */
export class LaneGroups {
	#groups: Partial<Record<Track, SVGGElement>> = $state.raw({});
	/** One function per lane, kept the same so the lane's attachment runs once. */
	readonly keep = Object.fromEntries(
		TRACKS.map((t) => [
			t,
			(group: SVGGElement) => void (this.#groups = { ...untrack(() => this.#groups), [t]: group })
		])
	) as Record<Track, (group: SVGGElement) => void>;

	/** Draws every lane of `scene` there is a group for; whether all four were. */
	draw(scene: Scene, state: LaneState): boolean {
		for (const track of TRACKS) {
			const group = this.#groups[track];
			if (group) drawLane(group, scene.lanes[track], scene.boxes[track], state, true);
		}
		return TRACKS.every((t) => this.#groups[t]);
	}
}
