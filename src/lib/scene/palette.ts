/**
 * The chart's colours as values, for pictures drawn away from the page (exports, link previews):
 * the same colours app.css gives its variables in each theme. On the page the colours are read
 * from those variables instead, so a picture keeps the theme the reader has.
 */
import type { OutcomeResult, Track } from '../model/event';

export interface ScenePalette {
	font: string;
	surface: string;
	text: string;
	muted: string;
	rule: string;
	grid: string;
	link: string;
	laneFill: string;
	onTrackText: string;
	track: Record<Track, { colour: string; text: string }>;
	outcome: Record<OutcomeResult, { fill: string; stroke: string }>;
}

/** Fonts found on most systems: a picture names no web font, so it loads nothing. */
export const PICTURE_FONT =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export const LIGHT: ScenePalette = {
	font: PICTURE_FONT,
	surface: '#ffffff',
	text: '#1b1f24',
	muted: '#57606a',
	rule: '#d0d7de',
	grid: '#eaeef2',
	link: '#0b5cad',
	laneFill: '#f6f8fa',
	onTrackText: '#ffffff',
	track: {
		security: { colour: '#0072b2', text: '#005a8c' },
		economy: { colour: '#e69f00', text: '#8a5a00' },
		technology: { colour: '#009e73', text: '#00684c' },
		global: { colour: '#cc79a7', text: '#9a3f72' }
	},
	outcome: {
		done: { fill: '#1b1f24', stroke: '#ffffff' },
		expanded: { fill: '#0b5cad', stroke: '#ffffff' },
		continued: { fill: '#8c959f', stroke: '#1b1f24' },
		'not-mentioned': { fill: '#ffffff', stroke: '#57606a' }
	}
};

export const DARK: ScenePalette = {
	font: PICTURE_FONT,
	surface: '#0f1419',
	text: '#e6edf3',
	muted: '#a3adb8',
	rule: '#3d444d',
	grid: '#222a33',
	link: '#6cb6ff',
	laneFill: '#161c23',
	onTrackText: '#0f1419',
	track: {
		security: { colour: '#0072b2', text: '#62b8f0' },
		economy: { colour: '#e69f00', text: '#f0b54a' },
		technology: { colour: '#009e73', text: '#3fcf9f' },
		global: { colour: '#cc79a7', text: '#e79cc6' }
	},
	outcome: {
		done: { fill: '#e6edf3', stroke: '#0f1419' },
		expanded: { fill: '#6cb6ff', stroke: '#0f1419' },
		continued: { fill: '#57606a', stroke: '#ffffff' },
		'not-mentioned': { fill: '#0f1419', stroke: '#a3adb8' }
	}
};
