import { readFileSync } from 'node:fs';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import type { Article } from '../../../src/model/types';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import { importAnnotatedFile } from '../../../src/ui/transfer/import-file';
import { annotationOn } from '../../fixtures/formats/annotation-on';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';

// An import is one transaction: whichever annotation record the database
// fails on, nothing of the import may remain. A DBCore middleware on the
// annotations table counts the annotation records passed to `mutate` (bulkPut
// sends them all in one request) and, at record k, fails: the records before
// k are really written first (inside the transaction), then record k fails.

const SAMPLE = readFileSync(new URL('../../fixtures/formats/sample-export.json', import.meta.url));
const MIDDLEWARE = 'fail-at-annotation-record';
const N = 12;
const SENTENCES = Array.from(
  { length: N },
  (_, i) => `Claim number ${i + 1} says that the figure rose by ${(i + 1) * 7} percent last year.`,
);

async function manyAnnotations(): Promise<string> {
  const article: Article = await articleFromDoc(
    docFromPlainText(SENTENCES.join('\n\n')),
    { title: 'Twelve claims', publisher: 'The Example Times' },
    '22222222-2222-4222-8222-222222222222',
  );
  const annotations = SENTENCES.map((quote, i) =>
    annotationOn(article, quote, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, {
      note: `Note ${i}`,
    }),
  );
  return exportAnnotatedJson(article, annotations);
}

type Mode = 'reject' | 'bulk-failure';
interface Counter {
  /** Annotation records passed to add/put so far. */
  seen: number;
  /** How many mutate requests reached the real table. */
  requests: number;
}

/** Fails the annotations table's add/put at the k-th annotation record (0-based), in `mode`. */
function failAt(k: number, mode: Mode, counter: Counter) {
  const failure = () => new Error(`injected failure at annotation record ${k}`);
  db.use({
    stack: 'dbcore',
    name: MIDDLEWARE,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          mutate: async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const first = counter.seen;
            counter.seen += req.values.length;
            if (k < first || k >= counter.seen) {
              counter.requests++;
              return table.mutate(req);
            }
            const upTo = k - first; // the records before k in this request are written
            if (upTo > 0) {
              counter.requests++;
              const done = await table.mutate({
                ...req,
                values: req.values.slice(0, upTo),
                ...(req.keys ? { keys: req.keys.slice(0, upTo) } : {}),
              } as DBCoreMutateRequest);
              expect(done.numFailures).toBe(0);
            }
            if (mode === 'reject') throw failure();
            // as IndexedDB reports one failed record of a bulk write
            return {
              numFailures: 1,
              failures: { [upTo]: failure() },
              lastResult: undefined,
              results: req.values.map(() => undefined),
            };
          },
        };
      },
    }),
  });
}

/** Dexie builds its middleware stack when the database opens. */
async function reopen() {
  db.close({ disableAutoOpen: false });
  await db.open();
}

const snapshot = async () => ({
  articles: await db.articles.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
});

let FILE: string;
let before: Awaited<ReturnType<typeof snapshot>>;
beforeEach(async () => {
  FILE ??= await manyAnnotations();
  await Promise.all(db.tables.map(t => t.clear()));
  const sample = await importAnnotatedFile(new File([SAMPLE], 'sample-export.json'));
  expect(sample.notice.tone).toBe('success');
  await db.settings.put({ key: 'reviewer', value: 'Mika Tanaka' });
  before = await snapshot();
});
afterEach(async () => {
  db.unuse({ stack: 'dbcore', name: MIDDLEWARE });
  await reopen();
});

const POSITIONS = [0, 1, N / 2, N - 1];

describe('an import that fails at annotation record k', () => {
  it(`imports a file of ${N} annotations in one bulk write when nothing fails`, async () => {
    const counter = { seen: 0, requests: 0 };
    failAt(Number.POSITIVE_INFINITY, 'reject', counter);
    await reopen();
    const result = await importAnnotatedFile(new File([FILE], 'twelve.json'));
    expect(result.notice.tone).toBe('success');
    expect(counter).toEqual({ seen: N, requests: 1 });
    expect(await db.annotations.count()).toBe(before.annotations.length + N);
  });

  describe.each(['reject', 'bulk-failure'] as const)('by %s', mode => {
    it.each(POSITIONS)('at record %i: rejects and leaves the database as it was', async k => {
      const parsed = await parseAnnotatedJson(FILE);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(parsed.annotations).toHaveLength(N);
      const counter = { seen: 0, requests: 0 };
      failAt(k, mode, counter);
      await reopen();

      const failed = importAnnotatedArticle(parsed, '2026-11-25T12:00:00.000Z');
      await expect(failed).rejects.toThrow(mode === 'reject' ? `record ${k}` : /./);
      expect(counter.seen).toBe(N);
      expect(counter.requests).toBe(k > 0 ? 1 : 0); // records 0..k-1 were written, then undone
      expect(await snapshot()).toEqual(before);
    });

    it.each(POSITIONS)('at record %i: importAnnotatedFile shows an error notice', async k => {
      const counter = { seen: 0, requests: 0 };
      failAt(k, mode, counter);
      await reopen();

      const result = await importAnnotatedFile(new File([FILE], 'twelve.json'));

      expect(result.articleId).toBeUndefined();
      expect(result.notice.tone).toBe('error');
      expect(result.notice.detail).toBe(
        'The browser’s storage refused the write, so the import was undone. Nothing was changed.',
      );
      // the browser's own words, for whoever looks into it, behind "Details"
      expect(result.notice.technical).toBeTruthy();
      if (mode === 'reject') expect(result.notice.technical).toContain(`record ${k}`);
      expect(counter.seen).toBe(N);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('after the middleware is removed, the same file imports in full', async () => {
    const result = await importAnnotatedFile(new File([FILE], 'twelve.json'));
    expect(result.notice.tone).toBe('success');
    expect(await db.articles.count()).toBe(before.articles.length + 1);
    expect(await db.annotations.count()).toBe(before.annotations.length + N);
  });
});
