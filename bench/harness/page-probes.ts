import type { Page } from 'playwright-core';

/** An app-side performance entry: a mark's startTime or a measure's duration, in ms. */
export interface AppEntry {
  name: string;
  startTime: number;
  duration: number;
}

/** Every performance entry named `name` on the page (the app's `fm:*` marks and measures). */
export function appEntries(page: Page, name: string): Promise<AppEntry[]> {
  return page.evaluate(
    n =>
      performance
        .getEntriesByName(n)
        .map(e => ({ name: e.name, startTime: e.startTime, duration: e.duration })),
    name,
  );
}

/**
 * Waits up to `timeoutMs` for an entry named `name` (the app may set it a
 * little after what the harness waited for); the first, or undefined.
 */
export async function awaitEntry(
  page: Page,
  name: string,
  timeoutMs = 5_000,
): Promise<AppEntry | undefined> {
  await page
    .waitForFunction(n => performance.getEntriesByName(n).length > 0, name, {
      polling: 50,
      timeout: timeoutMs,
    })
    .catch(() => undefined);
  return (await appEntries(page, name))[0];
}

/** The last `fm:*` measure's duration, or undefined when the app does not set it (yet). */
export async function lastMeasure(page: Page, name: string): Promise<number | undefined> {
  return (await appEntries(page, name)).at(-1)?.duration;
}

declare global {
  interface Window {
    /** Set by `watchFirstHighlights`: ms since navigation start when the first highlight in view was presented. */
    __benchFirstHighlights?: number;
  }
}

/**
 * An init script: from the document's start, watches for the first highlight
 * in the viewport of the article and records when the frame after it was
 * presented (requestAnimationFrame, then a macrotask). This is the open figure
 * as a reviewer sees it, for when the app's own mark is absent.
 */
export function watchFirstHighlights(): void {
  const inView = () => {
    for (const el of document.querySelectorAll('.ProseMirror [data-annotation-id]')) {
      const r = el.getBoundingClientRect();
      if (r.bottom > 0 && r.top < innerHeight && r.width > 0) return true;
      if (r.top >= innerHeight) return false; // document order: the rest are further down
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (!inView()) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.__benchFirstHighlights = performance.now();
      }),
    );
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Waits until the first highlight in view has been presented; returns ms since navigation start. */
export async function firstHighlightsPresented(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => window.__benchFirstHighlights, undefined, {
    polling: 50,
    timeout: 60_000,
  });
  return (await handle.jsonValue()) as number;
}
