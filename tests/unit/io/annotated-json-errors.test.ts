import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { IMPORT_LIMITS, type ImportLimits } from '../../../src/io/import-limits';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

const SAMPLE = readFileSync(
  new URL('../../fixtures/formats/sample-export.json', import.meta.url),
  'utf8',
);
const ARTICLE = "$['factmark:article']";
const DOC = `${ARTICLE}['factmark:doc']`;
// the sample's items in reading order: 0 comment, 1 Unverifiable claim, 2 Mostly-true claim, 3 correction
const CLAIM = '$.first.items[1]';

type Path = (string | number)[];
type Edit = (file: unknown) => void;
const ART = (...rest: Path): Path => ['factmark:article', ...rest];
const DOCP = (...rest: Path): Path => ART('factmark:doc', ...rest);
// the sample's claim: [decision, its creator's assessment (format 3), note, source, …]
const ITEM = (...rest: Path): Path => ['first', 'items', 1, ...rest];
const POS = (key: string): Path => ITEM('target', 'selector', 1, key);
const SRC = (key: string): Path => ITEM('body', 3, key);

/** The object or list holding the last step of `path`. */
function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root;
  for (const step of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
  return node as Record<string | number, unknown>;
}
const last = (path: Path) => path[path.length - 1] as string | number;
const get = (path: Path): unknown => parentOf(JSON.parse(SAMPLE), path)[last(path)];
const update =
  (path: Path, change: (old: unknown) => unknown): Edit =>
  file => {
    parentOf(file, path)[last(path)] = change(parentOf(file, path)[last(path)]);
  };
const set = (path: Path, value: unknown): Edit => update(path, () => value);
const remove =
  (path: Path): Edit =>
  file => {
    Reflect.deleteProperty(parentOf(file, path), last(path));
  };
const append = (path: Path, ...values: unknown[]): Edit =>
  update(path, list => [...(list as unknown[]), ...values]);

/** The sample export with `edits` made, as text. */
function sampleWith(...edits: Edit[]): string {
  const file: unknown = JSON.parse(SAMPLE);
  for (const edit of edits) edit(file);
  return JSON.stringify(file, null, 2);
}

interface Case {
  name: string;
  file: string;
  path: string;
  code: string;
  message: string | RegExp;
  limits?: Partial<ImportLimits>;
}

async function expectError({ file, path, code, message, limits }: Omit<Case, 'name'>) {
  const result = await parseAnnotatedJson(file, limits);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.path).toBe(path);
  expect(result.error.code).toBe(code);
  if (typeof message === 'string') expect(result.error.message).toBe(message);
  else expect(result.error.message).toMatch(message);
}

const notAFile: Case[] = [
  {
    name: 'text that is not JSON',
    file: 'this is not json',
    path: '$',
    code: 'not-json',
    message: /^the file is not JSON: /,
  },
  {
    name: 'an empty file',
    file: '',
    path: '$',
    code: 'not-json',
    message: /^the file is not JSON/,
  },
  {
    name: 'a top-level list',
    file: '[]',
    path: '$',
    code: 'not-object',
    message: 'the file must hold one JSON object (an AnnotationCollection), not a list',
  },
  { name: 'a top-level number', file: '42', path: '$', code: 'not-object', message: /not 42$/ },
  { name: 'a top-level null', file: 'null', path: '$', code: 'not-object', message: /not null$/ },
  {
    name: 'an object of another format',
    file: '{"type": "Annotation"}',
    path: "$['factmark:formatVersion']",
    code: 'missing-version',
    message: 'is missing: this is not a Factmark annotated-JSON file',
  },
  {
    name: 'a version from the future',
    file: sampleWith(set(['factmark:formatVersion'], 4)),
    path: "$['factmark:formatVersion']",
    code: 'unsupported-version',
    message:
      'this file is format version 4, newer than this Factmark reads (up to 3): update Factmark to import it',
  },
  {
    name: 'a version that is text',
    file: sampleWith(set(['factmark:formatVersion'], '1')),
    path: "$['factmark:formatVersion']",
    code: 'invalid',
    message: 'must be a whole number from 1, not "1"',
  },
];

