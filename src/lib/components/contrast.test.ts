import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, relativeLuminance } from './contrast';

describe('contrastRatio', () => {
	// Expected ratios as WebAIM's contrast checker gives them.
	const cases: { name: string; a: string; b: string; expected: number }[] = [
		{ name: 'black on white', a: '#000000', b: '#ffffff', expected: 21 },
		{ name: 'a colour on itself', a: '#0072b2', b: '#0072b2', expected: 1 },
		{ name: 'grey 777 on white, just under AA', a: '#777777', b: '#ffffff', expected: 4.48 },
		{ name: 'grey 767676 on white, just over AA', a: '#767676', b: '#ffffff', expected: 4.54 },
		{ name: 'order does not matter', a: 'rgb(255, 255, 255)', b: '#595959', expected: 7 },
		{ name: 'white on the dark theme’s economy text', a: '#ffffff', b: '#f0b54a', expected: 1.84 }
	];
	it.each(cases)('$name', ({ a, b, expected }) => {
		expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
	});
});

describe('relativeLuminance', () => {
	it('is 0 for black and 1 for white', () => {
		expect(relativeLuminance('#000000')).toBe(0);
		expect(relativeLuminance('rgb(255, 255, 255)')).toBe(1);
	});
});

describe('parseColour', () => {
	it('reads hex and the rgb() forms getComputedStyle gives', () => {
		expect(parseColour('#0F1419')).toEqual([15, 20, 25]);
		expect(parseColour('rgb(15, 20, 25)')).toEqual([15, 20, 25]);
		expect(parseColour('rgba(15, 20, 25, 1)')).toEqual([15, 20, 25]);
	});
	it('refuses what it cannot compare honestly', () => {
		expect(() => parseColour('rgba(0, 0, 0, 0.5)')).toThrow();
		expect(() => parseColour('var(--text)')).toThrow();
	});
});
