// The desk sync's gate refuses exactly what the import refuses: the same hostile records through both.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import {
  gateAnnotation,
  gateTombstone,
  recordGate,
  type Gated,
  type RecordGate,
} from '../../../src/io/record-gate';
import { sampleArticle } from '../../../src/io/sample-article';
import type { ImportLimits } from '../../../src/io/import-limits';
import type { Tombstone } from '../../../src/model/tombstone';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { RECORD_TIME, annotationRecord, targetAt } from '../../fixtures/records';
import { ADA, BEN } from '../../fixtures/sync';

const TEXT = 'Habeck said the plant will close in May.\nThe ministry denied it on Friday. 😀 ok';
const scale = DEFAULT_VERDICT_SCALE;
let article: Article;
let gate: RecordGate;
beforeAll(async () => {
  article = await sampleArticle(TEXT);
  gate = recordGate(article, scale);
});

/** What the import makes of the record alone in an annotated-JSON file of the article: the gate as it was. */
async function throughImport(
  a: Annotation | undefined,
  t: Tombstone | undefined,
  limits: Partial<ImportLimits> = {},
): Promise<Gated<Annotation | Tombstone>> {
  let text: string;
  try {
    text = exportAnnotatedJson(article, a ? [a] : [], { scale, tombstones: t ? [t] : [] });
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
  const parsed = await parseAnnotatedJson(text, limits, scale);
  if (!parsed.ok) return { ok: false, why: parsed.error.message };
  const record = a ? parsed.annotations[0] : parsed.tombstones[0];
  return record ? { ok: true, record } : { ok: false, why: 'the import gave no record' };
}

/** A record with every part the format has: a verdict, an assessment, a source, a tag, history, revisions. */
function rich(): Annotation {
  return annotationRecord({
    id: '11111111-1111-4111-8111-111111111111',
    articleId: article.id,
    target: { ...targetAt(0, 'Habeck said'), suffix: ' the plant' },
    verdict: 'false',
    correction: 'Habeck did not say it',
    note: 'Check <the> quote & "this"',
    sources: [{ url: 'https://example.org/ä?q=1', stance: 'refutes', title: 'Example' }],
    tags: ['energy'],
    creatorId: ADA.id,
    assessments: [{ reviewer: BEN, verdict: 'mixed', at: RECORD_TIME }],
    history: [{ field: 'verdict', to: 'false', by: 'Ada', byId: ADA.id, at: RECORD_TIME }],
    revs: ['1-0a1b2c3d4e5f60'],
    anchoring: { method: 'position' },
  });
}

const tombstone = (fields: Partial<Tombstone> = {}): Tombstone => ({
  id: '22222222-2222-4222-8222-222222222222',
  articleId: article.id,
  by: 'Ben',
  byId: BEN.id,
  at: RECORD_TIME,
  ...fields,
});

/** The record with `value` at `path` (a missing object on the way is made). */
function withValue(record: Annotation, path: readonly (string | number)[], value: unknown) {
  const copy = structuredClone(record) as unknown as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    at = (typeof next === 'object' && next !== null ? next : (at[key] = {})) as typeof at;
  }
  at[path[path.length - 1] as string | number] = value;
  return copy as unknown as Annotation;
}

const sameThroughBoth = async (a: Annotation) =>
  expect(gateAnnotation(gate, a)).toEqual(await throughImport(a, undefined));