const structure: Case[] = [
  {
    name: 'a missing target',
    file: sampleWith(remove(ITEM('target'))),
    path: `${CLAIM}.target`,
    code: 'invalid',
    message: 'is missing (expected an object)',
  },
  {
    name: 'an offset written as text',
    file: sampleWith(set(POS('start'), '783')),
    path: `${CLAIM}.target.selector[1].start`,
    code: 'invalid',
    message: 'must be a number of code points',
  },
  {
    name: 'a negative offset',
    file: sampleWith(set(POS('start'), -1)),
    path: `${CLAIM}.target.selector[1].start`,
    code: 'invalid',
    message: 'cannot be negative',
  },
  {
    name: 'a fractional offset',
    file: sampleWith(set(POS('end'), 800.5)),
    path: `${CLAIM}.target.selector[1].end`,
    code: 'invalid',
    message: 'must be a whole number of code points',
  },
  {
    name: 'a start after the end',
    file: sampleWith(set(POS('start'), 900)),
    path: `${CLAIM}.target.selector[1].start`,
    code: 'bad-offset',
    message: 'start 900 is after end 833',
  },
  {
    name: 'an end beyond the text',
    file: sampleWith(set(POS('end'), 99999)),
    path: `${CLAIM}.target.selector[1].end`,
    code: 'bad-offset',
    message: /^end 99999 is beyond the end of the text \(\d+ code points\)$/,
  },
  {
    name: 'two position selectors',
    file: sampleWith(
      set(ITEM('target', 'selector', 0), { type: 'TextPositionSelector', start: 1, end: 2 }),
    ),
    path: `${CLAIM}.target.selector`,
    code: 'invalid',
    message: 'must hold one TextQuoteSelector and one TextPositionSelector',
  },
  {
    name: 'an unknown selector',
    file: sampleWith(set(ITEM('target', 'selector', 0, 'type'), 'XPathSelector')),
    path: `${CLAIM}.target.selector[0].type`,
    code: 'invalid',
    message: 'a selector must be a TextQuoteSelector or a TextPositionSelector',
  },
  {
    name: 'a verdict without an id',
    file: sampleWith(set(ITEM('body', 0, 'factmark:verdict'), '')),
    path: `${CLAIM}.body[0]['factmark:verdict']`,
    code: 'invalid',
    message: 'a verdict needs an id',
  },
  {
    name: 'an unknown kind',
    file: sampleWith(set(ITEM('factmark:kind'), 'rumour')),
    path: `${CLAIM}['factmark:kind']`,
    code: 'invalid',
    message: 'unknown kind "rumour": expected one of claim, correction, comment',
  },
  {
    name: 'an unknown status',
    file: sampleWith(set(ITEM('factmark:status'), 'done')),
    path: `${CLAIM}['factmark:status']`,
    code: 'invalid',
    message: 'unknown status "done": expected one of open, checked',
  },
  {
    name: 'an unknown stance',
    file: sampleWith(set(SRC('factmark:stance'), 'agrees')),
    path: `${CLAIM}.body[3]['factmark:stance']`,
    code: 'invalid',
    message: 'unknown stance "agrees": expected one of supports, refutes, context',
  },
  {
    name: 'an unknown body purpose',
    file: sampleWith(set(ITEM('body', 2, 'purpose'), 'replying')),
    path: `${CLAIM}.body[2].purpose`,
    code: 'invalid',
    message: "a body's purpose must be one of assessing, commenting, editing, linking, tagging",
  },
  {
    name: 'two verdicts',
    file: sampleWith(append(ITEM('body'), get(ITEM('body', 0)))),
    path: `${CLAIM}.body[5]`,
    code: 'invalid',
    message: 'an annotation has at most one verdict',
  },
  {
    name: 'a motivation that is not the kind’s',
    file: sampleWith(set(ITEM('motivation'), 'editing')),
    path: `${CLAIM}.motivation`,
    code: 'invalid',
    message: 'a claim is "assessing", not "editing"',
  },
  {
    name: 'an id that is not a UUID',
    file: sampleWith(set(ITEM('id'), 'urn:uuid:42')),
    path: `${CLAIM}.id`,
    code: 'bad-id',
    message: 'must be "urn:uuid:" followed by a UUID',
  },
  {
    name: 'a repeated annotation id',
    file: sampleWith(set(['first', 'items', 2, 'id'], get(ITEM('id')))),
    path: '$.first.items[2].id',
    code: 'duplicate-id',
    message: 'urn:uuid:c6a1e0b2-4f7d-4b8e-a3c5-9d2f8e1b7c44 appears twice in this file',
  },
  {
    name: 'an annotation of another article',
    file: sampleWith(
      set(ITEM('target', 'source'), 'urn:uuid:00000000-0000-4000-8000-000000000000'),
    ),
    path: `${CLAIM}.target.source`,
    code: 'wrong-article',
    message: /^targets urn:uuid:0{8}-.* not this file's article urn:uuid:5f1d8a36/,
  },
  {
    name: 'a total that is not the count',
    file: sampleWith(set(['total'], 3)),
    path: '$.total',
    code: 'count-mismatch',
    message: 'says 3 annotations, but the page holds 4',
  },
  {
    name: 'a date without its offset',
    file: sampleWith(set(ITEM('created'), '2026-11-20T09:12:07')),
    path: `${CLAIM}.created`,
    code: 'bad-date',
    message: 'must be a date and time with its offset, like 2026-11-25T12:00:00.000Z',
  },
  {
    name: 'a date that does not exist',
    file: sampleWith(set(SRC('factmark:accessedAt'), '2026-02-30')),
    path: `${CLAIM}.body[3]['factmark:accessedAt']`,
    code: 'bad-date',
    message: 'must be a date like 2026-11-25',
  },
  {
    name: 'a context without the W3C one',
    file: sampleWith(set(['@context'], [{}])),
    path: "$['@context']",
    code: 'invalid',
    message: 'must include "http://www.w3.org/ns/anno.jsonld"',
  },
];

