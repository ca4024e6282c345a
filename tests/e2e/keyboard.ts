import type { Page } from 'playwright-core';

/** The caret's block of text and its offset in it, as the page reports it. */
function caret(page: Page) {
  return page.evaluate(() => {
    const s = getSelection();
    const node = s?.focusNode;
    const block = (node instanceof Element ? node : node?.parentElement)?.closest(
      '.ProseMirror > *',
    );
    if (!s || !node || !block) return null;
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, s.focusOffset);
    return { block: block.textContent ?? '', offset: before.toString().length };
  });
}

/**
 * Presses Tab (or, `backwards`, Shift+Tab) until focus is on an element matching `selector`;
 * throws after `limit` presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  limit = 150,
  backwards = false,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate(s => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * Moves the caret in the article to the start of `text` with arrow keys only,
 * as a keyboard user would: down to its paragraph, then along it.
 */
export async function caretTo(page: Page, text: string): Promise<void> {
  for (let i = 0; ; i++) {
    const at = await caret(page);
    if (at?.block.includes(text)) break;
    if (i > 400) throw new Error(`the caret never reached a paragraph with “${text}”`);
    await page.keyboard.press('ArrowDown');
  }
  const at = await caret(page);
  if (!at) throw new Error('no caret in the article');
  const start = at.block.indexOf(text);
  const key = at.offset > start ? 'ArrowLeft' : 'ArrowRight';
  for (let i = Math.abs(at.offset - start); i > 0; i--) await page.keyboard.press(key);
}

/**
 * Waits a frame and a task, as long as a person takes between two keys at the least: the
 * editor reads a selection made with the keys on the page's `selectionchange`, which comes
 * in a task of its own, and ignores it once the focus has left the article. A Tab sent in the
 * same instant as the last Shift+arrow left the selection a letter short (1 run in 6).
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/** Selects `text` in the article with the caret and Shift+ArrowRight, and lets the editor read it. */
export async function selectWithKeyboard(page: Page, text: string): Promise<void> {
  await caretTo(page, text);
  for (let i = 0; i < text.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await settle(page);
}

/** What the polite live region last said. */
export async function announced(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.announcer')?.textContent ?? '');
}
