import { describe, expect, it } from 'vitest';
import { actionForKey } from './keys';

const key = (
	k: string,
	mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}
) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('actionForKey', () => {
	it.each([
		{ key: '+', expected: 'zoom-in' },
		{ key: '=', expected: 'zoom-in' },
		{ key: '-', expected: 'zoom-out' },
		{ key: 'ArrowLeft', expected: 'pan-earlier' },
		{ key: 'ArrowRight', expected: 'pan-later' },
		{ key: 'Home', expected: 'reset' },
		{ key: 'End', expected: 'show-all' },
		{ key: 'a', expected: null },
		{ key: 'ArrowUp', expected: null }
	])('$key → $expected', ({ key: k, expected }) => {
		expect(actionForKey(key(k))).toBe(expected);
	});

	it('leaves browser shortcuts alone', () => {
		expect(actionForKey(key('+', { ctrlKey: true }))).toBeNull();
		expect(actionForKey(key('-', { metaKey: true }))).toBeNull();
	});
});
