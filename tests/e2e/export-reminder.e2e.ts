import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, exportAs, sidebar } from './reviewer';

const DAY = 24 * 60 * 60 * 1000;
const reminder = (page: Page) => sidebar(page).getByRole('region', { name: 'Export reminder' });

describe('the reminder to export', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'False',
    });
  });
  afterAll(() => profile.dispose());

  it('stays quiet while the changes are recent', async () => {
    await page.reload();
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
    await page.waitForTimeout(300);
    expect(await reminder(page).count()).toBe(0);
  });

  it('appears when changes have gone unexported for a week, and goes once they are exported', async () => {
    await page.clock.install({ time: new Date(Date.now() + 8 * DAY) });
    await page.reload();
    await expect.poll(() => reminder(page).count()).toBe(1);
    expect(await reminder(page).textContent()).toContain('exist only in this browser');
    await exportAs(page, 'Annotated JSON', profile.dir);
    await expect.poll(() => reminder(page).count()).toBe(0);
    // one annotation is counted as one, not "1 annotations"
    expect(await page.getByRole('status').filter({ hasText: 'Exported' }).textContent()).toContain(
      '1 annotation, with the article.',
    );
  });
});