const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//example.com/no-scheme',
];
const urls: Case[] = [
  ...BAD_URLS.map(url => ({
    name: `a source at ${JSON.stringify(url)}`,
    file: sampleWith(set(SRC('source'), url)),
    path: `${CLAIM}.body[3].source`,
    code: 'bad-url',
    message: 'only http and https links can be sources',
  })),
  {
    name: 'a source whose written link is javascript:',
    file: sampleWith(set(SRC('factmark:url'), 'javascript:alert(1)')),
    path: `${CLAIM}.body[3]['factmark:url']`,
    code: 'bad-url',
    message: 'only http and https links can be sources',
  },
  {
    name: 'a source whose URI is not its written link',
    file: sampleWith(set(SRC('factmark:url'), 'https://elsewhere.example/')),
    path: `${CLAIM}.body[3].source`,
    code: 'bad-url',
    message: 'does not match factmark:url, the link as written',
  },
  {
    name: 'an archived copy at data:',
    file: sampleWith(set(SRC('factmark:archivedUrl'), 'data:text/html,x')),
    path: `${CLAIM}.body[3]['factmark:archivedUrl']`,
    code: 'bad-url',
    message: 'only http and https links can be archived copies',
  },
  {
    name: 'an article address at vbscript:',
    file: sampleWith(set(ART('factmark:sourceUrl'), 'vbscript:x')),
    path: `${ARTICLE}['factmark:sourceUrl']`,
    code: 'bad-url',
    message: "only http and https links can be an article's address",
  },
];

const deepDoc = (levels: number) =>
  '{"type":"doc","content":[' +
  '{"type":"blockquote","content":['.repeat(levels) +
  '{"type":"paragraph"}' +
  ']}'.repeat(levels) +
  ']}';