describe('the desk sync’s record gate', () => {
  it('takes a well-formed record as the import makes it', async () => {
    const got = gateAnnotation(gate, rich());
    expect(got).toEqual(await throughImport(rich(), undefined));
    expect(got.ok).toBe(true);
  });

  const hostile: [string, (string | number)[], unknown][] = [
    ['a passage past the end of the text', ['target', 'end'], 500],
    ['a start after its end', ['target', 'start'], 20],
    ['a negative offset', ['target', 'start'], -1],
    ['an offset that is no whole number', ['target', 'end'], 3.5],
    ['a note longer than the limit', ['note'], 'x'.repeat(100_001)],
    ['a kind that does not exist', ['kind'], 'rumour'],
    ['a kind that is no string', ['kind'], 42],
    ['a status that does not exist', ['status'], 'burnt'],
    ['an id that is no UUID', ['id'], 'not-an-id'],
    ['a creator id that is no UUID', ['creatorId'], 'x'],
    ['a time that is no time', ['updatedAt'], 'yesterday'],
    ['a source that is no http link', ['sources', 0, 'url'], 'javascript:alert(1)'],
    ['a source stance that does not exist', ['sources', 0, 'stance'], 'sneers'],
    ['an empty tag', ['tags', 0], ''],
    ['tags that are no list', ['tags'], 7],
    ['an empty verdict', ['verdict'], ''],
    [
      'a second assessment by one reviewer',
      ['assessments', 1],
      { reviewer: BEN, verdict: 'true', at: RECORD_TIME },
    ],
    ['an assessment by no reviewer id', ['assessments', 0, 'reviewer', 'id'], 'Ben'],
    ['a history entry of no known field', ['history', 0, 'field'], 'note'],
    [
      'too long a history',
      ['history'],
      Array(10_001).fill({ field: 'status', to: 'open', by: 'A', at: RECORD_TIME }),
    ],
    ['a revision that is no revision', ['revs', 0], 'x'],
    [
      'a conflict whose decisions hide a prototype key',
      ['conflict'],
      JSON.parse('{"heads":["1-0a1b2c3d4e5f60"],"decisions":[{"__proto__":{"x":1}}]}'),
    ],
    ['an anchoring method that does not exist', ['anchoring', 'method'], 'guess'],
    ['sources that are no list', ['sources'], 7],
    ['a number where the note goes', ['note'], Number.NaN],
  ];
  it.each(hostile)('refuses %s as the import does, with its reason', async (_, path, value) => {
    const bad = withValue(rich(), path, value);
    const got = gateAnnotation(gate, bad);
    expect(got).toEqual(await throughImport(bad, undefined));
    expect(got.ok).toBe(false);
  });

  it('refuses a record of another article as the export does', async () => {
    await sameThroughBoth({ ...rich(), articleId: 'another' });
  });

  it('refuses a record too large for a file as the import does, to the character', async () => {
    const record = rich();
    const file = exportAnnotatedJson(article, [record], { scale });
    for (const fileLength of [file.length, file.length - 1]) {
      const limited = recordGate(article, scale, { fileLength });
      expect(gateAnnotation(limited, record)).toEqual(
        await throughImport(record, undefined, { fileLength }),
      );
    }
    expect(
      gateAnnotation(recordGate(article, scale, { fileLength: file.length - 1 }), record).ok,
    ).toBe(false);
  });

  it('takes and refuses tombstones as the import does', async () => {
    for (const t of [
      tombstone(),
      tombstone({ byId: undefined, revs: ['2-0a1b2c3d4e5f60'] }),
      tombstone({ id: 'nope' }),
      tombstone({ at: 'soon' }),
      tombstone({ by: 'x'.repeat(1_000) }),
      tombstone({ revs: [] }),
      tombstone({ byId: 'Ben' }),
    ])
      expect(gateTombstone(gate, t)).toEqual(await throughImport(undefined, t));
  });

  it('agrees with the import on any field set to anything', async () => {
    const paths: (string | number)[][] = [
      ['id'],
      ['kind'],
      ['status'],
      ['creator'],
      ['creatorId'],
      ['createdAt'],
      ['updatedAt'],
      ['note'],
      ['correction'],
      ['verdict'],
      ['target'],
      ['target', 'start'],
      ['target', 'end'],
      ['target', 'exact'],
      ['target', 'prefix'],
      ['sources'],
      ['sources', 0],
      ['sources', 0, 'url'],
      ['sources', 0, 'stance'],
      ['sources', 0, 'archivedUrl'],
      ['sources', 0, 'accessedAt'],
      ['tags'],
      ['tags', 0],
      ['tags', 1],
      ['history'],
      ['history', 0],
      ['history', 0, 'at'],
      ['history', 0, 'settles'],
      ['assessments'],
      ['assessments', 0, 'verdict'],
      ['assessments', 0, 'note'],
      ['assessments', 0, 'reviewer'],
      ['revs'],
      ['conflict'],
      ['conflict', 'heads'],
      ['conflict', 'deleted'],
      ['anchoring'],
      ['anchoring', 'confidence'],
      ['origin'],
      ['origin', 'reasons'],
    ];
    const value = fc.oneof(
      fc.anything({ maxDepth: 2, withNullPrototype: true }),
      fc.constantFrom(
        '',
        'open',
        'claim',
        'true',
        'https://example.org/',
        'javascript:x',
        RECORD_TIME,
        '2026-11-25',
        ADA.id,
        `urn:uuid:${ADA.id}`,
        '3-0a1b2c3d4e5f60',
        -1,
        0,
        9,
        1e9,
        Number.NaN,
        null,
        undefined,
        [],
        {},
        ['1-0a1b2c3d4e5f60'],
        { method: 'orphan' },
        { type: 'suggestion', reasons: ['x'] },
        { heads: ['1-0a1b2c3d4e5f60', '2-0a1b2c3d4e5f60'] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), value, async (path, v) => {
        await sameThroughBoth(withValue(rich(), path, v));
      }),
      { numRuns: 1000 },
    );
  });
});
