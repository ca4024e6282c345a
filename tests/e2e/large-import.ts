import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { articleFromDoc } from '../../src/io/article-record';
import { docFromPlainText } from '../../src/io/plain-text';
import { describe } from '../../src/model/describe';
import { CodePointIndex, textOffset } from '../../src/model/offsets';
import type { Annotation, Article } from '../../src/model/types';
import { annotationRecord } from '../fixtures/records';

/** The id of the large article: not the sample's, so importing it adds a new article. */
export const LARGE_ARTICLE_ID = '0b7c2e94-6d1a-4f3b-8e25-9a4c1d7f5e60';

const SAMPLE_TEXT = path.resolve(
  import.meta.dirname,
  '../../public/samples/us-japan-chip-controls.txt',
);

/** An annotated-JSON file of one new article and many annotations, all valid and distinct. */
export interface LargeImport {
  article: Article;
  annotations: Annotation[];
  /** The file's contents, as the app exports them. */
  json: string;
}

/**
 * The sample text repeated in numbered sections until `count` targets fit, and
 * `count` annotations on it: short quotes inside paragraphs, each at its own place.
 * Another `articleId` makes an article of its own.
 */
export async function largeImport(
  count: number,
  articleId = LARGE_ARTICLE_ID,
): Promise<LargeImport> {
  const sample = (await readFile(SAMPLE_TEXT, 'utf8')).replace(/\r\n?/g, '\n').trim();
  const sections = Math.ceil(count / 80) + 1; // the sample gives about 90 targets a copy
  const text = Array.from(
    { length: sections },
    (_, i) => `Section ${i + 1} of ${sections}.\n\n${sample}`,
  ).join('\n\n');
  const article = await articleFromDoc(
    docFromPlainText(text),
    { title: `Large import: ${count} annotations`, publisher: 'Factmark tests' },
    articleId,
  );
  const index = new CodePointIndex(article.text);

  // every 24 code points a 16-code-point quote, never across a paragraph's end
  const annotations: Annotation[] = [];
  let paragraphStart = 0;
  for (const paragraph of article.text.split('\n')) {
    const length = [...paragraph].length;
    for (let at = 0; at + 16 <= length && annotations.length < count; at += 24) {
      const n = annotations.length;
      const start = textOffset(paragraphStart + at);
      annotations.push(
        annotationRecord({
          id: `${n.toString(16).padStart(8, '0')}-1f2e-4d3c-8b4a-${'5'.repeat(12)}`,
          articleId: article.id,
          target: describe(index, { start, end: textOffset(start + 16) }),
          verdict: 'mostly-true',
          note: `Note ${n + 1}`,
          creator: 'Ada Lindqvist',
          createdAt: article.createdAt,
          updatedAt: article.createdAt,
        }),
      );
    }
    paragraphStart += length + 1;
  }
  if (annotations.length < count) throw new Error(`only ${annotations.length} targets fit`);
  return { article, annotations, json: exportAnnotatedJson(article, annotations) };
}
