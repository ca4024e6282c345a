import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, Profile } from './browser';
import { LARGE_ARTICLE_ID, largeImport, type LargeImport } from './large-import';
import { importFile } from './reviewer';

/*
 * Why this holds: the import writes the new article and all its annotations in
 * ONE IndexedDB transaction (src/store/import-annotated.ts). IndexedDB commits a
 * transaction atomically and durably, so a browser that dies at any instant
 * leaves the database as it was before the transaction or as it was after the
 * commit: on restart the storage backend discards (or undoes) whatever an
 * uncommitted transaction had written. The transaction here is megabytes, so a
 * kill can come while the backend is still writing it out.
 * What it catches: an import split into several transactions or writes (say,
 * the article first and the annotations in batches, or writes escaping the
 * transaction's zone), which a crash would leave half done: an article with
 * some of its annotations. It also catches an import the app reported as
 * complete that does not survive the crash.
 */

const ANNOTATIONS = 5_000;
const ROUNDS = 20;
const STARTED = 'factmark-e2e: import transaction started';
const COMPLETE = 'factmark-e2e: import transaction complete';

interface Snapshot {
  articles: { id: string; textHash: string }[];
  /** Ids of the annotations, by article. */
  annotations: Record<string, string[]>;
}

/** An annotation whose article is not stored: a torn import would leave some. */
const ORPHANS = 'no article';

/**
 * The articles and the ids of the annotations in the app's database, read straight from
 * IndexedDB. Keys only, by the `articleId` index: the 5,000 records themselves would be
 * decoded twice a round for nothing.
 */
function stored(page: Page): Promise<Snapshot> {
  return page.evaluate(
    orphans =>
      new Promise<Snapshot>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'annotations'], 'readonly');
          const annotations = tx.objectStore('annotations');
          const all = annotations.getAllKeys();
          const byArticle: Record<string, string[]> = {};
          const articles = tx.objectStore('articles').getAll();
          articles.onsuccess = () => {
            for (const { id } of articles.result as { id: string }[]) {
              const ids = annotations.index('articleId').getAllKeys(id);
              ids.onsuccess = () => {
                if (ids.result.length > 0) byArticle[id] = ids.result as string[];
              };
            }
          };
          tx.oncomplete = () => {
            const known = new Set(Object.values(byArticle).flat());
            const rest = (all.result as string[]).filter(id => !known.has(id));
            if (rest.length > 0) byArticle[orphans] = rest;
            resolve({
              articles: (articles.result as { id: string; textHash: string }[])
                .map(({ id, textHash }) => ({ id, textHash }))
                .sort((a, b) => a.id.localeCompare(b.id)),
              annotations: byArticle,
            });
            open.result.close();
          };
        };
      }),
    ORPHANS,
  );
}

const annotationCount = (s: Snapshot) =>
  Object.values(s.annotations).reduce((n, ids) => n + ids.length, 0);

