import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseAnnotatedJson } from '../../../../src/io/annotated-json-import';
import { db } from '../../../../src/store/db';
import { importAnnotatedFile } from '../../../../src/ui/transfer/import-file';
import {
  STRANGE_MODIFIED,
  STRANGE_NOTE,
  tooManyAnnotations,
} from '../../../fixtures/bad-imports/corpus';

// The corpus of tests/fixtures/bad-imports (see its README.md), each file put
// through the whole UI gate against a database that already holds the sample.

const DIR = new URL('../../../fixtures/bad-imports/', import.meta.url);
const SAMPLE = readFileSync(
  new URL('../../../fixtures/formats/sample-export.json', import.meta.url),
);

type Expected = { ok: true } | { ok: false; code: string; pathStartsWith: string; notice?: string };
const EXPECTED = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8')) as Record<
  string,
  Expected
>;
const CORPUS = readdirSync(DIR)
  .filter(name => name.endsWith('.json') && name !== 'expected.json')
  .sort();
const BAD = CORPUS.filter(name => !EXPECTED[name]?.ok);

const fileOf = (name: string, bytes: BlobPart) => new File([bytes], name);
const read = (name: string) => readFileSync(new URL(name, DIR));

const snapshot = async () => ({
  articles: await db.articles.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
  settings: await db.settings.orderBy('key').toArray(),
});
const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

let before: Awaited<ReturnType<typeof snapshot>>;
beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
  const { notice } = await importAnnotatedFile(fileOf('sample-export.json', SAMPLE));
  expect(notice.tone).toBe('success');
  await db.settings.bulkPut([
    { key: 'reviewer', value: 'Mika Tanaka' },
    { key: 'lastArticle', value: { id: 'urn:uuid:5f1d8a36-2b7e-4c1e-9a55-0c3f8e6b2a11' } },
  ]);
  before = await snapshot();
  expect(before.annotations).toHaveLength(4);
});
afterEach(async () => {
  await new Promise(resolve => setTimeout(resolve, 0));
  expect(unhandled).toEqual([]);
});

describe('the bad-imports corpus', () => {
  it('has at least 18 files, each with an expected result', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(18);
    expect(CORPUS).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(BAD)('the parser refuses %s for the right reason', async name => {
    const expected = EXPECTED[name];
    if (!expected || expected.ok) throw new Error(`${name} is not a bad file`);
    const result = await parseAnnotatedJson(await fileOf(name, read(name)).text());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(expected.code);
    expect(result.error.path.startsWith(expected.pathStartsWith)).toBe(true);
  });
});

describe('importAnnotatedFile with a bad file', () => {
  it.each(BAD)('%s: names the problem and changes nothing', async name => {
    const expected = EXPECTED[name];
    if (!expected || expected.ok) throw new Error(`${name} is not a bad file`);
    const keys = prototypeKeys();

    const result = await importAnnotatedFile(fileOf(name, read(name)));

    expect(result.articleId).toBeUndefined();
    expect(result.notice.tone).toBe('error');
    expect(result.notice.title).toBe(`“${name}” was not imported`);
    const detail = result.notice.detail ?? '';
    // the reason in plain words; where in the file, only behind "Details"
    if (expected.notice) expect(detail).toContain(expected.notice);
    else expect(result.notice.technical?.startsWith(`${expected.pathStartsWith}`)).toBe(true);
    expect(detail).not.toContain('$');
    expect(detail).toMatch(/ Nothing was changed\.$/);
    expect(await snapshot()).toEqual(before);
    expect(prototypeKeys()).toEqual(keys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('too-many-annotations (built here: 50,001 annotations, about 49 MB)', async () => {
    const text = tooManyAnnotations(SAMPLE.toString('utf8'));
    const result = await importAnnotatedFile(fileOf('too-many-annotations.json', text));
    expect(result.notice.tone).toBe('error');
    expect(result.notice.detail).toBe(
      'Holds 50,001 annotations; at most 50,000 can be imported at once. Nothing was changed.',
    );
    expect(result.notice.technical).toBe(
      '$.first.items: holds 50,001 annotations; at most 50,000 can be imported at once',
    );
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});

describe('importAnnotatedFile with a file in another encoding (issue 15, defect 7)', () => {
  it('refuses a Windows-1252 file in plain words, rather than importing mojibake', async () => {
    // the sample with notes edited in a Windows-1252 editor: "é" written as the one byte 0xE9
    const text = SAMPLE.toString('utf8').replace(
      /"value":"Only unnamed/g,
      '"value":"Vérifié: only unnamed',
    );
    const latin1 = Uint8Array.from('Vérifié', c => c.charCodeAt(0));
    const parts = text.split('Vérifié').map(part => new TextEncoder().encode(part));
    const bytes = new Uint8Array(parts.flatMap((part, i) => [...(i > 0 ? latin1 : []), ...part]));
    // without strict decoding the file is valid: only the notes would turn to mojibake
    expect((await parseAnnotatedJson(new TextDecoder().decode(bytes))).ok).toBe(true);
    const result = await importAnnotatedFile(fileOf('windows-1252.json', bytes));
    expect(result.notice.tone).toBe('error');
    expect(result.notice.detail).toContain('not UTF-8');
    expect(result.notice.detail).toMatch(/ Nothing was changed\.$/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('importAnnotatedFile with an odd but valid file', () => {
  it('valid-bom.json imports: the same sample again, so nothing changes', async () => {
    const result = await importAnnotatedFile(fileOf('valid-bom.json', read('valid-bom.json')));
    expect(result.notice.tone).toBe('success');
    // nothing was written, so there is nothing re-anchored to report
    expect(result.notice.detail).toBe('4 already here.');
    expect(result.articleId).toBe(before.articles[0]?.id);
    expect(await snapshot()).toEqual(before);
  });

  it('valid-strange-note.json imports and keeps lone surrogates, NUL and U+202E exactly', async () => {
    const name = 'valid-strange-note.json';
    const result = await importAnnotatedFile(fileOf(name, read(name)));
    expect(result.notice.tone).toBe('success');
    // the same ids with other content and no common revision: merged without loss, for the curator
    expect(result.notice.detail).toContain('4 annotations changed on both sides');
    const stored = await db.annotations.orderBy('id').toArray();
    expect(stored).toHaveLength(4);
    // both notes side by side, the file's exactly as written (the next test checks it alone)
    for (const a of stored) {
      expect(a.note).toContain(STRANGE_NOTE);
      expect(a.updatedAt).toBe(STRANGE_MODIFIED);
    }
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.settings.orderBy('key').toArray()).toEqual(before.settings);
  });

  it('valid-strange-note.json keeps the note exactly in an empty database too', async () => {
    await Promise.all(db.tables.map(t => t.clear()));
    const name = 'valid-strange-note.json';
    const result = await importAnnotatedFile(fileOf(name, read(name)));
    expect(result.notice.tone).toBe('success');
    const notes = (await db.annotations.toArray()).map(a => a.note);
    expect(notes).toEqual([STRANGE_NOTE, STRANGE_NOTE, STRANGE_NOTE, STRANGE_NOTE]);
  });
});
