import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { withDeskFields } from '../../../src/model/desk/desk-fields';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { FORMAT_VERSION } from '../../../src/io/w3c-context';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { inReadingOrder } from '../../../src/model/reading-order';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';

const RUNS = { numRuns: 1000 };

describe('annotated JSON', () => {
  it('imports exactly what it exported: every field, optional ones absent or present', async () => {
    await fc.assert(
      fc.asyncProperty(annotatedArticle, async ({ article, annotations }) => {
        const result = await parseAnnotatedJson(exportAnnotatedJson(article, annotations));
        expect(result).toStrictEqual({
          ok: true,
          article,
          // records from before team review come back with its fields, as the store upgrades them
          annotations: inReadingOrder(annotations).map(withDeskFields),
          formatVersion: FORMAT_VERSION,
          scale: DEFAULT_VERDICT_SCALE,
          foreignVerdicts: [],
          tombstones: [],
        });
      }),
      RUNS,
    );
  });

  it('exports the same bytes for the same records, whatever their order', () => {
    fc.assert(
      fc.property(
        annotatedArticle.chain(x =>
          fc
            .shuffledSubarray(x.annotations, { minLength: x.annotations.length })
            .map(shuffled => ({ ...x, shuffled })),
        ),
        ({ article, annotations, shuffled }) => {
          const once = exportAnnotatedJson(article, annotations);
          expect(exportAnnotatedJson(structuredClone(article), structuredClone(annotations))).toBe(
            once,
          );
          expect(exportAnnotatedJson(article, shuffled)).toBe(once);
        },
      ),
      RUNS,
    );
  });

  it('parses the same file to equal results twice', async () => {
    await fc.assert(
      fc.asyncProperty(annotatedArticle, async ({ article, annotations }) => {
        const file = exportAnnotatedJson(article, annotations);
        expect(await parseAnnotatedJson(file)).toStrictEqual(await parseAnnotatedJson(file));
      }),
      RUNS,
    );
  });
});
