import { withDeskFields } from '../../../src/model/desk/desk-fields';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { db } from '../../../src/store/db';
import { importAnnotatedArticle } from '../../../src/store/import-annotated';
import { clampAnnotationTimes, clampArticleTimes } from '../../../src/model/import-merge';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import type { Annotation, Article } from '../../../src/model/types';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';

/**
 * The generated files, with each target made true of its text (the format
 * generator draws targets freely; an import re-anchors those that are not).
 */
const consistent = annotatedArticle
  .filter(x => x.article.text.length > 0)
  .map(({ article, annotations }): { article: Article; annotations: Annotation[] } => {
    const index = new CodePointIndex(article.text);
    return {
      article,
      annotations: annotations.map(a => {
        const start = a.target.start % index.length;
        const end = start + 1 + ((a.target.end - a.target.start) % (index.length - start));
        const { anchoring: _anchoring, ...rest } = a;
        return {
          ...rest,
          target: describeRange(index, { start: textOffset(start), end: textOffset(end) }),
        };
      }),
    };
  });

const NOW = '2026-11-25T12:00:00.000Z';
const snapshot = async () => ({
  articles: await db.articles.orderBy('id').toArray(),
  annotations: await db.annotations.orderBy('id').toArray(),
});

describe('importing annotated JSON into the database, by property', () => {
  it('stores exactly what the file holds (times after the import clamped), and a second import of it changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(consistent, async x => {
        await Promise.all(db.tables.map(t => t.clear()));
        const parsed = await parseAnnotatedJson(exportAnnotatedJson(x.article, x.annotations));
        if (!parsed.ok) throw new Error(parsed.error.message);
        const first = await importAnnotatedArticle(parsed, NOW);
        expect(first).toMatchObject({
          outcome: 'new-article',
          added: x.annotations.length,
          orphaned: 0,
        });
        const stored = await snapshot();
        // the generator's dates run to 2099: a file's time after the import is stored as the import's
        expect(stored.articles).toEqual([clampArticleTimes(x.article, NOW)]);
        expect(stored.annotations).toEqual(
          x.annotations
            .map(a => clampAnnotationTimes(withDeskFields(a), NOW))
            .sort((a, b) => (a.id < b.id ? -1 : 1)),
        );

        // the same revisions again: nothing changes, whatever the file's clock says (it is counted, and clamped)
        const futureDated = x.annotations.filter(a => clampAnnotationTimes(a, NOW) !== a).length;
        const second = await importAnnotatedArticle(parsed, NOW);
        expect(second).toMatchObject({
          outcome: 'merged',
          added: 0,
          updated: 0,
          keptLocal: 0,
          conflicting: 0,
          unchanged: x.annotations.length,
          futureDated,
        });
        expect(await snapshot()).toEqual(stored);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
