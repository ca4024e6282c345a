import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchor } from '../../../src/model/anchor';
import { sha256Hex } from '../../../src/model/ids';
import { CodePointIndex } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { db } from '../../../src/store/db';
import { readWhatCanBeRead } from '../../../src/store/raw-dump';
import { upgradeAnnotationToV5 } from '../../../src/store/upgrade-v5';

interface V2Fixture {
  writtenBy: string;
  idbVersion: number;
  stores: { articles: Article[]; annotations: Annotation[]; settings: unknown[] };
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/db/v2-decomposed.json', import.meta.url), 'utf8'),
) as V2Fixture;

const FORUM = '7d1c2f5e-3a4b-4c6d-8e9f-0a1b2c3d4e5f';
const byId = <T extends { id: string }>(rows: readonly T[], id: string) =>
  rows.find(r => r.id === id) as T;

/** Writes records into a `factmark` database as schema version 2 declared it, then closes it. */
async function writeAsVersion2(stores: Record<string, unknown[]>): Promise<void> {
  const v2 = new Dexie('factmark');
  // version 2's schema exactly as it shipped (version 1's tables, records changed)
  const tables = {
    articles: 'id, updatedAt, textHash',
    annotations: 'id, articleId, [articleId+target.start]',
    settings: 'key',
  };
  v2.version(1).stores(tables);
  v2.version(2).stores(tables);
  await v2.open();
  await v2.transaction('rw', v2.tables, async () => {
    for (const [name, rows] of Object.entries(stores)) await v2.table(name).bulkAdd(rows);
  });
  v2.close();
}

async function upgraded() {
  await writeAsVersion2(fixture.stores);
  await db.open();
  return (await readWhatCanBeRead()) as unknown as V2Fixture['stores'];
}

beforeEach(async () => {
  db.close();
  await Dexie.delete('factmark');
});

describe('a database written by schema version 2, its text decomposed', () => {
  it('is the fixture it claims to be: version 2, two versions of an article in NFD, one in NFC', () => {
    expect(fixture.idbVersion).toBe(20);
    const { articles, annotations } = fixture.stores;
    expect(articles.filter(a => a.text !== a.text.normalize('NFC'))).toHaveLength(2);
    expect(articles.filter(a => a.text === a.text.normalize('NFC'))).toHaveLength(1);
    const states = annotations.map(a => a.anchoring?.method).sort();
    expect(states).toEqual(['fuzzy', 'orphan', 'position', 'quote', 'quote', 'quote']);
  });

  it('composes every stored text, its document and hash with it', async () => {
    const { articles } = await upgraded();
    for (const a of articles) {
      expect(a.text).toBe(a.text.normalize('NFC'));
      expect(a.textHash).toBe(await sha256Hex(a.text));
      const before = byId(fixture.stores.articles, a.id);
      expect(a.text).toBe(before.text.normalize('NFC'));
      expect(JSON.stringify(a.doc)).toBe(JSON.stringify(before.doc).normalize('NFC'));
      expect(a.previousVersionId).toBe(before.previousVersionId);
    }
  });

  it('keeps every anchored annotation on the same words, now composed, and flags as it was', async () => {
    const { articles, annotations } = await upgraded();
    const current = articles.find(a => a.previousVersionId === FORUM) as Article;
    const index = new CodePointIndex(current.text);
    const placed = annotations
      .filter(a => a.articleId === current.id && a.anchoring?.method !== 'orphan')
      .map(a => [index.slice(a.target.start, a.target.end), a.anchoring?.method] as const)
      .sort();
    expect(placed).toEqual([
      ['Nguyễn Thị Phương', 'quote'],
      ['Tomáš Sedláček', 'quote'],
      ['wages rose 3.6% this spring', 'fuzzy'],
      ['김서연', 'quote'],
    ]);
    for (const a of annotations.filter(
      n => n.articleId === current.id && n.anchoring?.method !== 'orphan',
    )) {
      expect(anchor(index, a.target)).toMatchObject({ method: 'position' });
      const before = byId(fixture.stores.annotations, a.id);
      // version 5's fields follow the composed target: upgrade-v5.test.ts checks them
      const { creatorId: _c, assessments: _a, revs: _r, ...rest } = a;
      expect({ ...rest, target: undefined, updatedAt: undefined }).toEqual({
        ...before,
        target: undefined,
        updatedAt: undefined,
      });
    }
    // the unconfirmed one still awaits confirmation, with the quote as checked
    const fuzzy = annotations.find(a => a.anchoring?.method === 'fuzzy');
    expect(fuzzy?.anchoring).toMatchObject({
      confirmed: false,
      previousExact: 'wages rose 3.1% this spring',
    });
  });

  it('maps an orphan onto the composed text it describes, and records which text that is', async () => {
    const { articles, annotations } = await upgraded();
    const first = byId(articles, FORUM);
    const orphan = annotations.find(a => a.anchoring?.method === 'orphan') as Annotation;
    expect(orphan.anchoring).toEqual({ method: 'orphan', textHash: first.textHash });
    const index = new CodePointIndex(first.text);
    expect(index.slice(orphan.target.start, orphan.target.end)).toBe(
      'Дмитрий Соколов put regional growth at 5.2%.',
    );
    expect(orphan.target.exact).toBe(orphan.target.exact.normalize('NFC'));
  });

  it('leaves an article in NFC, its annotations and the settings exactly as they were', async () => {
    const stores = await upgraded();
    const nfc = fixture.stores.articles.find(a => a.text === a.text.normalize('NFC')) as Article;
    expect(byId(stores.articles, nfc.id)).toEqual(nfc);
    const its = (rows: readonly Annotation[]) => rows.filter(a => a.articleId === nfc.id);
    const asV5 = (a: Annotation) => {
      const copy = structuredClone(a);
      upgradeAnnotationToV5(copy);
      return copy;
    };
    expect(its(stores.annotations)).toEqual(its(fixture.stores.annotations).map(asV5));
    expect(stores.settings).toEqual(fixture.stores.settings);
  });

  it('changes nothing when opened again', async () => {
    const once = await upgraded();
    db.close();
    await db.open();
    expect(await readWhatCanBeRead()).toEqual(once);
  });
});
