/**
 * The canvas a gesture's frames are painted on. It covers the part of the chart on screen and
 * stays in the page, cleared, while the view rests, so that a gesture's first frame neither lays
 * the page out nor makes a new layer: it is moved into place with a transform, and the page's
 * colours are read again only when the theme changes. Where the browser can, a worker paints
 * it (paintWorker.ts), and a frame costs the main thread only the scene it posts. The worker
 * starts with the first gesture, so a reader who never zooms never loads it.
 */
import type { Track } from '$lib/model/event';
import type { Scene } from '$lib/scene/scene';
import type { StatementSummary } from '$lib/statements/statement';
import { paintedScene, paintScene, readPalette, type Palette } from './paintScene';
import type { PaintMessage } from './paintWorker';

export class GesturePainter {
	#palette: { theme: string; palette: Palette } | null = null;
	#top: number | null = null;
	#painted = false;
	#size = '';
	#adopted: HTMLCanvasElement | null = null;
	#worker: Worker | null = null;

	#post(message: PaintMessage, transfer: Transferable[] = []) {
		this.#worker?.postMessage(message, transfer);
	}

	/** Hands `canvas` to a painting worker where the browser can. */
	#adopt(canvas: HTMLCanvasElement) {
		this.#adopted = canvas;
		if (typeof Worker === 'undefined' || !('transferControlToOffscreen' in canvas)) return;
		try {
			this.#worker = new Worker(new URL('./paintWorker.ts', import.meta.url), { type: 'module' });
			const offscreen = canvas.transferControlToOffscreen();
			this.#post({ type: 'canvas', canvas: offscreen }, [offscreen]);
		} catch {
			this.#worker?.terminate();
			this.#worker = null;
		}
	}

	/** Paints `scene` while `moving`; clears the canvas once the view rests. */
	paint(
		canvas: HTMLCanvasElement,
		chart: SVGSVGElement,
		scene: Scene,
		moving: boolean,
		statements: readonly StatementSummary[],
		totals: Record<Track, number>
	): void {
		if (moving && this.#adopted !== canvas) this.#adopt(canvas);
		const ratio = window.devicePixelRatio || 1;
		const rows = Math.min(scene.height, window.innerHeight);
		const [width, height] = [Math.round(scene.width * ratio), Math.round(rows * ratio)];
		if (this.#size !== `${width}x${height}`) {
			this.#size = `${width}x${height}`;
			if (this.#worker) this.#post({ type: 'size', width, height });
			else [canvas.width, canvas.height] = [width, height];
			canvas.style.width = `${scene.width}px`;
			canvas.style.height = `${rows}px`;
		}
		if (!moving) {
			if (this.#painted) {
				if (this.#worker) this.#post({ type: 'clear' });
				else canvas.getContext('2d')?.clearRect(0, 0, width, height);
			}
			this.#painted = false;
			this.#top = null;
			return;
		}
		const dark = matchMedia('(prefers-color-scheme: dark)').matches;
		const theme = `${document.documentElement.dataset.theme ?? ''} ${dark}`;
		if (this.#palette?.theme !== theme) this.#palette = { theme, palette: readPalette(chart) };
		if (this.#top === null) {
			// The rows on screen as the gesture starts: the page does not scroll during one.
			const top = Math.max(0, Math.min(scene.height - rows, -chart.getBoundingClientRect().top));
			this.#top = Math.floor(top);
			canvas.style.transform = `translateY(${this.#top}px)`;
		}
		const frame = paintedScene(scene);
		const palette = this.#palette.palette;
		if (this.#worker) {
			this.#post({
				type: 'paint',
				scene: frame,
				palette,
				statements: [...statements],
				totals,
				top: this.#top
			});
		} else paintScene(canvas, frame, palette, statements, totals, this.#top);
		this.#painted = true;
	}

	destroy(): void {
		this.#worker?.terminate();
	}
}