/** The process ids of a profile's Chromium: the ones started on its folder and all their descendants. */
function chromiumProcesses(dir: string): number[] {
  const rows = execFileSync('ps', ['-e', '-ww', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .flatMap(line => {
      const m = /^\s*(\d+)\s+(\d+)\s(.*)$/.exec(line);
      return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }] : [];
    });
  const found = new Set(
    rows.filter(r => r.args.includes(`--user-data-dir=${dir}`)).map(r => r.pid),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (found.has(r.ppid) && !found.has(r.pid)) {
        found.add(r.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

function signal(pids: readonly number[], sig: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/**
 * Kills the profile's whole Chromium at this instant, as a crash would: every
 * process is frozen first (the ones known beforehand, then any found since),
 * so none sees another die and tidies up, then all get SIGKILL.
 */
async function killChromium(profile: Profile, known: readonly number[]): Promise<void> {
  const context = profile.context as BrowserContext;
  const closed = new Promise<void>(resolve => context.once('close', () => resolve()));
  signal(known, 'SIGSTOP');
  const all = [...new Set([...known, ...chromiumProcesses(profile.dir)])];
  signal(all, 'SIGSTOP');
  signal(all, 'SIGKILL');
  await closed; // Playwright saw the browser go
  profile.context = undefined;
  await expect.poll(() => chromiumProcesses(profile.dir)).toEqual([]);
}

/**
 * Reports the import's transaction to Node, to tell where each kill landed
 * (as STARTED and COMPLETE: it runs in the page, so they are spelt out).
 */
function reportTransactions(): void {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<typeof transaction>
  ) {
    const tx = transaction.apply(this, args);
    // the import's transaction: it may also hold the settings, for verdicts added to the scale
    const stores = ['annotations', 'articles', 'tombstones'];
    if (tx.mode === 'readwrite' && stores.every(name => tx.objectStoreNames.contains(name))) {
      console.log('factmark-e2e: import transaction started');
      tx.addEventListener('complete', () =>
        console.log('factmark-e2e: import transaction complete'),
      );
    }
    return tx;
  } as typeof transaction;
}

/** Opens the app on the profile (new or left by a kill), its import transactions reported to Node. */
async function openReporting(profile: Profile): Promise<Page> {
  // the app's database binds `transaction` when it opens: report from the first script on
  const page = await profile.open(undefined, reportTransactions);
  await page.getByRole('toolbar', { name: 'Article tools' }).waitFor();
  return page;
}

/**
 * Deletes the app's database from a page of the app's origin that does not run the app (so no
 * connection holds it open), then opens the app again, which starts afresh with the sample: the
 * next kill finds the database as a first visit leaves it, not grown by earlier imports.
 */
async function startAfresh(page: Page): Promise<void> {
  await page.goto(new URL('samples/us-japan-chip-controls.txt', APP_URL).href);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('factmark');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('the database is still open somewhere'));
      }),
  );
  await page.goto(APP_URL);
  await page.getByRole('toolbar', { name: 'Article tools' }).waitFor();
  await turnSuggestionsOff(page);
}

/**
 * Turns claim spotting off in the profile (a setting in the app's database): spotting the
 * imported article after each surviving import takes seconds of every core, which the kills do
 * not need and the other test files beside this one do.
 */
async function turnSuggestionsOff(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  // as a person would, once the claims found are listed: the list fills in above the button, and
  // a click while it did landed where the button had been (CI: the button never changed)
  await page.locator('section.suggestions[aria-busy="false"]').waitFor();
  await page.getByRole('button', { name: 'Turn suggestions off' }).click();
  await page.getByRole('button', { name: 'Turn suggestions on' }).waitFor();
  await page.getByRole('tab', { name: /^Annotations/ }).click();
}

/** How long the import takes to commit after the file is chosen, in this run. */
async function commitTime(page: Page, file: string): Promise<number> {
  let chosen = Date.now();
  const committed = new Promise<number>(resolve =>
    page.on('console', message => {
      if (message.text() === COMPLETE) resolve(Date.now() - chosen);
    }),
  );
  // a long import shows how far it has got
  const progress = page
    .getByRole('progressbar', { name: /^Importing/ })
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  await importFile(page, file);
  chosen = Date.now();
  const time = await committed;
  expect(await progress, 'a progress bar while importing').toBe(true);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  return time;
}

type Phase = 'before the transaction' | 'during the transaction' | 'after the commit';

/**
 * Kills Chromium in the rounds `round % parts === part` of the 20: two files run half each, side
 * by side, their kills spread over the same times.
 */
