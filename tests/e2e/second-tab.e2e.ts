import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { entries, selectWithMouse } from './reviewer';

describe('two tabs on the same profile', () => {
  const profile = new Profile();
  let first: Page;
  let second: Page;

  beforeAll(async () => {
    first = await profile.open();
    await first.getByRole('textbox', { name: 'Article text' }).waitFor();
    second = await (profile.context as NonNullable<typeof profile.context>).newPage();
    await second.goto(APP_URL);
    await second.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('shows an annotation made in one tab in the other without a reload', async () => {
    await first.bringToFront(); // as a person switches tabs; background tabs get no animation frames
    await selectWithMouse(first, 'Tokyo Electron and the Dutch firm ASML Holding NV');
    await first.keyboard.press('a');
    const dialog = first.getByRole('dialog', { name: 'Who is reviewing?' });
    await dialog.getByLabel('Your name').fill('Bo Reviewer');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await first
      .getByRole('form', { name: 'New annotation' })
      .getByRole('button', { name: 'Save' })
      .click();

    await expect.poll(() => entries(second).count()).toBe(1);
    expect(await entries(second).first().textContent()).toContain('Tokyo Electron');
    await expect.poll(() => second.locator('.ProseMirror .fm-hl').count()).toBe(1);
    // the name asked in one tab is known in the other
    await expect.poll(() => second.getByText('Reviewer: Bo Reviewer').count()).toBe(1);
  });

  it('removes it from the first tab when the second deletes it', async () => {
    await second.bringToFront();
    await entries(second).first().getByRole('button', { name: /Edit/ }).click();
    await second
      .getByRole('form', { name: 'Edit annotation' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(() => entries(first).count()).toBe(0);
    expect(await first.locator('.ProseMirror .fm-hl').count()).toBe(0);
  });

  it('says so when another tab upgrades the database, keeping unsaved text, without blocking the upgrade', async () => {
    await first.bringToFront();
    await selectWithMouse(first, 'Tokyo Electron and the Dutch firm ASML Holding NV');
    await first.keyboard.press('a');
    const form = first.getByRole('form', { name: 'New annotation' });
    await form.getByLabel('Note').fill('Half-written note');

    // what a newer Factmark in the other tab does: open the database at a higher version
    await second.bringToFront();
    const upgraded = await second.evaluate(
      () =>
        new Promise<string>(resolve => {
          const request = indexedDB.open('factmark', 1000);
          request.onupgradeneeded = () => request.result.createObjectStore('history');
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('upgraded');
          };
          request.onerror = () => resolve(`error: ${request.error?.message}`);
        }),
    );
    expect(upgraded).toBe('upgraded');

    await first.bringToFront();
    const banner = first.getByRole('alert').filter({ hasText: 'updated in another tab' });
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.textContent()).toContain('Factmark was updated in another tab — reload.');
    expect(await form.getByLabel('Note').inputValue()).toBe('Half-written note');
  });

  it('broke no rule of the Content-Security-Policy', () => {
    expect(profile.cspViolations).toEqual([]);
  });
});
