import { describe, expect, it } from 'vitest';
import { wheelDelta, wheelScrolls, zoomFilter, type WheelLike } from './wheel';

const wheel = (fields: Partial<WheelLike> = {}): WheelLike => ({
	type: 'wheel',
	ctrlKey: false,
	metaKey: false,
	deltaY: 120,
	deltaMode: 0,
	...fields
});

describe('zoomFilter and wheelScrolls', () => {
	it.each([
		{ name: 'a plain wheel scrolls the page', event: wheel(), zooms: false, scrolls: true },
		{
			name: 'Ctrl and the wheel zoom',
			event: wheel({ ctrlKey: true }),
			zooms: true,
			scrolls: false
		},
		{ name: '⌘ and the wheel zoom', event: wheel({ metaKey: true }), zooms: true, scrolls: false },
		{
			name: 'a primary drag pans',
			event: { type: 'mousedown', ctrlKey: false, metaKey: false, button: 0 },
			zooms: true,
			scrolls: false
		},
		{
			name: 'a secondary drag does nothing',
			event: { type: 'mousedown', ctrlKey: false, metaKey: false, button: 2 },
			zooms: false,
			scrolls: false
		},
		{
			name: 'a Ctrl-drag stays with the browser',
			event: { type: 'mousedown', ctrlKey: true, metaKey: false, button: 0 },
			zooms: false,
			scrolls: false
		},
		{
			name: 'a touch pans and pinches',
			event: { type: 'touchstart', ctrlKey: false, metaKey: false },
			zooms: true,
			scrolls: false
		}
	])('$name', ({ event, zooms, scrolls }) => {
		expect(zoomFilter(event)).toBe(zooms);
		expect(wheelScrolls(event)).toBe(scrolls);
	});
});

describe('wheelDelta', () => {
	it.each([
		{
			name: 'a mouse notch with Ctrl: d3’s plain speed',
			event: wheel({ ctrlKey: true, deltaY: 120 }),
			expected: -0.24
		},
		{
			name: 'a pinch step: sped up tenfold',
			event: wheel({ ctrlKey: true, deltaY: -4 }),
			expected: 0.08
		},
		{ name: 'lines', event: wheel({ ctrlKey: true, deltaY: 3, deltaMode: 1 }), expected: -0.15 },
		{ name: 'pages', event: wheel({ ctrlKey: true, deltaY: 1, deltaMode: 2 }), expected: -1 }
	])('$name', ({ event, expected }) => {
		expect(wheelDelta(event)).toBeCloseTo(expected, 10);
	});
});
