/**
 * Paints a gesture's frames off the main thread: the page hands this worker its canvas once
 * (transferControlToOffscreen), then posts each frame's scene as plain data. Painting, and
 * handing the canvas's pixels to the compositor, then cost the page's main thread nothing.
 */
import { paintScene, type PaintedScene, type Palette } from './paintScene';
import type { StatementSummary } from '$lib/statements/statement';
import type { Track } from '$lib/model/event';

export type PaintMessage =
	| { type: 'canvas'; canvas: OffscreenCanvas }
	| { type: 'size'; width: number; height: number }
	| { type: 'clear' }
	| {
			type: 'paint';
			scene: PaintedScene;
			palette: Palette;
			statements: StatementSummary[];
			totals: Record<Track, number>;
			top: number;
	  };

let canvas: OffscreenCanvas | null = null;

self.onmessage = (event: MessageEvent<PaintMessage>) => {
	const message = event.data;
	if (message.type === 'canvas') canvas = message.canvas;
	else if (!canvas) return;
	else if (message.type === 'size') {
		canvas.width = message.width;
		canvas.height = message.height;
	} else if (message.type === 'clear') {
		canvas.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
	} else {
		const { scene, palette, statements, totals, top } = message;
		paintScene(canvas, scene, palette, statements, totals, top);
	}
};
