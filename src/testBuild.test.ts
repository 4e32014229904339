/**
 * The browser tests build the site for themselves. A site already running from `npm start`
 * serves `build/` and SvelteKit's output in `.svelte-kit/output/`; the tests' build must leave
 * both as they were, or that site's scripts would be replaced under it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../playwright.config';

/** Every file under `dir` with a hash of its bytes and its modification time. */
function fingerprint(dir: string): string {
	if (!existsSync(dir)) return '(missing)';
	const hash = createHash('sha256');
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const path = join(folder, name);
			const stat = statSync(path);
			if (stat.isDirectory()) walk(path);
			else hash.update(`${path} ${stat.mtimeMs} `).update(readFileSync(path));
		}
	};
	walk(dir);
	return hash.digest('hex');
}

const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;

describe("the browser tests' build", () => {
	it('goes to a folder of its own, leaving build/ and .svelte-kit/output/ alone', () => {
		if (!server) throw new Error('playwright.config.ts has no webServer');
		const build = server.command.split(' && node_modules/.bin/vite preview')[0] as string;
		expect(build).toMatch(/^npm run build/);
		// A marker a running site would be serving; the build must not remove or replace it.
		for (const dir of ['build', '.svelte-kit/output/client']) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'running-site-marker.txt'), 'served by npm start');
		}
		const before = ['build', '.svelte-kit/output'].map(fingerprint);
		try {
			const result = spawnSync('sh', ['-c', build], {
				env: { ...process.env, ...server.env },
				encoding: 'utf8'
			});
			expect(result.status, result.stderr).toBe(0);
			expect(['build', '.svelte-kit/output'].map(fingerprint)).toEqual(before);
		} finally {
			for (const dir of ['build', '.svelte-kit/output/client'])
				rmSync(join(dir, 'running-site-marker.txt'), { force: true });
		}
		const out = server.env?.BUILD_DIR;
		expect(out).toBeTruthy();
		expect(existsSync(join(out as string, 'site', 'index.html'))).toBe(true);
		expect(existsSync(join(out as string, 'kit', 'output', 'client'))).toBe(true);
	}, 180_000);
});
