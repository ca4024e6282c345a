import type { Page } from 'playwright-core';
import { giveNameIfAsked, selectWithMouse } from '../../tests/e2e/reviewer';

declare global {
  interface Window {
    __benchSaved?: number;
  }
}

/** A short phrase of the n-th paragraph that occurs nowhere earlier, for the mouse to select. */
export function phraseToSelect(text: string, n: number): string {
  const paragraphs = text.split('\n');
  const p = paragraphs[n % paragraphs.length] ?? '';
  const from = p.indexOf(' ', 12) + 1;
  const words = p.slice(from).split(' ').slice(0, 3).join(' ');
  if (text.indexOf(words) !== text.indexOf(p) + from) return phraseToSelect(text, n + 1);
  return words;
}

/**
 * Selects `phrase` with the mouse, presses Annotate, and times Save: from the
 * click (dispatched in the page) until a highlight with a new annotation id
 * is in the article and the next frame has been presented. Returns ms.
 */
export async function annotateAndSave(page: Page, phrase: string): Promise<number> {
  await selectWithMouse(page, phrase);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  const form = page.getByRole('form', { name: 'New annotation' });
  const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
  await Promise.race([form.waitFor(), dialog.waitFor()]);
  await giveNameIfAsked(page, 'Bench Reviewer');
  const save = await form.getByRole('button', { name: 'Save' }).elementHandle();
  if (!save) throw new Error('the New annotation form has no Save button');
  await page.evaluate(button => {
    const article = document.querySelector('.ProseMirror');
    if (!article) throw new Error('no article view');
    const known = new Set(
      [...article.querySelectorAll('[data-annotation-id]')].map(el =>
        el.getAttribute('data-annotation-id'),
      ),
    );
    window.__benchSaved = undefined;
    const isNew = (node: Node) =>
      node instanceof Element &&
      [node, ...node.querySelectorAll('[data-annotation-id]')].some(el => {
        const id = el.getAttribute('data-annotation-id');
        return id !== null && !known.has(id);
      });
    const t0 = performance.now();
    const observer = new MutationObserver(records => {
      const found = records.some(r =>
        r.type === 'attributes' ? isNew(r.target) : [...r.addedNodes].some(isNew),
      );
      if (!found) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__benchSaved = performance.now() - t0)));
    });
    observer.observe(article, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-annotation-id'],
    });
    if (button instanceof HTMLElement) button.click();
  }, save);
  const handle = await page.waitForFunction(() => window.__benchSaved, undefined, { polling: 20 });
  const ms = (await handle.jsonValue()) as number;
  await page.keyboard.press('Escape');
  return ms;
}
