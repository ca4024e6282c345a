import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { anchor } from '../../../src/model/anchor';
import { CodePointIndex } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { listAnnotations } from '../../../src/store/annotations';
import { listLibrary } from '../../../src/store/articles';
import { db, upgradeAnnotationToV2 } from '../../../src/store/db';
import { lowerCaseIds } from '../../../src/store/upgrade-v3';
import { upgradeAnnotationToV5 } from '../../../src/store/upgrade-v5';
import { readWhatCanBeRead } from '../../../src/store/raw-dump';

interface V1Fixture {
  writtenBy: string;
  idbVersion: number;
  stores: { articles: Article[]; annotations: Omit<Annotation, 'history'>[]; settings: unknown[] };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v1-database.json', import.meta.url), 'utf8'),
) as V1Fixture;

/** Versions 1 and 2's tables and indexes exactly as they shipped; they must never change. */
const SHIPPED_STORES = {
  articles: 'id, updatedAt, textHash',
  annotations: 'id, articleId, [articleId+target.start]',
  settings: 'key',
};

/** Writes records into a `factmark` database as schema version `version` (1 or 2) declared it, then closes it. */
async function writeAsVersion(version: 1 | 2, stores: Record<string, unknown[]>): Promise<void> {
  const old = new Dexie('factmark');
  for (let v = 1; v <= version; v++) old.version(v).stores(SHIPPED_STORES);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(stores)) await old.table(name).bulkAdd(rows);
  });
  old.close();
}
/** A record as version 5 leaves it (its creator's id, assessments, revision chain; see upgrade-v5.test.ts). */
function asV5<T>(record: T): T {
  const copy = structuredClone(record) as Annotation;
  upgradeAnnotationToV5(copy);
  return copy as T;
}

const writeAsVersion1 = (stores: Record<string, unknown[]>) => writeAsVersion(1, stores);

beforeEach(async () => {
  db.close();
  await Dexie.delete('factmark');
});

describe('a database written by schema version 1', () => {
  it('is the fixture it claims to be: version 1, every store filled', () => {
    expect(fixture.idbVersion).toBe(10); // Dexie stores version n as IndexedDB version 10n
    expect(fixture.stores.articles).toHaveLength(2);
    expect(fixture.stores.annotations).toHaveLength(4);
    expect(fixture.stores.annotations.every(a => !('history' in a))).toBe(true);
  });

  it('opens under the current version with every record intact and an empty history added', async () => {
    await writeAsVersion1(fixture.stores);
    await db.open();
    expect(db.verno).toBe(6);
    const stored = await readWhatCanBeRead();
    expect(stored.articles).toEqual(fixture.stores.articles);
    expect(stored.settings).toEqual(fixture.stores.settings);
    expect(stored.annotations).toEqual(
      fixture.stores.annotations.map(a => asV5({ ...a, history: [] })),
    );
  });

  it('keeps every annotation anchored where it was, and readable by the app', async () => {
    await writeAsVersion1(fixture.stores);
    await db.open();
    for (const article of await db.articles.toArray()) {
      const index = new CodePointIndex(article.text);
      for (const a of await listAnnotations(article.id)) {
        const found = anchor(index, a.target);
        expect(found, a.target.exact).toMatchObject({
          method: 'position',
          start: a.target.start,
          end: a.target.end,
        });
        expect(index.slice(a.target.start, a.target.end)).toBe(a.target.exact);
      }
    }
    const library = await listLibrary();
    expect(library.map(e => e.annotations).sort()).toEqual([0, 4]);
    // the fuzzy anchor still awaits the reviewer's confirmation
    const states = fixture.stores.annotations.map(a => a.anchoring?.method).sort();
    expect(states).toEqual(['fuzzy', 'quote', 'quote', 'quote']);
  });

  it('exports and imports again after the upgrade, history included', async () => {
    await writeAsVersion1(fixture.stores);
    await db.open();
    const current = fixture.stores.articles.find(a => a.previousVersionId !== undefined);
    if (!current) throw new Error('the fixture has an edited version');
    const annotations = await listAnnotations(current.id);
    const json = exportAnnotatedJson(current, annotations, {
      generated: '2026-11-25T12:00:00.000Z',
    });
    const parsed = await parseAnnotatedJson(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.annotations).toEqual(annotations);
  });

  it('upgrades to the same records when the upgrade runs twice', async () => {
    await writeAsVersion1(fixture.stores);
    await db.open();
    const once = await readWhatCanBeRead();
    // the same function again on what it produced
    const again = structuredClone(once.annotations ?? []) as Partial<Annotation>[];
    again.forEach(upgradeAnnotationToV2);
    expect(again).toEqual(once.annotations);
    // reopening runs no upgrade and changes nothing
    db.close();
    await db.open();
    expect(await readWhatCanBeRead()).toEqual(once);
  });

  it('never resets a history a record already has', async () => {
    const history = [
      { field: 'verdict', to: 'false', by: 'Ada', at: '2026-11-24T08:00:00.000Z' },
    ] as const;
    const withHistory = fixture.stores.annotations.map(a => ({ ...a, history }));
    await writeAsVersion1({ ...fixture.stores, annotations: withHistory });
    await db.open();
    expect((await readWhatCanBeRead()).annotations).toEqual(withHistory.map(asV5));
  });
});

