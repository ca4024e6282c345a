import { exportAnnotatedJson } from '../../src/io/annotated-json-export';
import { articleFromDoc } from '../../src/io/article-record';
import { docFromPlainText } from '../../src/io/plain-text';
import type { Annotation, Article, Target } from '../../src/model/types';
import { annotate } from '../anchoring/corpus';
import { insertionNearStart, scatteredEdits, type Revision } from '../anchoring/edits';
import { mulberry32 } from '../anchoring/prng';
import { article as prose } from '../anchoring/prose';
import { annotationRecords } from './records';

/** The article's id: the edited versions share it, so importing one makes a new version. */
export const WORKLOAD_ARTICLE_ID = '6f1e0c52-93b4-4d7a-a1c8-2b5e7d9f0a31';
// fixed so that the same seed gives the same bytes
const CREATED_AT = '2026-03-02T09:30:00.000Z';

export interface WorkloadSize {
  /** Code points of article text. */
  codePoints: number;
  annotations: number;
}

/** One edited version of the article, as an annotated-JSON file with no annotations. */
export interface EditedVersion {
  revision: Revision;
  json: string;
}

export interface Workload {
  seed: number;
  size: WorkloadSize;
  article: Article;
  annotations: Annotation[];
  targets: Target[];
  /** The article and its annotations, as the app exports them. */
  json: string;
  /** 1 % of characters changed; 20,000 characters inserted near the start. */
  edited: EditedVersion[];
}

/** An article record on `text`, whose paragraphs are split by "\n" (one block each). */
async function articleOn(text: string, title: string): Promise<Article> {
  // plain text splits paragraphs on blank lines; single breaks would become hard breaks
  const doc = docFromPlainText(text.split('\n').join('\n\n'));
  const built = await articleFromDoc(
    doc,
    { title, publisher: 'Factmark bench', publishedAt: '2026-03-01' },
    WORKLOAD_ARTICLE_ID,
  );
  if (built.text !== text) throw new Error(`${title}: the document does not keep the text as made`);
  return { ...built, createdAt: CREATED_AT, updatedAt: CREATED_AT };
}

/**
 * A seeded news-like article (names in several scripts, emoji) with `size`
 * annotations (sentences, phrases, repeated names, overlapping ranges) and its
 * two edited versions, all as the app's own annotated-JSON export.
 */
export async function generateWorkload(seed: number, size: WorkloadSize): Promise<Workload> {
  const r = mulberry32(seed);
  const text = prose(r, size.codePoints);
  const article = await articleOn(text, `Bench article (${size.annotations} annotations)`);
  const annotated = annotate(r, article.text, size.annotations);
  const revisions = [
    scatteredEdits(r, text, 0.01),
    insertionNearStart(r, text, Math.min(20_000, Math.round(size.codePoints / 50)), 0.02),
  ];
  // the records draw from their own source, so text, targets and edits match bench/anchoring/run.ts's
  const annotations = annotationRecords(mulberry32(seed + 2), article.id, annotated, CREATED_AT);
  const edited: EditedVersion[] = [];
  for (const revision of revisions) {
    const version = await articleOn(revision.text, `Bench article, ${revision.name}`);
    edited.push({ revision, json: exportAnnotatedJson(version, []) });
  }
  return {
    seed,
    size,
    article,
    annotations,
    targets: annotated.map(a => a.target),
    json: exportAnnotatedJson(article, annotations),
    edited,
  };
}
