import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnnotationStatus } from '../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../src/model/verdict-scale';
import { STATUS_LABELS } from '../../src/model/labels';
import { APP_URL, Profile } from './browser';
import { LARGE_ARTICLE_ID, largeImport } from './large-import';
import { entries, entryAt, importFile } from './reviewer';
import { seededRandom } from './seeded-random';

const ROUNDS = 50;
const ANNOTATIONS = 10;
/** Every SAME_EVERY-th round both tabs edit one annotation, each a different field. */
const SAME_EVERY = 5;

type Field = 'note' | 'verdict' | 'status';
const FIELDS: readonly Field[] = ['note', 'verdict', 'status'];

/** What a reviewer sees of an annotation in its editor; verdict is a scale id, '' for none. */
type Shown = Record<Field, string>;

interface Edit {
  tab: number;
  entry: number;
  field: Field;
  value: string;
}

/** An edit whose value was not in the database once both saves of its round had finished. */
interface Lost extends Edit {
  round: number;
  stored: string;
}

/** The large article's annotations as stored, in reading order (their ids are numbered so). */
async function stored(page: Page): Promise<Shown[]> {
  const rows = await page.evaluate(
    articleId =>
      new Promise<{ id: string; note: string; verdict?: string; status: string }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('factmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('annotations').objectStore('annotations').getAll();
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              db.close();
              resolve(request.result.filter(a => a.articleId === articleId));
            };
          };
        },
      ),
    LARGE_ARTICLE_ID,
  );
  return rows
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(a => ({ note: a.note, verdict: a.verdict ?? '', status: a.status }));
}

/** Switches to the tab and opens the entry's editor. */
async function openEditor(page: Page, entry: number): Promise<Locator> {
  await page.bringToFront(); // a person switches to the tab they work in
  await (await entryAt(page, entry)).getByRole('button', { name: /Edit/ }).click();
  return page.getByRole('form', { name: 'Edit annotation' });
}

/** Opens the entry's editor, reads what it shows, and cancels. */
async function shown(page: Page, entry: number): Promise<Shown> {
  const form = await openEditor(page, entry);
  const status = (await form.getByRole('radio', { name: STATUS_LABELS.checked }).isChecked())
    ? 'checked'
    : 'open';
  const result = {
    note: await form.getByLabel('Note').inputValue(),
    verdict: await form.getByLabel('Verdict').inputValue(),
    status,
  };
  await form.getByRole('button', { name: 'Cancel' }).click();
  await form.waitFor({ state: 'detached' });
  return result;
}

/**
 * What the tab's sidebar lists for every annotation, in reading order: each entry shows the
 * verdict, the status and the note, so one read of the list tells what the whole tab shows.
 */
async function listed(page: Page): Promise<Shown[]> {
  const rows = await entries(page).evaluateAll(items =>
    items.map(li => {
      const tag = li.querySelector('.verdict-tag');
      return {
        at: Number(li.getAttribute('aria-posinset')),
        // the tag's own words, not its swatch's (hidden from assistive technology)
        verdict: Array.from(tag?.childNodes ?? [])
          .filter(n => n.nodeType === Node.TEXT_NODE)
          .map(n => n.textContent)
          .join('')
          .trim(),
        status: li.querySelector('.status')?.textContent ?? '',
        note: li.querySelector('.item-note')?.textContent ?? '',
      };
    }),
  );
  if (rows.length !== ANNOTATIONS) throw new Error(`the sidebar lists ${rows.length} entries`);
  return rows
    .sort((a, b) => a.at - b.at)
    .map(({ verdict, status, note }) => ({
      note,
      verdict: DEFAULT_VERDICT_SCALE.find(v => v.label === verdict)?.id ?? `? ${verdict}`,
      status: status === STATUS_LABELS.checked ? 'checked' : 'open',
    }));
}

/** Opens the entry's editor and changes one field, leaving the form unsaved. */
async function prepare(page: Page, { entry, field, value }: Edit): Promise<Locator> {
  const form = await openEditor(page, entry);
  if (field === 'note') await form.getByLabel('Note').fill(value);
  else if (field === 'verdict') await form.getByLabel('Verdict').selectOption(value);
  else {
    const label = STATUS_LABELS[value as AnnotationStatus];
    await form.getByRole('radio', { name: label, exact: true }).check();
  }
  return form;
}

