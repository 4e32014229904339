import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe as the browser tests run it: inside the page (axe's own `run`, which reaches same-origin
 * frames only; the site has none, as checked here) and keeping the details of violations only,
 * which is all a test reads. By default the details of every node that passes, thousands on the
 * timeline, are gathered and merged in a second, blank page, which took longer than the checks.
 */
export function axe(page: Page): AxeBuilder {
	expect(page.frames(), 'a page without frames').toHaveLength(1);
	return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
}
