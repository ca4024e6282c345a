import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The sidebar region that lists the article's annotations. */
export const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });

/** The sidebar's entries, one per anchored annotation, in reading order. */
export const entries = (page: Page) =>
  sidebar(page).getByRole('list', { name: 'Annotations in reading order' }).getByRole('listitem');

/**
 * The entry at `index` in reading order, scrolled into the sidebar's list by the wheel as a
 * person would: the list is virtual, so an entry out of view is not in the page at all.
 */
export async function entryAt(page: Page, index: number): Promise<Locator> {
  const entry = entries(page).and(page.locator(`[aria-posinset="${index + 1}"]`));
  for (let turn = 0; turn < 40 && (await entry.count()) === 0; turn++) {
    const shown = await entries(page).evaluateAll(items =>
      items.map(li => Number(li.getAttribute('aria-posinset'))),
    );
    const box = await sidebar(page).boundingBox();
    if (!box) throw new Error('the sidebar is not shown');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, index + 1 < Math.min(...shown) ? -300 : 300);
  }
  return entry;
}

/** Scrolls `text` in the article into view and returns the boxes of its first and last character. */
async function charBoxes(page: Page, text: string): Promise<{ first: Box; last: Box }> {
  await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  // a dialog that opened an article is gone a moment before the article is shown
  for (let waited = 0; waited < 5_000; waited += 100) {
    const boxes = await boxesOf(page, text);
    if (boxes) return boxes;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${text}" is not in the article`);
}

function boxesOf(page: Page, text: string): Promise<{ first: Box; last: Box } | null> {
  return page.evaluate(needle => {
    const root = document.querySelector('.ProseMirror');
    if (!root) return null; // between two articles
    // highlights split the text into many nodes: search their concatenation
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // widgets (the correction shown after a slip) are not article text
      if (!node.parentElement?.closest('[contenteditable="false"]')) nodes.push(node as Text);
    }
    const whole = nodes.map(n => n.data).join('');
    const at = whole.indexOf(needle);
    if (at < 0) return null;
    const locate = (offset: number): [Text, number] => {
      for (const node of nodes) {
        if (offset < node.data.length) return [node, offset];
        offset -= node.data.length;
      }
      throw new Error('offset past the text');
    };
    const rect = (offset: number) => {
      const [node, within] = locate(offset);
      const range = document.createRange();
      range.setStart(node, within);
      range.setEnd(node, within + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    locate(at)[0].parentElement?.scrollIntoView({ block: 'center' });
    return { first: rect(at), last: rect(at + needle.length - 1) };
  }, text);
}

/** Drags the mouse across `text` in the article, as a reviewer selects a claim. */
export async function selectWithMouse(page: Page, text: string): Promise<void> {
  const { first, last } = await charBoxes(page, text);
  await page.mouse.move(first.x + 1, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move((first.x + last.x) / 2, last.y + last.height / 2, { steps: 4 });
  await page.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Clicks just before the first character of `text`, leaving the caret there. */
export async function clickBefore(page: Page, text: string): Promise<void> {
  const { first } = await charBoxes(page, text);
  await page.mouse.click(first.x + 1, first.y + first.height / 2);
}

/** Clicks in the middle of `text` in the article. */
export async function clickOn(page: Page, text: string): Promise<void> {
  const { first, last } = await charBoxes(page, text);
  await page.mouse.click((first.x + last.x + last.width) / 2, first.y + first.height / 2);
}

/** The text the browser has selected. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** Answers the one-time "Who is reviewing?" question if it is asked. */
export async function giveNameIfAsked(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
  if (await dialog.isVisible()) {
    await dialog.getByLabel('Your name').fill(name);
    await dialog.getByRole('button', { name: 'Continue' }).click();
  }
}

export interface NewAnnotation {
  /** The name given if the app asks who is reviewing (Ada Lindqvist unless told). */
  reviewer?: string;
  kind?: 'Claim' | 'Correction' | 'Comment';
  verdict?: string;
  correction?: string;
  note?: string;
  sourceUrl?: string;
}

/** Selects `text` with the mouse and files an annotation of it through the form. */
export async function annotate(page: Page, text: string, fields: NewAnnotation): Promise<void> {
  await selectWithMouse(page, text);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
  const form = page.getByRole('form', { name: 'New annotation' });
  await Promise.race([dialog.waitFor(), form.waitFor()]);
  if (await dialog.isVisible()) {
    await dialog.getByLabel('Your name').fill(fields.reviewer ?? 'Ada Lindqvist');
    await dialog.getByRole('button', { name: 'Continue' }).click();
  }
  if (fields.kind) await form.getByRole('radio', { name: fields.kind }).check();
  if (fields.verdict) await form.getByLabel('Verdict').selectOption({ label: fields.verdict });
  if (fields.correction)
    await form.getByRole('textbox', { name: 'Correction' }).fill(fields.correction);
  if (fields.note) await form.getByLabel('Note').fill(fields.note);
  if (fields.sourceUrl) {
    await form.getByRole('button', { name: 'Add source' }).click();
    await form.getByLabel('Source URL').fill(fields.sourceUrl);
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

/**
 * Chooses a format from the Export menu, answers the dialog it opens (if a
 * handler is given), and saves the download in `dir`; returns its path.
 */
export async function exportAs(
  page: Page,
  format: 'Annotated JSON' | 'ClaimReview JSON-LD' | 'Report (Markdown)' | 'CSV',
  dir: string,
  answerDialog?: (dialog: Locator) => Promise<void>,
): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: format }).click();
  if (answerDialog) await answerDialog(page.getByRole('dialog'));
  const file = await download;
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

/** Imports a file through the Import button's file chooser. */
export async function importFile(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(file);
}

/** The question an import asks before the file's text replaces the text of an article with annotations. */
export const replaceTextDialog = (page: Page) =>
  page.getByRole('alertdialog', { name: /^Replace the text of/ });

/** Answers that question with one of its buttons, once it is asked. */
export async function answerReplaceText(
  page: Page,
  answer: 'Replace the text' | 'Import as a separate article' | 'Cancel',
): Promise<void> {
  const dialog = replaceTextDialog(page);
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The sidebar's entry of the annotation of `text`. */
export const entry = (page: Page, text: string) => entries(page).filter({ hasText: text });

/** Opens the annotation of `text` for editing, lets `change` fill the form, and saves it. */
export async function edit(
  page: Page,
  text: string,
  change: (form: Locator) => Promise<void>,
): Promise<void> {
  await entry(page, text).getByRole('button', { name: /Edit/ }).click();
  const form = page.getByRole('form', { name: 'Edit annotation' });
  await change(form);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}
