import type { Page } from 'playwright-core';
import { entryAt } from '../../tests/e2e/reviewer';

declare global {
  interface Window {
    /** Times (performance.now) of an initial sync seen from the page: Turn sync on clicked, all drawn. */
    __benchSync?: { clicked?: number; done?: number };
    /** When this page saw (or saved) a note edit, on the shared clock (timeOrigin + now). */
    __benchEdit?: { saved?: number; seen?: number };
  }
}

const deskLine = (page: Page) => page.getByRole('region', { name: 'Desk sync' });

/**
 * Turns desk sync on through the sidebar's Desk sync dialog, as a reviewer
 * does: the desk's address left as the dialog offers it (the page's own
 * origin, which the desk serves), the token typed, Turn sync on clicked.
 */
export async function turnSyncOn(page: Page, token: string): Promise<void> {
  await deskLine(page).getByRole('button', { name: 'Desk sync…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Desk sync' });
  await dialog.getByLabel('Your token').fill(token);
  await dialog.getByRole('button', { name: 'Turn sync on' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Waits until the sidebar says the article is synced with the desk and nothing waits to be sent. */
export async function syncedWithDesk(page: Page, timeout = 120_000): Promise<void> {
  await deskLine(page).locator('[data-sync="synced"]').waitFor({ timeout });
}

/**
 * Turns sync on in a browser that has the article and none of its
 * annotations, and times it in the page: from Turn sync on's click event to
 * the frame after the sidebar's list counts `listed` annotations (its
 * entries' `aria-setsize`, which follows what the store holds: as many as
 * the list of the browser that pushed them counts) with a highlight drawn
 * in the article. Returns ms.
 */
export async function initialSyncThroughUi(
  page: Page,
  token: string,
  listed: number,
): Promise<number> {
  await page.evaluate(n => {
    const t: NonNullable<Window['__benchSync']> = {};
    window.__benchSync = t;
    document.addEventListener(
      'click',
      e => {
        const button = (e.target as Element | null)?.closest('button');
        if (button?.textContent?.trim() === 'Turn sync on') t.clicked = performance.now();
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (t.clicked === undefined || t.done !== undefined) return;
      if (!document.querySelector(`[aria-setsize="${n}"]`)) return;
      if (!document.querySelector('.ProseMirror [data-annotation-id]')) return;
      observer.disconnect();
      t.done = -1; // seen: the frame after it sets the time
      requestAnimationFrame(() => setTimeout(() => (t.done = performance.now())));
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-setsize', 'data-annotation-id'],
    });
  }, listed);
  await turnSyncOn(page, token);
  await page.waitForFunction(() => (window.__benchSync?.done ?? -1) > 0, undefined, {
    polling: 50,
    timeout: 300_000,
  });
  const t = await page.evaluate(() => window.__benchSync ?? {});
  if (t.clicked === undefined || t.done === undefined) throw new Error('the sync was not seen');
  return t.done - t.clicked;
}

/**
 * How far this page's shared clock (`performance.timeOrigin + performance.now()`)
 * is from the system's wall clock (`Date.now()`), the median of 9 readings:
 * two browsers are two processes, and their high-resolution clocks are
 * compared after each is set against the one wall clock they share.
 */
export function clockOffset(page: Page): Promise<number> {
  return page.evaluate(() => {
    const offsets = Array.from(
      { length: 9 },
      () => performance.timeOrigin + performance.now() - Date.now(),
    ).sort((a, b) => a - b);
    return offsets[4] ?? 0;
  });
}

/**
 * Edits the note of the `index`-th annotation in reading order in `from`
 * (Edit, the note typed, Save) and times Save's click event (in the page)
 * to the frame after the new note appeared in `to`'s sidebar entry; both on
 * the shared clock, each page's set against the wall clock (`offsets`).
 */
export async function noteEditSeen(
  from: Page,
  to: Page,
  index: number,
  note: string,
  offsets: { from: number; to: number },
): Promise<EditSeen> {
  // the other browser's list is virtual too: its entry must be in the page to be seen changing
  await entryAt(to, index);
  await to.evaluate(marker => {
    const t: NonNullable<Window['__benchEdit']> = {};
    window.__benchEdit = t;
    const has = (node: Node) => node.textContent?.includes(marker) ?? false;
    const observer = new MutationObserver(records => {
      if (!records.some(r => has(r.target) || [...r.addedNodes].some(has))) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => (t.seen = performance.timeOrigin + performance.now())),
      );
    });
    const list = document.querySelector('[aria-label="Annotations in reading order"]');
    if (!list) throw new Error('no list of annotations');
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  }, note);
  const entry = await entryAt(from, index);
  await entry.getByRole('button', { name: /Edit/ }).click();
  const form = from.getByRole('form', { name: 'Edit annotation' });
  await form.getByLabel('Note').fill(note);
  const save = await form.getByRole('button', { name: 'Save' }).elementHandle();
  if (!save) throw new Error('the Edit annotation form has no Save button');
  await from.evaluate(button => {
    window.__benchEdit = { saved: performance.timeOrigin + performance.now() };
    (button as HTMLElement).click();
  }, save);
  await form.waitFor({ state: 'detached' });
  await to.waitForFunction(() => window.__benchEdit?.seen, undefined, {
    polling: 20,
    timeout: 30_000,
  });
  const saved = await from.evaluate(() => window.__benchEdit?.saved);
  const seen = await to.evaluate(() => window.__benchEdit?.seen);
  if (saved === undefined || seen === undefined) throw new Error('the edit was not seen');
  // the app's marks of the way between (the latest of each), on the clock both pages share
  const [sent] = await latestMarks(from, ['fm:sync:sent']);
  const [received, stored] = await latestMarks(to, ['fm:sync:received', 'fm:sync:stored']);
  const at = (t: number | undefined, offset: number) => (t === undefined ? NaN : t - offset);
  const times = [
    at(sent, offsets.from),
    at(received, offsets.to),
    at(stored, offsets.to),
    seen - offsets.to,
  ];
  const steps = times.map(
    (t, i) => t - (i === 0 ? saved - offsets.from : (times[i - 1] as number)),
  );
  return { ms: seen - offsets.to - (saved - offsets.from), steps };
}

/** An edit seen in the other browser, and its steps: Save → sent, → received, → stored, → seen. */
export interface EditSeen {
  ms: number;
  /** Milliseconds of each step; NaN where a page left no mark (an older build). */
  steps: number[];
}

/** The time (performance.timeOrigin + startTime) of the latest mark of each name, if any. */
const latestMarks = (page: Page, names: string[]) =>
  page.evaluate(
    names =>
      names.map(name => {
        const mark = performance.getEntriesByName(name, 'mark').at(-1);
        return mark && performance.timeOrigin + mark.startTime;
      }),
    names,
  );