export function describeKills(part: number, parts: number): void {
  const outcomes: { kill: number; delay: number; phase: Phase; state: 'before' | 'after' }[] = [];

  describe(`a browser killed in the middle of a 5,000-annotation import (part ${part + 1} of ${parts})`, () => {
    // One profile for every round: each kill's restart is the next round's browser, so a round
    // costs one Chromium start; the database starts afresh after an import that survived.
    const profile = new Profile({ persistent: true }); // killed and restarted
    let page: Page;
    let large: LargeImport;
    let file: string;
    /**
     * When each kill comes after the file is chosen: from at once to 1.6 times the commit time
     * measured in this run, so most kills fall before or during the transaction and a few after.
     */
    let delays: number[] = [];

    beforeAll(async () => {
      large = await largeImport(ANNOTATIONS);
      file = path.join(profile.dir, 'large.factmark.json');
      await writeFile(file, large.json);
      page = await openReporting(profile);
      await turnSuggestionsOff(page);
      const commit = await commitTime(page, file);
      await startAfresh(page);
      delays = Array.from({ length: ROUNDS }, (_, i) =>
        Math.round((i / (ROUNDS - 1)) * 1.6 * commit),
      );
      console.log(`an import left alone committed ${commit} ms after the file was chosen`);
    }, 180_000); // builds a 5,000-annotation file, then imports it once, beside another test file

    afterAll(async () => {
      const count = (state: string) => outcomes.filter(o => o.state === state).length;
      console.log(
        [
          ...outcomes.map(
            o =>
              `kill ${o.kill}: ${o.delay} ms after choosing the file, ${o.phase} → reopened ${o.state}`,
          ),
          `${outcomes.length} kills: ${count('before')} reopened as before the import, ${count('after')} as after it`,
        ].join('\n'),
      );
      await profile.dispose();
    });

    for (let round = part; round < ROUNDS; round += parts) {
      it(`kill ${round + 1} of ${ROUNDS}: reopens with the database wholly before or wholly after the import, never between`, async () => {
        const delay = delays[round] ?? 0;
        const before = await stored(page);
        expect(before.articles.map(a => a.id)).not.toContain(LARGE_ARTICLE_ID);

        let phase = 'before the transaction' as Phase; // set by the console listener
        page.on('console', message => {
          if (message.text() === STARTED) phase = 'during the transaction';
          if (message.text() === COMPLETE) phase = 'after the commit';
        });
        const known = chromiumProcesses(profile.dir);
        expect(known.length).toBeGreaterThan(1);
        await importFile(page, file);
        await new Promise(resolve => setTimeout(resolve, delay));
        const seen = phase; // what Node had heard when the browser died
        await killChromium(profile, known);

        page = await openReporting(profile);
        const after = await stored(page);
        const imported = after.articles.find(a => a.id === LARGE_ARTICLE_ID);
        if (imported) {
          // wholly after: the new article, all 5,000 annotations, nothing else changed
          expect(imported.textHash).toBe(large.article.textHash);
          expect(after.articles.filter(a => a.id !== LARGE_ARTICLE_ID)).toEqual(before.articles);
          expect((after.annotations[LARGE_ARTICLE_ID] ?? []).sort()).toEqual(
            large.annotations.map(a => a.id).sort(),
          );
          expect(annotationCount(after)).toBe(annotationCount(before) + ANNOTATIONS);
        } else {
          // wholly before: not one of the file's records
          expect(after).toEqual(before);
        }
        // an import the page saw committed survives the crash
        if (seen === 'after the commit') expect(imported).toBeDefined();

        // the app opens on the sample or on the imported article, without a crash
        const text =
          (await page.getByRole('textbox', { name: 'Article text' }).textContent()) ?? '';
        const showsImported = text.startsWith('Section 1 of');
        expect(showsImported || text.includes('Tokyo Electron')).toBe(true);
        if (showsImported) expect(imported).toBeDefined();
        expect(await page.getByRole('alert').count()).toBe(0);

        outcomes.push({
          kill: round + 1,
          delay,
          phase: seen,
          state: imported ? 'after' : 'before',
        });
        if (imported) await startAfresh(page);
      });
    }
  });
}
