import type { ArticleMeta } from '../../io/article-record';
import { isIsoDate, isIsoDateTime } from '../../model/iso-dates';
import { RECORD_LIMITS, tooLong } from '../../model/record-limits';
import { isHttpUrl } from '../../model/urls';

/** What is wrong with each field of an article's metadata, in words. */
export type MetaErrors = Partial<Record<keyof ArticleMeta, string>>;

/**
 * The metadata as typed, trimmed, with empty fields dropped; or what is wrong
 * with it, the lengths held to `RECORD_LIMITS` as an import holds them.
 */
export function checkMeta(
  meta: ArticleMeta,
): { ok: true; meta: ArticleMeta } | { ok: false; errors: MetaErrors } {
  const errors: MetaErrors = {};
  const title = meta.title.trim();
  const { nameLength, urlLength } = RECORD_LIMITS;
  const long = (key: 'title' | 'publisher' | 'author', what: string) => {
    const message = tooLong(what, meta[key]?.trim() ?? '', nameLength);
    if (message) errors[key] = message;
  };
  if (!title) errors.title = 'Give the article a title.';
  long('title', 'A title');
  long('publisher', 'A publisher');
  long('author', 'An author');
  const sourceUrl = meta.sourceUrl?.trim();
  if (sourceUrl && !isHttpUrl(sourceUrl))
    errors.sourceUrl = 'Use an http:// or https:// address, or leave it empty.';
  else if (sourceUrl) {
    const message = tooLong('A URL', sourceUrl, urlLength);
    if (message) errors.sourceUrl = message;
  }
  const publishedAt = meta.publishedAt?.trim();
  if (publishedAt && !isIsoDate(publishedAt) && !isIsoDateTime(publishedAt)) {
    errors.publishedAt = 'Use a date like 2022-12-10.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const optional = {
    sourceUrl,
    publisher: meta.publisher?.trim(),
    author: meta.author?.trim(),
    publishedAt,
  };
  return {
    ok: true,
    meta: { title, ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v)) },
  };
}
