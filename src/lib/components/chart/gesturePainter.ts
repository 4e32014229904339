/**
 * The canvas a gesture's frames are painted on: shown while the view moves, over the part of
 * the chart that is on screen, and hidden again once the view rests and the SVG is redrawn.
 */
import type { Track } from '$lib/model/event';
import type { Scene } from '$lib/scene/scene';
import type { StatementSummary } from '$lib/statements/statement';
import { paintScene, readPalette, type Palette } from './paintScene';

export class GesturePainter {
	#palette: Palette | null = null;
	#rows: [number, number] | null = null;

	/** Paints `scene` while `moving`; hides the canvas otherwise. */
	paint(
		canvas: HTMLCanvasElement,
		chart: SVGSVGElement,
		scene: Scene,
		moving: boolean,
		statements: readonly StatementSummary[],
		totals: Record<Track, number>
	): void {
		if (!moving) {
			canvas.hidden = true;
			// Colours and the part on screen are read afresh for each gesture: the theme or the
			// page's scroll may have changed between two.
			this.#palette = null;
			this.#rows = null;
			return;
		}
		this.#palette ??= readPalette(chart);
		if (!this.#rows) {
			const box = chart.getBoundingClientRect();
			const top = Math.max(0, Math.floor(-box.top));
			const bottom = Math.min(scene.height, Math.ceil(window.innerHeight - box.top));
			this.#rows = [top, Math.max(top + 1, bottom)];
		}
		paintScene(canvas, scene, this.#palette, statements, totals, ...this.#rows);
		canvas.hidden = false;
	}
}
