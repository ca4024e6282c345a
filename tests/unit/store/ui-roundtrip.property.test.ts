import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { articleFromDoc } from '../../../src/io/article-record';
import { loadArticle } from '../../../src/io/load-article';
import type { AnnotationFields, SourceFields } from '../../../src/model/annotation-fields';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import { RECORD_LIMITS } from '../../../src/model/record-limits';
import { trimRange } from '../../../src/model/trim-range';
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, SOURCE_STANCES } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  InvalidAnnotationError,
  createAnnotation,
  listAnnotations,
  updateAnnotation,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';
import { checkMeta } from '../../../src/ui/article/article-meta';
import { httpUrl } from '../../fixtures/formats/arbitraries';

// Issue 15, defect 3: anything the UI can store, this version's import reads back. Every
// input goes through the gate the UI puts it through (the paste loader, the article
// details check, the annotation form and the store), with texts near every limit.

const { nameLength, noteLength, quoteLength, urlLength } = RECORD_LIMITS;

/** Any text: every code point, lone surrogates, controls and bidi overrides included. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('\uD800', 'a\uDC00b', '\u0000', '\u202Eevil', ' padded ', '=1+1;'),
  );
/** Short texts mostly, and now and then one just under, at or over `limit`. */
const upTo = (limit: number) =>
  fc.oneof(
    { weight: 12, arbitrary: anyText(30) },
    { weight: 1, arbitrary: fc.constantFrom(limit, limit + 1, limit + 2).map(n => 'x'.repeat(n)) },
  );

const source: fc.Arbitrary<SourceFields> = fc.record({
  url: fc.oneof(
    { weight: 8, arbitrary: httpUrl },
    { weight: 1, arbitrary: anyText(20) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(urlLength - 16, urlLength - 15)
        .map(n => `https://e.org/?${'u'.repeat(n)}`),
    },
  ),
  title: upTo(nameLength),
  publisher: upTo(nameLength),
  quote: upTo(quoteLength),
  stance: fc.constantFrom(...SOURCE_STANCES),
  accessedAt: fc.constantFrom('', '', '', '2026-11-20', '2024-02-29', '2026-02-30'),
  archivedUrl: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: httpUrl },
    { weight: 1, arbitrary: anyText(10) },
  ),
});

const tags = fc.oneof(
  { weight: 8, arbitrary: fc.array(upTo(nameLength), { maxLength: 4 }).map(ts => ts.join(', ')) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(100, 101)
      .map(n => Array.from({ length: n }, (_, i) => `tag ${i}`).join(',')),
  },
);

const fields: fc.Arbitrary<AnnotationFields> = fc.record({
  kind: fc.constantFrom(...ANNOTATION_KINDS),
  verdict: fc.constantFrom('', ...DEFAULT_VERDICT_SCALE.map(v => v.id)),
  correction: upTo(quoteLength),
  note: upTo(noteLength),
  tags,
  status: fc.constantFrom(...ANNOTATION_STATUSES),
  sources: fc.array(source, { maxLength: 2 }),
});

/** A paste: short texts of any kind, or a long paragraph to annotate whole. */
const pasted = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }) },
  // a page can put anything on the clipboard, a lone half of a surrogate pair included
  { weight: 1, arbitrary: fc.constantFrom('A lone \uD800 half.', 'Another \uDE00 one\uD83D') },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(quoteLength, quoteLength + 1)
      .map(n => `Headline\n\n${'w'.repeat(n)}\n\nEnd.`),
  },
);

const meta = fc.record({
  title: upTo(nameLength),
  publisher: upTo(nameLength),
  author: upTo(nameLength),
  sourceUrl: fc.oneof(httpUrl, fc.constant(`https://e.org/${'u'.repeat(urlLength)}`)),
});

const reviewer = upTo(nameLength)
  .map(name => name.trim())
  .filter(name => name !== '');

describe('what the UI can store, by property', () => {
  it('exports to a file that this version imports back to the same records', async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(
        pasted,
        meta,
        fc.tuple(fc.nat(), fc.nat()),
        fields,
        fc.option(fields, { nil: undefined }),
        reviewer,
        async (text, typedMeta, [a, b], first, second, name) => {
          await Promise.all(db.tables.map(t => t.clear()));
          const loaded = await loadArticle({ kind: 'paste', text });
          if (!loaded.ok) return; // refused, with a message, in the New article dialog
          const checked = checkMeta(typedMeta);
          const article = await articleFromDoc(
            loaded.doc,
            checked.ok ? checked.meta : { title: 'Untitled' },
          );
          await db.articles.add(article);
          const index = new CodePointIndex(article.text);
          // a selection of at least one character: the whole text now and then
          const start = (a + b) % 3 === 0 ? 0 : a % index.length;
          const end = (a + b) % 3 === 0 ? index.length : start + 1 + (b % (index.length - start));
          const range = trimRange(index, { start: textOffset(start), end: textOffset(end) });
          if (!range) return; // nothing selected: Annotate stays disabled
          try {
            const created = await createAnnotation(
              article.id,
              describeRange(index, range),
              first,
              name,
              DEFAULT_VERDICT_SCALE,
            );
            if (second) {
              await updateAnnotation(created.id, second, DEFAULT_VERDICT_SCALE, name).catch(
                (err: unknown) => {
                  if (!(err instanceof InvalidAnnotationError)) throw err;
                },
              );
            }
          } catch (err) {
            if (err instanceof InvalidAnnotationError) return; // the form said why
            throw err;
          }
          stored++;
          const annotations = await listAnnotations(article.id);
          const parsed = await parseAnnotatedJson(exportAnnotatedJson(article, annotations));
          if (!parsed.ok) throw new Error(`${parsed.error.path}: ${parsed.error.message}`);
          expect(parsed.article).toEqual(article);
          expect(parsed.annotations).toEqual(annotations);
        },
      ),
      { numRuns: 300 },
    );
    // the property is about what was stored: most runs must store something
    expect(stored).toBeGreaterThan(100);
  }, 300_000);
});
