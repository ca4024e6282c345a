import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../src/io/article-record';
import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { docFromPlainText } from '../../src/io/plain-text';
import { sampleArticleRecord } from '../fixtures/formats/sample-annotations';
import { Profile } from './browser';
import { counts } from './stored';
import {
  annotate,
  answerReplaceText,
  entries,
  importFile,
  replaceTextDialog,
  sidebar,
} from './reviewer';

const VIEWPORT = { width: 1280, height: 800 };
const SAMPLE = readFileSync(
  new URL('../fixtures/formats/sample-export.json', import.meta.url),
  'utf8',
);

/** The sample export with its document nested `depth` levels, a `__proto__` key at the bottom. */
function deepProtoFile(depth: number): string {
  const json = JSON.parse(SAMPLE) as { 'factmark:article': Record<string, unknown> };
  json['factmark:article']['factmark:doc'] = 'DEEP';
  const deep = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}{"__proto__":{"polluted":1}}${']}'.repeat(depth)}]}`;
  return JSON.stringify(json).replace('"DEEP"', deep);
}

/** Whether the element at the centre of `name`'s button is that button (nothing covers it). */
async function buttonUncovered(page: Page, name: string): Promise<boolean> {
  const button = page.getByRole('button', { name, exact: true });
  const box = await button.boundingBox();
  if (!box) return false;
  return button.evaluate((el, at) => el.contains(document.elementFromPoint(at.x, at.y)), {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
}

describe('import notices and choices', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open(VIEWPORT);
    await page.getByRole('textbox', { name: 'Article text' }).waitFor();
  });
  afterAll(() => profile.dispose());

  it('keeps an error notice about a very deep path within the window, folded, with Close and Import in reach', async () => {
    const file = path.join(profile.dir, 'deep-path.json');
    await writeFile(file, deepProtoFile(3000));
    await importFile(page, file);
    const notice = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await notice.waitFor();

    const box = await notice.boundingBox();
    expect(box?.height).toBeLessThanOrEqual(VIEWPORT.height / 2);
    const close = notice.getByRole('button', { name: 'Close message' });
    const closeBox = await close.boundingBox();
    expect(closeBox && closeBox.y >= 0 && closeBox.y + closeBox.height <= VIEWPORT.height).toBe(
      true,
    );
    expect(await buttonUncovered(page, 'Import')).toBe(true);
    expect(await buttonUncovered(page, 'Export')).toBe(true);

    // the reason in plain words; the path only behind "Details", and it scrolls within the notice
    expect(await notice.textContent()).toContain('Nothing was changed.');
    const details = notice.getByText('Details', { exact: true });
    const path_ = notice.getByText(/\$\['factmark:article'\]\['factmark:doc'\]\.content\[0\]/);
    expect(await path_.isVisible()).toBe(false);
    await details.click();
    expect(await path_.isVisible()).toBe(true);
    expect((await notice.boundingBox())?.height).toBeLessThanOrEqual(VIEWPORT.height / 2);
    expect(await buttonUncovered(page, 'Import')).toBe(true);

    await close.click();
    await notice.waitFor({ state: 'detached' });
  });
});

const orphans = (page: Page) =>
  sidebar(page)
    .getByRole('list', { name: 'Annotations that need re-anchoring' })
    .getByRole('listitem');

describe('a file with the id of an article here and another text', () => {
  const profile = new Profile();
  let page: Page;
  let file: string;
  let reprintedAgain: string;
  let sampleId: string;

  beforeAll(async () => {
    page = await profile.open(VIEWPORT);
    await annotate(page, 'Robert Hallbeck', { kind: 'Correction', correction: 'Robert Habeck' });
    await annotate(page, 'occupy the leading positions in the world market', {
      verdict: 'Mostly true',
    });
    // the sample as its publisher later printed it: the market sentence gone
    const sample = await sampleArticleRecord();
    sampleId = sample.id;
    const text = sample.text
      .split('\n')
      .filter(p => !p.includes('occupy the leading positions'))
      .join('\n\n');
    const edited = await articleFromDoc(docFromPlainText(text), { title: sample.title }, sample.id);
    file = path.join(profile.dir, 'reprinted.factmark.json');
    await writeFile(file, exportAnnotatedJson(edited, []));
    // and reprinted once more, with a note on top (a text not here yet: the first is, once imported)
    const again = await articleFromDoc(
      docFromPlainText(`Updated on December 14.\n\n${text}`),
      { title: sample.title },
      sample.id,
    );
    reprintedAgain = path.join(profile.dir, 'reprinted-again.factmark.json');
    await writeFile(reprintedAgain, exportAnnotatedJson(again, []));
  });
  afterAll(() => profile.dispose());

  it('says what would happen to the annotations here and changes nothing when cancelled', async () => {
    const before = await counts(page);
    expect(before).toMatchObject({ articles: 1, annotations: { [sampleId]: 2 } });
    await importFile(page, file);
    const dialog = replaceTextDialog(page);
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('2 annotations here');
    expect(text).toContain('1 will be found as they are');
    expect(text).toContain('1 may be orphaned');
    // Cancel has the focus: Enter, pressed out of habit, does no harm
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'cancelled' }).count())
      .toBe(1);
    expect(await counts(page)).toEqual(before);
    expect(await entries(page).count()).toBe(2);
  });

  it('imports the other text as a separate article, leaving the article here as it was', async () => {
    await importFile(page, file);
    await answerReplaceText(page, 'Import as a separate article');
    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect.poll(() => report.textContent()).toContain('separate article');
    await expect.poll(async () => (await counts(page)).articles).toBe(2);
    expect((await counts(page)).annotations).toEqual({ [sampleId]: 2 });
    // the new article is the one shown: it has no annotations yet
    await expect.poll(() => entries(page).count()).toBe(0);
  });

  it('replaces the text when asked to, moving the annotations onto it', async () => {
    await importFile(page, reprintedAgain);
    await answerReplaceText(page, 'Replace the text');
    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect.poll(() => report.textContent()).toContain('new version');
    expect(await report.textContent()).toContain('1 orphaned');
    await expect.poll(() => entries(page).count()).toBe(1);
    expect(await orphans(page).count()).toBe(1);
    const after = await counts(page);
    expect(after.articles).toBe(3);
    expect(after.annotations[sampleId]).toBeUndefined();
  });
});
