/**
 * The README is a first screen: what the project is, its picture, the two commands (run, test)
 * within 40 lines, links to the rest, and under 120 lines in all. Every relative link in it and
 * in docs/ reaches a file, so nothing moved out of it is lost on the way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const lines = readme.split('\n');
const firstScreen = lines.slice(0, 40).join('\n');
const scripts: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/** Relative targets of markdown links and images, without their fragments. */
function relativeLinks(markdown: string): string[] {
	return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
		.map(([, target]) => target!.split('#')[0]!)
		.filter((target) => target !== '' && !/^[a-z]+:/.test(target));
}

describe('README', () => {
	it('is under 120 lines', () => {
		expect(lines.length).toBeLessThan(120);
	});

	it('gives the run and test commands within its first 40 lines, as package.json names them', () => {
		expect(firstScreen).toMatch(/^npm ci && npm start\b/m);
		expect(firstScreen).toMatch(/^npm ci && npm test\b/m);
		expect(scripts.start).toBeDefined();
		expect(scripts.test).toBeDefined();
	});

	it('shows a PNG of the chart on its first screen, made by npm run screenshot', () => {
		const image = firstScreen.match(/!\[[^\]]+\]\(([^)]+\.png)\)/)?.[1];
		expect(image).toBe('docs/timeline.png');
		const bytes = readFileSync(image!);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
		expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(500);
		expect(scripts.screenshot).toContain('scripts/screenshot.ts');
	});

	it('links to each page of docs/ on its first screen', () => {
		const docs = readdirSync('docs').filter((name) => name.endsWith('.md'));
		expect(docs.length).toBeGreaterThanOrEqual(5);
		for (const name of docs) expect(firstScreen).toContain(`(docs/${name})`);
	});
});

describe('links between the README and docs/', () => {
	const files = ['README.md', ...readdirSync('docs').map((name) => join('docs', name))].filter(
		(file) => file.endsWith('.md')
	);
	it.each(files)('%s links only to files that exist', (file) => {
		const missing = relativeLinks(readFileSync(file, 'utf8')).filter(
			(target) => !existsSync(join(dirname(file), target))
		);
		expect(missing).toEqual([]);
	});

	it('the data page keeps a section for judging outcomes', () => {
		expect(readFileSync('docs/data.md', 'utf8')).toMatch(/^## Judging outcomes$/m);
	});
});
