import { describe, expect, it } from 'vitest';
import {
	wheelDelta,
	wheelPanPixels,
	wheelPans,
	wheelScrolls,
	zoomFilter,
	type WheelLike
} from './wheel';

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

describe('wheelPans: a sideways wheel or swipe pans the chart', () => {
	it.each([
		{ name: 'a sideways swipe', event: wheel({ deltaX: 30, deltaY: 4 }), pans: true },
		{ name: 'a swipe to the left', event: wheel({ deltaX: -30, deltaY: 0 }), pans: true },
		{ name: 'a vertical wheel', event: wheel({ deltaX: 0, deltaY: 120 }), pans: false },
		{ name: 'a mostly vertical swipe', event: wheel({ deltaX: 10, deltaY: 40 }), pans: false },
		{
			name: 'a sideways pinch zooms instead',
			event: wheel({ deltaX: 30, deltaY: 2, ctrlKey: true }),
			pans: false
		},
		{
			name: 'not a wheel',
			event: { type: 'mousedown', ctrlKey: false, metaKey: false, button: 0 },
			pans: false
		}
	])('$name', ({ event, pans }) => {
		expect(wheelPans(event)).toBe(pans);
		// A wheel that pans the chart does not scroll the page, nor say how to zoom.
		if (pans) expect(wheelScrolls(event)).toBe(false);
	});

	it.each([
		{ name: 'pixels', event: wheel({ deltaX: 25, deltaMode: 0 }), expected: 25 },
		{ name: 'lines', event: wheel({ deltaX: -3, deltaMode: 1 }), expected: -120 },
		{ name: 'pages', event: wheel({ deltaX: 1, deltaMode: 2 }), expected: 800 }
	])('moves what is drawn by the swipe, in $name', ({ event, expected }) => {
		expect(wheelPanPixels(event, 800)).toBe(expected);
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
