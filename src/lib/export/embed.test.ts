import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed';

describe('embedSnippet', () => {
	it.each([
		{
			name: 'the default view',
			search: '',
			expected:
				'<iframe src="https://alliance.example/embed" title="US–ROK Alliance Timeline" width="640" height="400" style="border: 0; max-width: 100%" loading="lazy"></iframe>'
		},
		{
			name: 'a filtered window, its & written as an entity',
			search: '?track=economy&from=2023-01-01&to=2023-12-31',
			expected:
				'<iframe src="https://alliance.example/embed?track=economy&amp;from=2023-01-01&amp;to=2023-12-31" title="US–ROK Alliance Timeline" width="640" height="400" style="border: 0; max-width: 100%" loading="lazy"></iframe>'
		},
		{
			name: 'a search holding quotes and angle brackets',
			search: '?q=%22a%22%3Cb',
			expected:
				'<iframe src="https://alliance.example/embed?q=%22a%22%3Cb" title="US–ROK Alliance Timeline" width="640" height="400" style="border: 0; max-width: 100%" loading="lazy"></iframe>'
		}
	])('$name', ({ search, expected }) => {
		expect(embedSnippet('https://alliance.example', search, 'US–ROK Alliance Timeline')).toBe(
			expected
		);
	});

	it('escapes a title that would close the attribute', () => {
		expect(embedSnippet('https://a.example', '', 'Say "hi" & <go>')).toContain(
			'title="Say &quot;hi&quot; &amp; &lt;go>"'
		);
	});
});
