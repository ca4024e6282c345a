import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';

describe('when the browser refuses storage to the app', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    // as some private windows and locked-down profiles do: opening IndexedDB fails
    await profile.context?.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto(APP_URL);
  });
  afterAll(() => profile.dispose());

  it('explains it instead of a blank page, and offers to try again', async () => {
    const screen = page.getByRole('main', { name: 'Factmark cannot open its storage' });
    await screen.waitFor();
    expect(await screen.getByRole('alert').textContent()).toContain('could not be opened');
    // the browser's own words are folded under Details, not in the sentence
    const sentence = await screen.getByRole('alert').locator('p').first().textContent();
    expect(sentence).not.toContain('SecurityError');
    await screen.getByText('Details').click();
    expect(await screen.getByRole('alert').locator('pre').textContent()).toContain('SecurityError');
    expect(await screen.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });

  it('says plainly when nothing can be read either', async () => {
    await page.getByRole('button', { name: 'Download what can be read' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('Nothing could be read');
  });
});
