import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromDoc } from '../../src/io/article-record';
import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../src/io/annotated-json-import';
import { docFromPlainText } from '../../src/io/plain-text';
import { Profile } from './browser';
import {
  annotate,
  answerReplaceText,
  entries,
  exportAs,
  importFile,
  replaceTextDialog,
  selectWithMouse,
  sidebar,
} from './reviewer';

const orphans = (page: Page) =>
  sidebar(page)
    .getByRole('list', { name: 'Annotations that need re-anchoring' })
    .getByRole('listitem');

/** The exported article as the newsroom edited it: a note on top, the name fixed, a sentence rewritten. */
async function editedVersion(file: string, dir: string): Promise<string> {
  const parsed = await parseAnnotatedJson(await readFile(file, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { article } = parsed;
  const paragraphs = article.text.split('\n');
  const edited = [
    'Correction, December 12: an earlier version misspelled the name of Germany’s economy minister.',
    ...paragraphs.map(p =>
      p
        .replace('Robert Hallbeck', 'Robert Habeck')
        .replace(
          'Tokyo Electron and the Dutch firm ASML Holding NV occupy the leading positions in the world market of semiconductor equipment, in addition to the USA.',
          'Japanese and Dutch suppliers dominate some segments of the chip-making equipment trade.',
        ),
    ),
  ].join('\n\n');
  const v2 = await articleFromDoc(
    docFromPlainText(edited),
    { title: article.title, publisher: article.publisher },
    article.id,
  );
  const out = path.join(dir, 'v2.factmark.json');
  await writeFile(out, exportAnnotatedJson(v2, []));
  return out;
}

describe('re-anchoring onto an edited version of the article', () => {
  const profile = new Profile();
  let page: Page;

  beforeAll(async () => {
    page = await profile.open();
    await annotate(page, 'believed to be the ministry’s first in this regard', {
      verdict: 'Unverifiable',
    });
    await annotate(page, 'approved a request by Robert Hallbeck, the economy minister', {
      verdict: 'Mostly true',
    });
    await annotate(page, 'occupy the leading positions in the world market', {
      verdict: 'Mostly true',
    });
  });
  afterAll(() => profile.dispose());

  it('imports the edited text as a new version and reports how each annotation anchored', async () => {
    const v1 = await exportAs(page, 'Annotated JSON', profile.dir);
    await importFile(page, await editedVersion(v1, profile.dir));
    // asked first, since the text here has annotations
    expect(await replaceTextDialog(page).textContent()).toContain('3 annotations here');
    // its three answers fit: the dialog never scrolls sideways, hiding the first of them
    for (const width of [1280, 800, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const box = await replaceTextDialog(page).evaluate(d => ({
        scrolled: d.scrollLeft,
        overflow: d.scrollWidth - d.clientWidth,
      }));
      expect(box, `at ${width} px`).toEqual({ scrolled: 0, overflow: 0 });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await answerReplaceText(page, 'Replace the text');
    const report = page.getByRole('status').filter({ hasText: 'Imported' });
    await expect.poll(() => report.textContent()).toContain('new version');
    expect(await report.textContent()).toContain(
      '1 anchored, 1 fuzzy — please confirm, 1 orphaned',
    );
    // the report can come a frame before the editor shows the new version
    await expect
      .poll(() => page.locator('.ProseMirror').textContent())
      .toContain('Correction, December 12');
  });

  it('marks the fuzzy anchor until the reviewer confirms it', async () => {
    await expect.poll(() => entries(page).count()).toBe(2);
    const fuzzy = entries(page).filter({ hasText: 'Fuzzy match' });
    expect(await fuzzy.textContent()).toContain('Robert Hallbeck'); // what it used to read
    expect(await page.locator('.ProseMirror .fm-fuzzy').count()).toBeGreaterThan(0);
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/reanchoring.png' });
    await fuzzy.getByRole('button', { name: /Confirm place/ }).click();
    await expect.poll(() => entries(page).filter({ hasText: 'Fuzzy match' }).count()).toBe(0);
    expect(await page.locator('.ProseMirror .fm-fuzzy').count()).toBe(0);
  });

  it('lists the orphan under Needs re-anchoring and re-attaches it to a new selection', async () => {
    expect(await orphans(page).count()).toBe(1);
    expect(await orphans(page).textContent()).toContain('occupy the leading positions');
    await selectWithMouse(page, 'Japanese and Dutch suppliers dominate some segments');
    await orphans(page).getByRole('button', { name: 'Re-attach to selection' }).click();
    await expect.poll(() => orphans(page).count()).toBe(0);
    expect(await entries(page).count()).toBe(3);
    await page.reload();
    await expect.poll(() => entries(page).count()).toBe(3);
    expect(await entries(page).allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Japanese and Dutch suppliers dominate some segments'),
      ]),
    );
  });

  it('broke no rule of the Content-Security-Policy', () => {
    expect(profile.cspViolations).toEqual([]);
  });
});
