import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnnotatedJson } from '../../../../src/io/annotated-json-import';
import { readBackupEnvelope } from '../../../../src/io/library-backup';
import { loadArticle } from '../../../../src/io/load-article';
import { problemOf, readsAsPlainWords, technicalText } from '../../../../src/ui/common/problem';
import { writeFailure, writeProblem } from '../../../../src/ui/common/storage-errors';
import { plainReason, technicalDetail } from '../../../../src/ui/transfer/import-failure';

const SAMPLE = readFileSync(
  new URL('../../../fixtures/formats/sample-export.json', import.meta.url),
  'utf8',
);
/** The sample export with one change made to its parsed JSON. */
const sampleWith = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(SAMPLE) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};
type Json = Record<string, unknown> & { first: { items: Record<string, unknown>[] } };
const item = (file: Record<string, unknown>, i: number) =>
  (file as Json).first.items[i] as Record<string, unknown> & { body: Record<string, unknown>[] };

/** Files an import refuses, one per kind of refusal a reviewer may meet. */
const REFUSED_FILES: [string, string][] = [
  ['a file that is not JSON', 'not JSON at all'],
  ['a file cut short', SAMPLE.slice(0, 500)],
  ['JSON that is not an annotation collection', '{"hello": "world"}'],
  ['a list', '[1, 2, 3]'],
  ['a newer format', sampleWith(f => (f['factmark:formatVersion'] = 99))],
  [
    // a verdict this scale lacks is asked about (issue 18); an empty one is refused
    'an empty verdict',
    sampleWith(f => {
      const body = item(f, 1).body[0];
      if (body) body['factmark:verdict'] = '';
    }),
  ],
  ['an unknown kind', sampleWith(f => (item(f, 0)['factmark:kind'] = 'rumour'))],
  ['a bad date', sampleWith(f => (item(f, 0).created = 'yesterday'))],
  [
    'a changed article text',
    sampleWith(f => {
      const article = f['factmark:article'] as Record<string, unknown>;
      article['factmark:text'] = `${String(article['factmark:text'])} (edited)`;
    }),
  ],
  ['the same annotation twice', sampleWith(f => (f as Json).first.items.push(item(f, 0)))],
  ['a key that could tamper with the app', SAMPLE.replace('"id":', '"__proto__": {}, "id":')],
  ['a position past the text', sampleWith(f => (item(f, 0).target = { source: 'x' }))],
];

describe('messages for people', () => {
  it('tells apart plain words from what belongs under Details', () => {
    for (const raw of [
      "$.first.items[3].body[0]['factmark:verdict']: unknown verdict",
      "$: the file is not JSON: Unexpected token 'o'",
      'SyntaxError: Unexpected end of JSON input',
      'TypeError: Cannot read properties of undefined',
      'QuotaExceededError: The quota has been exceeded.',
      'A value in it is not what Factmark expects: {"kind": "x"}',
    ])
      expect(readsAsPlainWords(raw), raw).toBe(false);
    expect(readsAsPlainWords('It is not JSON, or it was cut short.')).toBe(true);
    expect(readsAsPlainWords('The file costs $5.')).toBe(true);
  });

  it.each(REFUSED_FILES)(
    'says why %s is refused in plain words, the path under Details',
    async (_, text) => {
      const result = await parseAnnotatedJson(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const plain = plainReason(result.error);
      expect(readsAsPlainWords(plain), plain).toBe(true);
      expect(technicalDetail(result.error)).toMatch(/^\$/);
    },
  );

  it.each([
    ['not JSON', '{"type": "Factmark'],
    ['another file', '{"type": "AnnotationCollection"}'],
    ['newer', '{"type": "FactmarkLibraryBackup", "factmark:backupVersion": 9}'],
    ['a list', '[]'],
    ['a tampering key', '{"type": "FactmarkLibraryBackup", "__proto__": {"a": 1}}'],
  ])('says why a library backup that is %s is refused in plain words', (_, text) => {
    const envelope = readBackupEnvelope(text);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(readsAsPlainWords(envelope.reason), envelope.reason).toBe(true);
  });

  it.each([
    ['an empty paste', { kind: 'paste', text: '   ' }],
    ['a file type it does not read', { kind: 'file', name: 'a.pdf', bytes: new Uint8Array(8) }],
    ['a binary file', { kind: 'file', name: 'a.txt', bytes: new Uint8Array([0, 1, 2, 0, 255]) }],
    ['an empty file', { kind: 'file', name: 'a.md', bytes: new Uint8Array() }],
    [
      'a file that is not UTF-8',
      { kind: 'file', name: 'a.txt', bytes: new Uint8Array([0x66, 0xff, 0xfe, 0x66]) },
    ],
  ] as const)('says why %s is not loaded in plain words', async (_, input) => {
    const result = await loadArticle(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(readsAsPlainWords(result.message), result.message).toBe(true);
  });

  it.each([
    ['storage full', new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['a transaction aborted', new DOMException('Transaction aborted', 'AbortError')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a bare string', 'boom'],
  ])('says a failed write (%s) in plain words, its own under Details', (_, err) => {
    const { message, technical } = writeProblem(err);
    expect(readsAsPlainWords(message), message).toBe(true);
    // the sentence the form and the imports show
    expect(readsAsPlainWords(writeFailure(err)), writeFailure(err)).toBe(true);
    if (technical !== undefined) expect(technical).toBe(technicalText(err));
  });

  it('keeps a sentence the store wrote for people, and folds any other error under Details', () => {
    const deleted = new Error('This annotation was deleted in the meantime.');
    expect(problemOf(deleted, 'Try again.')).toEqual({ message: deleted.message });
    const bug = new TypeError('x.target is undefined');
    expect(problemOf(bug, 'Try again.')).toEqual({
      message: 'Try again.',
      technical: 'TypeError: x.target is undefined',
    });
    const json = new Error('$.first.items[0]: bad');
    expect(problemOf(json, 'Try again.').message).toBe('Try again.');
  });
});
