import { describe, expect, it } from 'vitest';
import { actionForKey, isFocusMove } from './keys';

type Mods = Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }>;
const key = (k: string, mods: Mods = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	shiftKey: false,
	...mods
});

describe('actionForKey', () => {
	const shift = { shiftKey: true };
	it.each([
		// Zoom and Page Up / Down, wherever the focus is in the chart.
		{ key: '+', on: 'item', expected: 'zoom-in' },
		{ key: '+', mods: shift, on: 'item', expected: 'zoom-in' },
		{ key: '=', on: 'chart', expected: 'zoom-in' },
		{ key: '-', on: 'item', expected: 'zoom-out' },
		{ key: '_', mods: shift, on: 'chart', expected: 'zoom-out' },
		{ key: 'PageUp', on: 'item', expected: 'pan-earlier' },
		{ key: 'PageDown', on: 'chart', expected: 'pan-later' },
		// On an item, the plain keys move the focus.
		{ key: 'ArrowLeft', on: 'item', expected: 'previous' },
		{ key: 'ArrowRight', on: 'item', expected: 'next' },
		{ key: 'ArrowUp', on: 'item', expected: 'lane-above' },
		{ key: 'ArrowDown', on: 'item', expected: 'lane-below' },
		{ key: 'Home', on: 'item', expected: 'first' },
		{ key: 'End', on: 'item', expected: 'last' },
		// With Shift, the view.
		{ key: 'ArrowLeft', mods: shift, on: 'item', expected: 'pan-earlier' },
		{ key: 'ArrowRight', mods: shift, on: 'item', expected: 'pan-later' },
		{ key: 'Home', mods: shift, on: 'item', expected: 'reset' },
		{ key: 'End', mods: shift, on: 'item', expected: 'show-all' },
		{ key: 'ArrowUp', mods: shift, on: 'item', expected: null },
		// On the chart itself there is nothing to move the focus to: the plain keys move the view.
		{ key: 'ArrowLeft', on: 'chart', expected: 'pan-earlier' },
		{ key: 'ArrowRight', on: 'chart', expected: 'pan-later' },
		{ key: 'Home', on: 'chart', expected: 'reset' },
		{ key: 'End', on: 'chart', expected: 'show-all' },
		{ key: 'ArrowRight', mods: shift, on: 'chart', expected: 'pan-later' },
		{ key: 'ArrowUp', on: 'chart', expected: null },
		// Keys the chart leaves alone.
		{ key: 'a', on: 'item', expected: null },
		{ key: 'Enter', on: 'item', expected: null },
		{ key: ' ', on: 'item', expected: null },
		{ key: 'Tab', on: 'item', expected: null },
		{ key: '+', mods: { ctrlKey: true }, on: 'chart', expected: null },
		{ key: '-', mods: { metaKey: true }, on: 'item', expected: null },
		{ key: 'ArrowDown', mods: { altKey: true }, on: 'item', expected: null }
	] as { key: string; mods?: Mods; on: 'item' | 'chart'; expected: string | null }[])(
		'$key $mods on the $on → $expected',
		({ key: k, mods, on, expected }) => {
			expect(actionForKey(key(k, mods), on === 'item')).toBe(expected);
		}
	);
});

describe('isFocusMove', () => {
	it.each([
		{ action: 'next', expected: true },
		{ action: 'lane-below', expected: true },
		{ action: 'pan-later', expected: false },
		{ action: 'reset', expected: false }
	] as const)('$action → $expected', ({ action, expected }) => {
		expect(isFocusMove(action)).toBe(expected);
	});
});
