import type { KnownText } from '../model/reanchor';
import type { Annotation } from '../model/types';
import { db } from './db';

/**
 * The stored texts that orphans were last anchored on (`textHash` of their
 * anchoring), by hash: earlier versions of their article, kept in the
 * library. A text no longer stored is simply missing.
 */
export async function textsOfOrphans(
  annotations: readonly Annotation[],
): Promise<Map<string, KnownText>> {
  const hashes = new Set<string>();
  for (const a of annotations) {
    if (a.anchoring?.method === 'orphan' && a.anchoring.textHash) hashes.add(a.anchoring.textHash);
  }
  const out = new Map<string, KnownText>();
  if (hashes.size === 0) return out;
  for (const article of await db.articles
    .where('textHash')
    .anyOf([...hashes])
    .toArray()) {
    out.set(article.textHash, { text: article.text, hash: article.textHash });
  }
  return out;
}

/**
 * Which text each annotation of an import was last anchored on, so that the
 * diff can map it: an orphan, the stored text its target describes; a copy
 * from here (`isHere`), the text of the article it was on (`here`); a copy
 * from the file, the file's text.
 */
export async function anchoredTexts(
  candidates: readonly Annotation[],
  file: KnownText,
  here: KnownText | undefined,
  isHere: (a: Annotation) => boolean,
): Promise<(a: Annotation) => KnownText | undefined> {
  const older = await textsOfOrphans(candidates);
  return a =>
    (a.anchoring?.method === 'orphan' && older.get(a.anchoring.textHash ?? '')) ||
    (isHere(a) ? here : file);
}
