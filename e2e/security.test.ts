import { expect, test } from '@playwright/test';

const PAGES = [
	'/',
	'/?event=washington-declaration-2023',
	'/statements/2022-05-21-us-rok-leaders-joint-statement',
	'/compare',
	'/milestones',
	'/embed?track=economy',
	'/lab/scale?n=2000&seed=1'
];

for (const path of PAGES) {
	test(`${path} runs under its content security policy, with nothing blocked and nothing fetched from elsewhere`, async ({
		page
	}) => {
		const violations: string[] = [];
		const outside: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (
				!['127.0.0.1', 'localhost'].includes(url.hostname) &&
				!['data:', 'blob:'].includes(url.protocol)
			) {
				outside.push(request.url());
			}
		});
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'sha256-/);
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(violations).toEqual([]);
		expect(outside).toEqual([]);
	});
}