/** Clicks the form's Save and waits for the editor to close. */
async function save(form: Locator) {
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('two tabs saving at the same moment', () => {
  const profile = new Profile();
  const tabs: Page[] = [];
  const pageErrors: string[] = [];
  const lost: Lost[] = [];
  /** What each annotation's fields should end as: the last value an edit gave them. */
  const expected: Shown[] = Array.from({ length: ANNOTATIONS }, (_, i) => ({
    note: `Note ${i + 1}`,
    verdict: 'mostly-true',
    status: 'open',
  }));
  let edits = 0;

  /** Two edits, one per tab, each giving its field a value the annotation does not have yet. */
  function plan(round: number, random: () => number, before: Shown[]): Edit[] {
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    const same = round % SAME_EVERY === SAME_EVERY - 1;
    const first = Math.floor(random() * ANNOTATIONS);
    const second = same
      ? first
      : (first + 1 + Math.floor(random() * (ANNOTATIONS - 1))) % ANNOTATIONS;
    const firstField = pick(FIELDS);
    const secondField = same ? pick(FIELDS.filter(f => f !== firstField)) : pick(FIELDS);
    const picks: [number, Field][] = [
      [first, firstField],
      [second, secondField],
    ];
    return picks.map(([entry, field], tab) => {
      const now = before[entry] as Shown;
      const value =
        field === 'note'
          ? `round ${round} from tab ${tab + 1}`
          : field === 'verdict'
            ? pick(DEFAULT_VERDICT_SCALE.filter(v => v.id !== now.verdict)).id
            : now.status === 'open'
              ? 'checked'
              : 'open';
      return { tab, entry, field, value };
    });
  }

  beforeAll(async () => {
    // tall enough for the sidebar to list all ten entries at once (the list is virtual)
    tabs.push(await profile.open({ width: 1280, height: 1200 }));
    const context = profile.context as NonNullable<typeof profile.context>;
    context.on('weberror', e => pageErrors.push(e.error().message));
    const file = path.join(profile.dir, 'ten.factmark.json');
    await writeFile(file, (await largeImport(ANNOTATIONS)).json);
    await importFile(tabs[0] as Page, file);
    await entries(tabs[0] as Page)
      .nth(ANNOTATIONS - 1)
      .waitFor();
    const second = await context.newPage();
    await second.goto(APP_URL);
    tabs.push(second);
    await entries(second)
      .nth(ANNOTATIONS - 1)
      .waitFor();

    const random = seededRandom(20261126);
    for (let round = 0; round < ROUNDS; round++) {
      const before = await stored(tabs[0] as Page);
      const planned = plan(round, random, before);
      // both editors open (on what both tabs show now) before either saves
      const forms: Locator[] = [];
      for (const edit of planned) forms.push(await prepare(tabs[edit.tab] as Page, edit));
      // the two IndexedDB write transactions race
      await Promise.all(forms.map(save));
      edits += planned.length;

      const after = await stored(tabs[0] as Page);
      for (const edit of planned) {
        const value = (after[edit.entry] as Shown)[edit.field];
        if (value !== edit.value) lost.push({ round, ...edit, stored: value });
        (expected[edit.entry] as Shown)[edit.field] = edit.value;
      }
      // the next round starts from what both tabs show: wait until their lists show the
      // database (the editors, opened on what a tab holds, are read at the end)
      for (const page of tabs)
        await vi.waitFor(async () => expect(await listed(page)).toEqual(after), {
          timeout: 10_000,
        });
    }
  }, 180_000);
  afterAll(() => profile.dispose());

  it('loses no edit when the tabs save different annotations together', () => {
    expect(edits).toBe(ROUNDS * 2);
    expect(lost.filter(l => l.round % SAME_EVERY !== SAME_EVERY - 1)).toEqual([]);
  });

  it('keeps both edits when the tabs save different fields of one annotation together', () => {
    expect(lost.filter(l => l.round % SAME_EVERY === SAME_EVERY - 1)).toEqual([]);
  });

  it('ends with both tabs showing what the database holds', async () => {
    const inDatabase = await stored(tabs[1] as Page);
    expect(inDatabase).toHaveLength(ANNOTATIONS);
    for (const page of tabs) {
      expect(await listed(page)).toEqual(inDatabase);
      const onScreen: Shown[] = [];
      for (let entry = 0; entry < ANNOTATIONS; entry++) onScreen.push(await shown(page, entry));
      expect(onScreen).toEqual(inDatabase);
    }
  });

  it("ends with every field holding its last edit's value", async () => {
    expect(await stored(tabs[0] as Page)).toEqual(expected);
  });

  it('broke no rule of the Content-Security-Policy', () => {
    expect(profile.cspViolations).toEqual([]);
  });

  it('threw no uncaught error in either tab', () => {
    expect(pageErrors).toEqual([]);
  });
});
