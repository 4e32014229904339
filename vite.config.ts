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
		env: { TZ: 'UTC' }
	}
});