interface V2Fixture {
  writtenBy: string;
  idbVersion: number;
  stores: { articles: Article[]; annotations: Annotation[]; settings: unknown[] };
}

const v2 = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v2-upper-case-ids.json', import.meta.url), 'utf8'),
) as V2Fixture;

const writeAsVersion2 = (stores: Record<string, unknown[]>) => writeAsVersion(2, stores);

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('a database written by schema version 2 (issue 15: tombstones, ids in lower case)', () => {
  it('is the fixture it claims to be: version 2, with annotations stored twice under upper-case ids', () => {
    expect(v2.idbVersion).toBe(20);
    const ids = v2.stores.annotations.map(a => a.id);
    expect(ids).toHaveLength(9);
    expect(new Set(ids.map(id => id.toLowerCase())).size).toBe(5);
  });

  it('opens under version 3 with one record per annotation, every id in lower case, and no tombstones', async () => {
    await writeAsVersion2(v2.stores);
    await db.open();
    expect(db.verno).toBe(6);
    const stored = await readWhatCanBeRead();
    expect(stored.articles).toEqual(v2.stores.articles);
    expect(stored.settings).toEqual(v2.stores.settings);
    expect(stored.tombstones).toEqual([]);
    const lower = v2.stores.annotations.filter(a => a.id === a.id.toLowerCase());
    expect(lower).toHaveLength(5);
    expect((stored.annotations as Annotation[]).sort(byId)).toEqual(lower.map(asV5).sort(byId));
    // the app reads them as before, and their export imports again
    const [article] = v2.stores.articles;
    if (!article) throw new Error('the fixture has an article');
    const annotations = await listAnnotations(article.id);
    expect(annotations).toHaveLength(5);
    expect((await parseAnnotatedJson(exportAnnotatedJson(article, annotations))).ok).toBe(true);
  });

  it('keeps the later edit of two records whose ids differ only in case', async () => {
    const edited = v2.stores.annotations.map(a =>
      a.id === '3B0C2F4E-8D51-4A7E-9C3A-2E6F1D7B8A90'
        ? { ...a, note: 'edited later', updatedAt: '2026-11-21T00:00:00.000Z' }
        : a,
    );
    await writeAsVersion2({ ...v2.stores, annotations: edited });
    await db.open();
    expect(await db.annotations.get('3b0c2f4e-8d51-4a7e-9c3a-2e6f1d7b8a90')).toMatchObject({
      note: 'edited later',
      updatedAt: '2026-11-21T00:00:00.000Z',
    });
    expect(await db.annotations.count()).toBe(5);
  });

  it('changes nothing when the upgrade runs again', async () => {
    await writeAsVersion2(v2.stores);
    await db.open();
    const once = await readWhatCanBeRead();
    expect(lowerCaseIds(once.annotations as Annotation[])).toEqual({ put: [], remove: [] });
    db.close();
    await db.open();
    expect(await readWhatCanBeRead()).toEqual(once);
  });
});
