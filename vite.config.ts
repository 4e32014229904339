import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Marks every script the browser loads with V8's compile hint, so Chrome compiles each whole
 * while it downloads, off the main thread, rather than each function on the main thread when it
 * is first called: nearly all of the site's code runs as a page starts, and that first-call
 * compiling was spread through the start's longest tasks.
 */
const compileWhole: Plugin = {
	name: 'compile-whole',
	apply: 'build',
	enforce: 'post',
	applyToEnvironment: (environment) => environment.name === 'client',
	// Last, after minifying (which drops comments) and after Vite writes its own lines at the top.
	generateBundle: {
		order: 'post',
		handler(_options, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
			}
		}
	}
};

export default defineConfig({
	plugins: [sveltekit(), compileWhole],
	// The gesture canvas's painter (chart/paintWorker.ts) is a script of its own.
	worker: { plugins: () => [compileWhole] },
	// Tests of runes-based state (in jsdom) run Svelte's client runtime, where effects run.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// Dates are calendar days; a fixed zone keeps every run identical.
		env: { TZ: 'UTC' },
		// One worker per core (Vitest keeps one core for itself by default, which on a 2-core
		// machine leaves the tests a single worker).
		maxWorkers: '100%',
		// Test files share their worker's modules rather than importing d3, yaml and the data
		// afresh each: no test mocks or stubs a module or a global, nor changes a module's state
		// for another file to see.
		isolate: false,
		// A test that starts a process of its own (the validate command, Chromium) can take more
		// than the default 5 s on a machine that is busy with other work.
		testTimeout: 20_000
	}
});
