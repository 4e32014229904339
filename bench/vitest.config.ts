// The bench's own unit tests; the app's vite.config.ts includes only src/**/*.test.ts.
// Run: npx vitest run --config bench/vitest.config.ts
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: import.meta.dirname,
		include: ['**/*.test.ts'],
		environment: 'node'
	}
});
