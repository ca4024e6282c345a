import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { annotate, entries, selectWithMouse } from './reviewer';

const MB = 1024 * 1024;

/**
 * Fills the origin's storage with another database until the browser refuses
 * more: 4 MB blobs, then smaller ones, so that less than 16 kB is left and
 * even a note within the app's limits (100,000 characters) cannot be saved.
 */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(
    (sizes: number[]) =>
      new Promise<number>(resolve => {
        // random bytes: Chromium compresses what it stores, and 12 MB took 63 writes of 4 MB
        // filled with one byte, against 3 of random bytes
        const randomBytes = (length: number) => {
          const bytes = new Uint8Array(length);
          // getRandomValues fills at most 65,536 bytes a call
          for (let at = 0; at < length; at += 65_536) {
            crypto.getRandomValues(bytes.subarray(at, at + 65_536));
          }
          return bytes;
        };
        const open = indexedDB.open('filler', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs');
        open.onsuccess = () => {
          const idb = open.result;
          let written = 0;
          let size = 0;
          const writeOne = () => {
            const tx = idb.transaction('blobs', 'readwrite');
            const bytes = sizes[size] ?? 0;
            tx.objectStore('blobs').put(randomBytes(bytes), written);
            tx.oncomplete = () => {
              written++;
              writeOne();
            };
            tx.onabort = tx.onerror = () => {
              if (++size < sizes.length) return writeOne();
              idb.close();
              resolve(written);
            };
          };
          writeOne();
        };
      }),
    [4 * MB, MB / 4, MB / 64],
  );
}

/** How many annotations the app's database holds. */
function storedAnnotations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('annotations').objectStore('annotations').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

describe('when the browser’s storage is full', () => {
  const profile = new Profile({ persistent: true }); // its quota is overridden
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    page = await profile.open();
    // the quota is lowered before the reviewer's first save: lowered after it, Chromium 150 let
    // the filler write on for 29 s (over a gigabyte) before it refused a write
    cdp = await (profile.context as BrowserContext).newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(APP_URL).origin,
      quotaSize: 12 * MB,
    });
    await annotate(page, 'Tokyo Electron and the Dutch firm ASML Holding NV', { verdict: 'True' });
    expect(await fillStorage(page)).toBeGreaterThan(0);
  });
  afterAll(() => profile.dispose());

  it('says nothing was saved and keeps what the reviewer typed', async () => {
    await selectWithMouse(page, 'believed to be the ministry’s first in this regard');
    await page.keyboard.press('a');
    const form = page.getByRole('form', { name: 'New annotation' });
    // about 99,000 characters: within what a note may hold, more than the storage has left
    await form.getByLabel('Note').fill('A note worth keeping '.repeat(4_700));
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Nothing was saved.');
    expect(await form.getByRole('alert').textContent()).toContain('storage for Factmark is full');
    expect((await form.getByLabel('Note').inputValue()).startsWith('A note worth keeping')).toBe(
      true,
    );
    expect(await storedAnnotations(page)).toBe(1);
    // the highlight shown while the write ran was taken back
    const drawn = await page
      .locator('.ProseMirror [data-annotation-id]')
      .evaluateAll(els => new Set(els.map(e => e.getAttribute('data-annotation-id'))).size);
    expect(drawn).toBe(1);
  });

  it('saves once space is freed', async () => {
    // Chromium reclaims a deleted database's files lazily, so the space is freed as a disk is:
    // the filler goes and the origin's quota is lifted back to the browser's own
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(APP_URL).origin });
    await page.evaluate(
      () =>
        new Promise<void>(resolve => {
          const request = indexedDB.deleteDatabase('filler');
          request.onsuccess = request.onerror = () => resolve();
        }),
    );
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => entries(page).count()).toBe(2);
    expect(await storedAnnotations(page)).toBe(2);
  });
});
