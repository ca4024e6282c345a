import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Profile } from './browser';
import { annotate, edit, entries, entry, exportAs, importFile } from './reviewer';
import { stored } from './stored';

// Three browsers: two reviewers annotate the sample article, then a curator merges both files.
const SHARED = 'believed to be the ministry’s first in this regard';
const NOTED = 'occupy the leading positions in the world market';
const DELETED = 'Robert Hallbeck';
const ADDED = 'sources familiar with the matter said';
// the same claim flagged by each reviewer on their own, with the same verdict: one claim
const OVERLAP_A = 'Japan has made significant progress in recent years';
const OVERLAP_B = 'Japan has made significant progress in recent years and established';
const CUSTOM = 'Lacks evidence';

async function remove(page: Page, text: string) {
  await entry(page, text).getByRole('button', { name: /Edit/ }).click();
  await page
    .getByRole('form', { name: 'Edit annotation' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect.poll(() => entry(page, text).count()).toBe(0);
}

/** Adds a verdict to the scale in the scale editor, as a reviewer would. */
async function addVerdict(page: Page, label: string) {
  await page.getByRole('button', { name: 'Edit the verdict scale' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verdict scale' });
  await dialog.getByRole('button', { name: 'Add verdict' }).click();
  await dialog.getByLabel('Label of verdict 8').fill(label);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Answers the question about verdicts not on the scale, if it is asked: adds them all. */
async function addForeignVerdicts(page: Page, expected: string[]) {
  const dialog = page.getByRole('dialog', { name: 'Verdicts not on your scale' });
  await dialog.waitFor();
  const named = await dialog
    .getByRole('combobox')
    .evaluateAll(els => els.map(el => (el as HTMLSelectElement).labels?.[0]?.textContent ?? ''));
  expect(named).toEqual(expected.map(label => `“${label}”`));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** What each annotation holds, by id: enough to tell two stores' merges apart. */
async function contents(page: Page) {
  const records = (await stored(page)).annotations as {
    id: string;
    note: string;
    verdict?: string;
    tags: string[];
    assessments?: { reviewer: { id: string }; verdict: string; note?: string }[];
    revs?: string[];
    creator: string;
  }[];
  return Object.fromEntries(
    records
      .filter(r => r.creator !== 'Cleo Curator')
      .map(r => [
        r.id,
        {
          note: r.note,
          verdict: r.verdict,
          tags: r.tags,
          assessments: r.assessments,
          revs: r.revs,
        },
      ]),
  );
}

/** Imports a file that merges into the article here, reading the preview and answering it. */
async function merge(
  page: Page,
  file: string,
  answer: 'Merge' | 'Cancel',
  foreign: string[] = [],
): Promise<string> {
  await importFile(page, file);
  if (foreign.length > 0) await addForeignVerdicts(page, foreign);
  const dialog = page.getByRole('dialog', { name: /^Merge into/ });
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

describe('a desk of two reviewers and a curator, by files', () => {
  const ada = new Profile();
  const ben = new Profile();
  const cleo = new Profile();
  let a: Page;
  let b: Page;
  let c: Page;
  let adaFile: string;
  let benFile: string;
  /** The curator's annotations after merging Ada's file, then Ben's. */
  let merged: Awaited<ReturnType<typeof contents>>;

  beforeAll(async () => {
    a = await ada.open();
    b = await ben.open();
    c = await cleo.open();
    await annotate(a, SHARED, { verdict: 'Unverifiable', note: 'No statement confirms it.' });
    await annotate(a, NOTED, { verdict: 'Mostly true', note: 'Ada’s note.' });
    await annotate(a, DELETED, { verdict: 'False' });
    await annotate(a, OVERLAP_A, { verdict: 'Mostly true', note: 'Ada on progress.' });
    adaFile = await exportAs(a, 'Annotated JSON', ada.dir);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([ada.dispose(), ben.dispose(), cleo.dispose()]);
  });

  it('lets the second reviewer take the first one’s file and work on it under their own name', async () => {
    // Ben's first annotation asks for his name; the file's annotations stay Ada's
    await addVerdict(b, CUSTOM);
    await annotate(b, ADDED, { verdict: CUSTOM, reviewer: 'Ben Okafor' });
    await annotate(b, OVERLAP_B, { verdict: 'Mostly true', note: 'Ben on progress.' });
    await importFile(b, adaFile);
    await b.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    // Ada's and Ben's annotations of the same passage are one claim: one entry, with both verdicts
    await expect.poll(() => entries(b).count(), { timeout: 15_000 }).toBe(5);
    expect(await entry(b, OVERLAP_A).count()).toBe(1);
    // assessments come in the order of the reviewers' random ids
    const both = await entry(b, OVERLAP_A).textContent();
    expect(both).toContain('Assessments: ');
    expect(both).toContain('Ada Lindqvist: Mostly true');
    expect(both).toContain('Ben Okafor: Mostly true');
    await edit(b, SHARED, async form => {
      await form.getByLabel('Verdict').selectOption({ label: 'False' });
    });
    await edit(b, NOTED, form => form.getByLabel('Note').fill('Ben’s note.'));
    await remove(b, DELETED);
    benFile = await exportAs(b, 'Annotated JSON', ben.dir);
    const json = JSON.parse(await readFile(benFile, 'utf8'));
    expect(json['factmark:formatVersion']).toBe(3);
    expect(json['factmark:tombstones']).toHaveLength(1);
    const shared = json.first.items.find((i: { target: { selector: { exact?: string }[] } }) =>
      i.target.selector.some(s => s.exact === SHARED),
    );
    const verdicts = shared.body.filter((x: { purpose: string }) => x.purpose === 'assessing');
    expect(
      verdicts.map((x: { creator?: { name: string }; value: string }) => [
        x.creator?.name,
        x.value,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [undefined, 'False'],
        ['Ada Lindqvist', 'Unverifiable'],
        ['Ben Okafor', 'False'],
      ]),
    );
  });

  it('meanwhile lets the first reviewer change the same note', async () => {
    await edit(a, NOTED, form => form.getByLabel('Note').fill('Ada’s note, revised.'));
    adaFile = await exportAs(a, 'Annotated JSON', ada.dir);
  });

  it('shows the curator exactly what merging the second file will do, then merges it', async () => {
    await annotate(c, 'a telephone conversation', { kind: 'Comment', reviewer: 'Cleo Curator' });
    await importFile(c, adaFile);
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(c).count(), { timeout: 15_000 }).toBe(5);
    // Ben's file uses the verdict he added to his scale: Cleo is asked, and adds it
    const preview = await merge(c, benFile, 'Merge', [CUSTOM]);
    expect(preview).toContain('Added (only in the file): 2');
    expect(preview).toContain('Newer on one side (the newer copy is kept): 1');
    expect(preview).toContain('Changed on both sides (merged, listed in Curation): 1');
    expect(preview).toContain('Deleted: 1');
    expect(preview).toContain('Unchanged: 1');
    expect(preview).toContain(`“${DELETED}” — deleted in the file`);
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    // six annotations, the two of the same passage one entry
    await expect.poll(() => entries(c).count(), { timeout: 15_000 }).toBe(5);
    // nothing typed by anyone is lost: both notes are there, side by side
    const records = (await stored(c)).annotations as {
      note: string;
      verdict?: string;
      target: { exact: string };
    }[];
    expect(records).toHaveLength(6);
    const noted = records.find(r => r.target.exact === NOTED)?.note ?? '';
    expect(noted).toContain('Ada’s note, revised.');
    expect(noted).toContain('Ben’s note.');
    expect(records.find(r => r.target.exact === ADDED)?.verdict).toBe('lacks-evidence');
    expect(await entry(c, ADDED).textContent()).toContain(CUSTOM);
    // Ben's longer passage comes first in reading order and leads; Ada's is within it
    expect(await entry(c, OVERLAP_A).textContent()).toContain(
      'Also annotated by Ada Lindqvist: Ada on progress.',
    );
    merged = await contents(c);
  });

  it('gives the first reviewer the same merge when she takes the second one’s file: the other order', async () => {
    await merge(a, benFile, 'Merge', [CUSTOM]);
    await a.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    await expect.poll(() => entries(a).count(), { timeout: 15_000 }).toBe(4);
    expect(await contents(a)).toEqual(merged);
  });

  it('lists the disagreement, the claim only one flagged and the conflict in Curation, and records the decision', async () => {
    await c.getByRole('button', { name: 'Curation', exact: true }).click();
    const view = c.getByRole('dialog', { name: 'Curation' });
    await view.waitFor();
    const shared = view.getByRole('article', { name: `“${SHARED}”` });
    expect(await shared.textContent()).toContain('Reviewers disagree');
    expect(await shared.textContent()).toContain('Ada Lindqvist: Unverifiable');
    expect(await shared.textContent()).toContain('Ben Okafor: False');
    expect(await view.getByRole('article', { name: `“${NOTED}”` }).textContent()).toContain(
      'Merge conflict',
    );
    expect(await view.getByRole('article', { name: `“${ADDED}”` }).textContent()).toContain(
      'Not every reviewer flagged it',
    );
    // by keyboard: the choice of verdict is a radio group
    await shared.getByRole('radio', { name: 'False', exact: true }).focus();
    await c.keyboard.press('ArrowUp');
    expect(await shared.getByRole('radio', { name: 'Mostly false' }).isChecked()).toBe(true);
    await shared.getByRole('button', { name: 'Decide' }).click();
    await expect
      .poll(async () => (await view.textContent())?.includes('Reviewers disagree'))
      .toBe(false);
    await c.keyboard.press('Escape');
    await expect.poll(() => entry(c, SHARED).textContent()).toContain('Mostly false');
    const records = (await stored(c)).annotations as {
      target: { exact: string };
      history: { by: string; settles?: string[] }[];
    }[];
    const decided = records.find(r => r.target.exact === SHARED);
    expect(decided?.history.at(-1)).toMatchObject({ by: 'Cleo Curator' });
    expect(decided?.history.at(-1)?.settles).toHaveLength(2);
  });

  it('exports what the curator settled, the claim both flagged as one row with both verdicts', async () => {
    const csv = await readFile(await exportAs(c, 'CSV', cleo.dir), 'utf8');
    const rows = csv.split('\r\n').filter(line => line.includes(OVERLAP_A));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /"(Ada Lindqvist: Mostly true; Ben Okafor|Ben Okafor: Mostly true; Ada Lindqvist): Mostly true"/,
    );
    expect(rows[0]).toContain('Ada on progress.');
    expect(rows[0]).toContain('Ben on progress.');
    const json = JSON.parse(await readFile(await exportAs(c, 'Annotated JSON', cleo.dir), 'utf8'));
    expect(json.first.items).toHaveLength(6);
    expect(json['factmark:tombstones']).toHaveLength(1);
    expect(json['factmark:scale'].map((v: { label: string }) => v.label)).toContain(CUSTOM);
  });

  it('changes nothing when the same file is merged again', async () => {
    const before = await stored(c);
    const preview = await merge(c, benFile, 'Merge');
    expect(preview).toContain('Added (only in the file): 0');
    expect(preview).toContain('Changed on both sides (merged, listed in Curation): 0');
    await c.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
    expect(await stored(c)).toEqual(before);
  });
});