const TEXT = (...rest: Path): Path => DOCP('content', 0, 'content', 0, ...rest);
const docs: Case[] = [
  {
    name: 'a document nested 10,000 levels',
    file: sampleWith(set(DOCP(), '@DOC@')).replace('"@DOC@"', deepDoc(10_000)),
    path: DOC,
    code: 'doc-too-deep',
    message: 'the document nests more than 100 levels deep',
  },
  {
    name: 'an unknown node type',
    file: sampleWith(set(DOCP('content', 1, 'type'), 'script')),
    path: `${DOC}.content[1].type`,
    code: 'bad-doc',
    message: /^unknown node type "script": an article holds only doc, paragraph, /,
  },
  {
    name: 'an unknown mark',
    file: sampleWith(set(TEXT('marks'), [{ type: 'iframe' }])),
    path: `${DOC}.content[0].content[0].marks[0].type`,
    code: 'bad-doc',
    message: /^unknown mark "iframe"/,
  },
  {
    name: 'a javascript: link',
    file: sampleWith(
      set(TEXT('marks'), [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
    ),
    path: `${DOC}.content[0].content[0].marks[0].attrs.href`,
    code: 'bad-url',
    message: 'links in an article may only be http: https: mailto: addresses',
  },
  {
    name: 'text straight under the doc',
    file: sampleWith(set(DOCP('content', 0), get(TEXT()))),
    path: DOC,
    code: 'bad-doc',
    message: /^the document does not fit the article schema: Invalid content for node doc/,
  },
  {
    name: 'a document with other text',
    file: sampleWith(set(TEXT('text'), 'Something else entirely.')),
    path: DOC,
    code: 'text-mismatch',
    message: "the document's text is not the article's text",
  },
  {
    name: 'a text hash of another text',
    file: sampleWith(set(ART('factmark:textHash'), '0'.repeat(64))),
    path: `${ARTICLE}['factmark:textHash']`,
    code: 'hash-mismatch',
    message: 'is not the SHA-256 of the text: the text was changed or damaged',
  },
  {
    name: 'a text changed under its hash',
    file: sampleWith(update(ART('factmark:text'), t => `${String(t)}!`)),
    path: `${ARTICLE}['factmark:textHash']`,
    code: 'hash-mismatch',
    message: 'is not the SHA-256 of the text: the text was changed or damaged',
  },
  {
    name: 'a text hash in capitals',
    file: sampleWith(update(ART('factmark:textHash'), h => String(h).toUpperCase())),
    path: `${ARTICLE}['factmark:textHash']`,
    code: 'invalid',
    message: 'must be the SHA-256 of the text in lowercase hex',
  },
];

const limits: Case[] = [
  {
    name: 'a file over the size limit',
    file: SAMPLE,
    limits: { fileLength: 1000 },
    path: '$',
    code: 'too-large',
    message: 'the file is too large to import (0.0 MB; at most 0.0 MB)',
  },
  {
    name: 'more annotations than allowed',
    file: SAMPLE,
    limits: { annotations: 3 },
    path: '$.first.items',
    code: 'too-many',
    message: 'holds 4 annotations; at most 3 can be imported at once',
  },
  {
    name: 'a note over the limit',
    file: SAMPLE,
    limits: { noteLength: 100 },
    path: `${CLAIM}.body[2].value`,
    code: 'too-long',
    message: 'is too long: 152 characters; at most 100 are allowed',
  },
  {
    name: 'a text over the limit',
    file: SAMPLE,
    limits: { textLength: 1000 },
    path: `${ARTICLE}['factmark:text']`,
    code: 'too-long',
    message: /^is too long: 2,\d{3} characters; at most 1,000 are allowed$/,
  },
  {
    name: 'a quote over the limit',
    file: SAMPLE,
    limits: { quoteLength: 60 },
    path: '$.first.items[0].target.selector[0].exact',
    code: 'too-long',
    message: 'is too long: 84 characters; at most 60 are allowed',
  },
  {
    name: 'a document deeper than allowed',
    file: SAMPLE,
    limits: { docDepth: 2 },
    path: DOC,
    code: 'doc-too-deep',
    message: 'the document nests more than 2 levels deep',
  },
  {
    name: 'more tags than allowed',
    file: sampleWith(
      append(
        ITEM('body'),
        ...['a', 'b'].map(value => ({ type: 'TextualBody', purpose: 'tagging', value })),
      ),
    ),
    limits: { tagsPerAnnotation: 2 },
    path: `${CLAIM}.body[6]`,
    code: 'too-many',
    message: 'at most 2 tags per annotation',
  },
  {
    name: 'more sources than allowed',
    file: sampleWith(append(ITEM('body'), get(ITEM('body', 3)))),
    limits: { sourcesPerAnnotation: 1 },
    path: `${CLAIM}.body[5]`,
    code: 'too-many',
    message: 'at most 1 sources per annotation',
  },
];

describe('parseAnnotatedJson refuses', () => {
  describe.each([
    ['what is not an annotated-JSON file', notAFile],
    ['a broken structure', structure],
    ['links other than http and https', urls],
    ['a bad article document or text', docs],
    ['what is over the limits', limits],
  ])('%s', (_, cases) => {
    it.each(cases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
      await expectError(c);
    });
  });

  it('a file over the real 128 MB limit before parsing it', async () => {
    const file = ' '.repeat(IMPORT_LIMITS.fileLength + 1);
    await expectError({
      file,
      path: '$',
      code: 'too-large',
      message: 'the file is too large to import (128.0 MB; at most 128.0 MB)',
    });
  });
});

describe('parseAnnotatedJson and prototype pollution', () => {
  // [what, where, the key inserted there, its path]
  const POLLUTERS: [string, string, string, string][] = [
    [
      '__proto__ at the top',
      '"type":"AnnotationCollection",',
      '"__proto__":{"polluted":true},',
      '$.__proto__',
    ],
    [
      'constructor.prototype in the article',
      '"type":"factmark:Article",',
      '"constructor":{"prototype":{"polluted":true}},',
      `${ARTICLE}.constructor`,
    ],
    [
      'prototype in a body',
      '"purpose":"assessing",',
      '"prototype":{"polluted":true},',
      `${CLAIM}.body[0].prototype`,
    ],
    [
      '__proto__ deep in the document',
      '{"type":"text","text":"The United States',
      '"__proto__":{"polluted":true},',
      `${DOC}.content[0].content[0].__proto__`,
    ],
  ];
  const compact = JSON.stringify(JSON.parse(SAMPLE));

  it.each(POLLUTERS)('refuses %s', async (_, at, inserted, path) => {
    const where = compact.indexOf(at) + (at.startsWith('{') ? 1 : at.length);
    const file = compact.slice(0, where) + inserted + compact.slice(where);
    expect(JSON.parse(file)).not.toEqual(JSON.parse(compact));
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const key = path.split(/[.[]/).pop() ?? '';
    await expectError({
      file,
      path,
      code: 'forbidden-key',
      message: `"${key}" is not allowed as a key anywhere in the file`,
    });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseAnnotatedJson accepts', () => {
  it('a UTF-8 byte-order mark before the JSON', async () => {
    expect((await parseAnnotatedJson(`\uFEFF${SAMPLE}`)).ok).toBe(true);
  });

  it('keeps lone surrogates, NUL and U+202E in notes exactly', async () => {
    const { article: a, annotations } = await sampleExportInput();
    const note = 'lone \uD800 high, lone \uDC00 low, NUL \u0000, override \u202Eevil.txt';
    const file = exportAnnotatedJson(
      a,
      annotations.map(x => ({ ...x, note, tags: [note] })),
    );
    const result = await parseAnnotatedJson(file);
    expect(result.ok && result.annotations.map(x => [x.note, x.tags])).toEqual(
      annotations.map(() => [note, [note]]),
    );
  });

  it('a quote that no longer matches the text, for re-anchoring to deal with', async () => {
    const file = sampleWith(
      set(ITEM('target', 'selector', 0, 'exact'), 'a quote from an older version'),
    );
    const result = await parseAnnotatedJson(file);
    expect(result.ok && result.annotations[1]?.target.exact).toBe('a quote from an older version');
  });

  it('properties it does not know, which JSON-LD lets other tools add', async () => {
    const file = sampleWith(set(ITEM('rights'), 'https://creativecommons.org/licenses/by/4.0/'));
    expect((await parseAnnotatedJson(file)).ok).toBe(true);
  });
});

describe('parseAnnotatedJson never throws', () => {
  it('for any JSON, or any mangling of a valid file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc
            .tuple(fc.nat({ max: SAMPLE.length }), fc.nat({ max: 200 }), fc.string())
            .map(([at, cut, insert]) => SAMPLE.slice(0, at) + insert + SAMPLE.slice(at + cut)),
        ),
        async text => {
          const result = await parseAnnotatedJson(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
