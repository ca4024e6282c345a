import { beforeEach, describe, expect, it } from 'vitest';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { parseAnnotatedJson } from '../../../src/io/annotated-json-import';
import { articleFromDoc } from '../../../src/io/article-record';
import { docFromPlainText } from '../../../src/io/plain-text';
import { emptySource, fieldsOf, type AnnotationFields } from '../../../src/model/annotation-fields';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import {
  InvalidAnnotationError,
  createAnnotation,
  listAnnotations,
} from '../../../src/store/annotations';
import { db } from '../../../src/store/db';

// Issue 15, defect 3: what the form or the store accepts, the import of the same version
// accepts too. Each of the reported cases is either refused where it is typed, with a
// message naming the limit, or exported and imported again.

const PARAGRAPH = `${'The ministry said exports of chip-making equipment rose again. '.repeat(184)}And that is where the paragraph ends.`;
const ARTICLE_TEXT = `A headline\n\n${PARAGRAPH}\n\nA closing paragraph.`;

interface Case {
  /** The field whose error names the problem. */
  field: string;
  fields?: Partial<AnnotationFields>;
  /** Annotate the whole long paragraph rather than a few words. */
  wholeParagraph?: boolean;
}

const CASES: [string, Case][] = [
  ['an 11,629-character paragraph', { field: 'quote', wholeParagraph: true }],
  ['a 1 MB note', { field: 'note', fields: { note: 'n'.repeat(1024 * 1024) } }],
  ['a 1,500-character tag', { field: 'tags', fields: { tags: `short, ${'t'.repeat(1500)}` } }],
  [
    'a 9,023-character source URL',
    {
      field: 'sources.0.url',
      fields: {
        sources: [{ ...emptySource(), url: `https://example.org/?q=${'u'.repeat(9000)}` }],
      },
    },
  ],
  [
    'a 2,000-character source title',
    {
      field: 'sources.0.title',
      fields: {
        sources: [{ ...emptySource(), url: 'https://example.org/', title: 'x'.repeat(2000) }],
      },
    },
  ],
  [
    'a 101st tag',
    {
      field: 'tags',
      fields: { tags: Array.from({ length: 101 }, (_, i) => `tag ${i}`).join(', ') },
    },
  ],
];

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});

describe('one set of limits for the form, the store and the import', () => {
  it('has a paragraph of 11,629 characters to annotate', () => {
    expect(PARAGRAPH).toHaveLength(11_629);
  });

  it.each(CASES)('%s is refused where it is typed, or imports again', async (_, c) => {
    const article = await articleFromDoc(docFromPlainText(ARTICLE_TEXT), { title: 'Exports' });
    await db.articles.add(article);
    const index = new CodePointIndex(article.text);
    const quote = c.wholeParagraph ? PARAGRAPH : 'exports of chip-making equipment';
    const start = index.toOffset(article.text.indexOf(quote));
    const target = describeRange(index, { start, end: textOffset(start + [...quote].length) });
    let refused: InvalidAnnotationError | undefined;
    try {
      await createAnnotation(
        article.id,
        target,
        { ...fieldsOf(), ...c.fields },
        'Ada',
        DEFAULT_VERDICT_SCALE,
      );
    } catch (err) {
      if (!(err instanceof InvalidAnnotationError)) throw err;
      refused = err;
    }
    if (refused) {
      expect(Object.keys(refused.errors)).toContain(c.field);
      expect(refused.errors[c.field]).toMatch(/at most [\d,]+/i);
      expect(await db.annotations.count()).toBe(0);
      return;
    }
    const parsed = await parseAnnotatedJson(
      exportAnnotatedJson(article, await listAnnotations(article.id)),
    );
    expect(parsed.ok ? 'imports' : `${parsed.error.path}: ${parsed.error.message}`).toBe('imports');
  });
});
