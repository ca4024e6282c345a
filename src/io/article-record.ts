import type { Node as PmNode } from 'prosemirror-model';
import { canonicalText } from '../editor/text-map';
import { newId, nowIso, sha256Hex } from '../model/ids';
import type { Article, DocJson } from '../model/types';

export type ArticleMeta = Pick<
  Article,
  'title' | 'sourceUrl' | 'publisher' | 'author' | 'publishedAt'
>;

/** A new article record for a document: its canonical text, hash and timestamps. */
export async function articleFromDoc(
  doc: PmNode,
  meta: ArticleMeta,
  id: string = newId(),
): Promise<Article> {
  const text = canonicalText(doc);
  const now = nowIso();
  return {
    ...meta,
    id,
    createdAt: now,
    updatedAt: now,
    doc: doc.toJSON() as DocJson,
    text,
    textHash: await sha256Hex(text),
  };
}
