import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
