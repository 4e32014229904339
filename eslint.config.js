import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Modules may import only from the same layer or from layers earlier in the data flow. */
const LAYERS = [
	'model',
	'statements',
	'time',
	'filter',
	'layout',
	'url',
	'export',
	'scales',
	'scene',
	'state',
	'interaction',
	'components'
];
const later = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
const layerRules = LAYERS.map((layer) => ({
	files: [`src/lib/${layer}/**/*.{ts,svelte}`],
	ignores: ['**/*.test.ts'],
	rules: {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						group: [...later(layer), 'server'].flatMap((l) => [
							`$lib/${l}/*`,
							`../${l}/*`,
							`../../${l}/*`
						]),
						message: `${layer}/ must not import from a later layer (${later(layer).join(', ')}) or from server/.`
					}
				]
			}
		]
	}
}));

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	...layerRules,
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'test-build/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	}
);
