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
import { readWhatCanBeRead } from '../../../src/store/raw-dump';

interface V1Fixture {
  writtenBy: string;
  idbVersion: number;
  stores: { articles: Article[]; annotations: Omit<Annotation, 'history'>[]; settings: unknown[] };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v1-database.json', import.meta.url), 'utf8'),
) as V1Fixture;

/** Writes records into a `factmark` database as schema version 1 declared it, then closes it. */
async function writeAsVersion1(stores: Record<string, unknown[]>): Promise<void> {
  const v1 = new Dexie('factmark');
  // version 1's schema exactly as it shipped; it must never change
  v1.version(1).stores({
    articles: 'id, updatedAt, textHash',
    annotations: 'id, articleId, [articleId+target.start]',
    settings: 'key',
  });
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [name, rows] of Object.entries(stores)) await v1.table(name).bulkAdd(rows);
  });
  v1.close();
}

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

  it('opens under version 2 with every record intact and an empty history added', async () => {
    await writeAsVersion1(fixture.stores);
    await db.open();
    expect(db.verno).toBe(2);
    const stored = await readWhatCanBeRead();
    expect(stored.articles).toEqual(fixture.stores.articles);
    expect(stored.settings).toEqual(fixture.stores.settings);
    expect(stored.annotations).toEqual(
      fixture.stores.annotations.map(a => ({ ...a, history: [] })),
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
    expect((await readWhatCanBeRead()).annotations).toEqual(withHistory);
  });
});
