import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { largeImport } from './large-import';
import { entries, importFile } from './reviewer';
import { seededRandom } from './seeded-random';

const EDITS = 200;
const ANNOTATIONS = 10;

/**
 * Opens the entry's editor, writes the note, saves from the keyboard (Ctrl+Enter, as a reviewer
 * typing a note does; a fifth cheaper per edit than a click, over 200 edits), and waits for the
 * editor to close.
 */
async function editNote(page: Page, entry: number, note: string) {
  await page.bringToFront(); // a person switches to the tab they type in
  await entries(page).nth(entry).getByRole('button', { name: /Edit/ }).click();
  const form = page.getByRole('form', { name: 'Edit annotation' });
  await form.getByLabel('Note').fill(note);
  await page.keyboard.press('Control+Enter');
  await form.waitFor({ state: 'detached' });
}

describe('two tabs editing different annotations', () => {
  const profile = new Profile();
  const tabs: Page[] = [];

  beforeAll(async () => {
    tabs.push(await profile.open());
    const file = path.join(profile.dir, 'ten.factmark.json');
    await writeFile(file, (await largeImport(ANNOTATIONS)).json);
    await importFile(tabs[0] as Page, file);
    await entries(tabs[0] as Page)
      .nth(ANNOTATIONS - 1)
      .waitFor();
    const second = await (profile.context as NonNullable<typeof profile.context>).newPage();
    await second.goto(APP_URL);
    tabs.push(second);
    await entries(second)
      .nth(ANNOTATIONS - 1)
      .waitFor();
  });
  afterAll(() => profile.dispose());

  it(`converge after ${EDITS} random edits, with no update lost`, async () => {
    const random = seededRandom(20261125);
    const last = new Map<number, string>(); // what each annotation's note should end as
    for (let i = 0; i < EDITS; i++) {
      const tab = random() < 0.5 ? 0 : 1;
      // tab 0 owns the first half of the annotations, tab 1 the second half
      const entry = tab * (ANNOTATIONS / 2) + Math.floor(random() * (ANNOTATIONS / 2));
      const note = `edit ${i} from tab ${tab + 1}`;
      await editNote(tabs[tab] as Page, entry, note);
      last.set(entry, note);
    }
    const expected = Array.from({ length: ANNOTATIONS }, (_, i) => last.get(i) ?? `Note ${i + 1}`);
    for (const page of tabs) {
      // a person reads the tab they look at: a tab in the background draws no frames, and each
      // click there waited for one (1.5 s a click)
      await page.bringToFront();
      for (const [i, note] of expected.entries()) {
        await entries(page).nth(i).getByRole('button', { name: /Edit/ }).click();
        const form = page.getByRole('form', { name: 'Edit annotation' });
        expect(await form.getByLabel('Note').inputValue()).toBe(note);
        await form.getByRole('button', { name: 'Cancel' }).click();
      }
    }
  }, 300_000);
});
