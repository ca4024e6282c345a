import type { ArticleMeta } from '../../io/article-record';
import { isIsoDate, isIsoDateTime } from '../../io/iso-dates';
import { isHttpUrl } from '../../model/urls';

/** What is wrong with each field of an article's metadata, in words. */
export type MetaErrors = Partial<Record<keyof ArticleMeta, string>>;

/** The metadata as typed, trimmed, with empty fields dropped; or what is wrong with it. */
export function checkMeta(
  meta: ArticleMeta,
): { ok: true; meta: ArticleMeta } | { ok: false; errors: MetaErrors } {
  const errors: MetaErrors = {};
  const title = meta.title.trim();
  if (!title) errors.title = 'Give the article a title.';
  const sourceUrl = meta.sourceUrl?.trim();
  if (sourceUrl && !isHttpUrl(sourceUrl))
    errors.sourceUrl = 'Use an http:// or https:// address, or leave it empty.';
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
