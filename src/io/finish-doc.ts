import type { Node as PmNode } from 'prosemirror-model';
import { canonicalText } from '../editor/text-map';
import { ARTICLE_LIMITS } from './article-limits';
import type { ArticleMeta } from './article-record';
import { docDepth, tidyDoc } from './doc-tidy';
import { loadError, type ArticleFormat, type LoadResult } from './load-result';

/** `meta` without its undefined fields, so a stored record holds only what is known. */
export function definedMeta(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== undefined),
  ) as ArticleMeta;
}

/** Refuses a text longer than `ARTICLE_LIMITS.textLength`, else null. */
export function checkTextLength(text: string): LoadResult | null {
  return text.length > ARTICLE_LIMITS.textLength
    ? loadError(
        'too-long',
        `its text is ${text.length.toLocaleString('en')} characters long; Factmark loads articles of up to ${ARTICLE_LIMITS.textLength.toLocaleString('en')}`,
      )
    : null;
}

/** Refuses a text or Markdown source of more than `ARTICLE_LIMITS.lines` lines, else null. */
export function checkLineCount(text: string): LoadResult | null {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (++lines > ARTICLE_LIMITS.lines) {
      return loadError(
        'too-complex',
        `it has more than ${ARTICLE_LIMITS.lines.toLocaleString('en')} lines; Factmark loads articles of up to that many`,
      );
    }
  }
  return null;
}

/**
 * The last step of the Markdown and HTML loaders: refuses a document nested
 * deeper than `ARTICLE_LIMITS.docDepth` (before anything recursive walks it),
 * tidies it (`tidyDoc`), refuses it if no text is left or the text is too
 * long, and takes the metadata `metaOf` reads from the tidied document.
 */
export function finishDoc(
  doc: PmNode,
  format: ArticleFormat,
  metaOf: (doc: PmNode) => ArticleMeta,
  emptyReason = 'it has no text',
): LoadResult {
  const depth = docDepth(doc);
  if (depth > ARTICLE_LIMITS.docDepth) {
    return loadError(
      'too-deep',
      `its structure nests ${depth} levels deep (lists within quotes within lists …); Factmark reads articles up to ${ARTICLE_LIMITS.docDepth} levels`,
    );
  }
  const tidy = tidyDoc(doc);
  if (!tidy) return loadError('no-text', emptyReason);
  return (
    checkTextLength(canonicalText(tidy)) ?? {
      ok: true,
      doc: tidy,
      meta: definedMeta(metaOf(tidy)),
      format,
    }
  );
}
