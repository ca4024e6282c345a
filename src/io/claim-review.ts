import { collapseWhiteSpace } from '../model/white-space';
import type { Annotation, Article } from '../model/types';
import { isHttpUrl } from '../model/urls';
import { findVerdict, type VerdictScale } from '../model/verdict-scale';
import { inReadingOrder } from '../model/reading-order';
import { escapeJsonForHtml } from './json-for-html';

/** Who publishes the ClaimReviews, and where. */
export interface ClaimReviewOptions {
  /** Credited as the author (a Person) unless `organisation` is given. */
  reviewerName: string;
  /**
   * The http(s) page that will publish the fact checks; each review's `url` is
   * this page with `#<annotation id>` as its anchor. Without it the reviews are
   * drafts: no `url`, and `creativeWorkStatus: "Draft"`.
   */
  publicationUrl?: string;
  /** Credited as the author (an Organization) instead of the reviewer. */
  organisation?: string;
  /** Leave out claims whose status is still open (they are listed in `skipped`). */
  checkedOnly?: boolean;
}

/** A claim that got no ClaimReview, and why. */
export interface SkippedClaim {
  id: string;
  quote: string;
  reason: string;
}

/** The first sentence of a text on one line (all of it when it has no sentence end). */
export function firstSentence(text: string): string {
  const line = collapseWhiteSpace(text);
  return /^.*?(?:[.!?…](?=\s|$)|[。！？])/u.exec(line)?.[0] ?? line;
}

function rating(scale: VerdictScale, a: Annotation) {
  const verdict = findVerdict(scale, a.verdict);
  if (!verdict) return undefined;
  const values = scale.flatMap(v => (v.ratingValue === undefined ? [] : [v.ratingValue]));
  const explanation = a.note.trim() ? { ratingExplanation: firstSentence(a.note) } : {};
  // a verdict without a number (Unverifiable) is a textual rating alone, as schema.org and
  // Google allow: a number would give it a place on the true–false scale it does not have
  const numeric = verdict.ratingValue !== undefined && {
    ratingValue: verdict.ratingValue,
    bestRating: Math.max(...values),
    worstRating: Math.min(...values),
  };
  return { '@type': 'Rating', ...numeric, alternateName: verdict.label, ...explanation };
}

function claimItem(article: Article) {
  const { sourceUrl, publisher, author, publishedAt } = article;
  const publisherOrg = publisher !== undefined && { '@type': 'Organization', name: publisher };
  const authorPerson = author !== undefined && { '@type': 'Person', name: author };
  const claimant = authorPerson || publisherOrg;
  return {
    '@type': 'Claim',
    appearance: {
      '@type': 'CreativeWork',
      ...(sourceUrl !== undefined && { url: sourceUrl }),
      headline: article.title,
      ...(authorPerson && { author: authorPerson }),
      ...(publisherOrg && { publisher: publisherOrg }),
    },
    ...(claimant && { author: claimant }),
    ...(publishedAt !== undefined && { datePublished: publishedAt }),
  };
}

/**
 * schema.org ClaimReview JSON-LD (docs/format.md) for the claims of an
 * article: one review per claim with a verdict on `scale`, in reading order,
 * as a pretty-printed JSON array ending in a newline (the same input gives
 * the same bytes), with `<`, `>`, `&`, U+2028 and U+2029 escaped so it can be
 * embedded in HTML (`escapeJsonForHtml`). `claimReviewed` is the quoted claim; the first sentence of
 * the reviewer's note becomes the rating's `ratingExplanation`. A verdict
 * without a ratingValue (Unverifiable) is published as a textual rating only. Every claim left out is listed in
 * `skipped` with the reason. Throws a RangeError if `publicationUrl` is given
 * but is not an http(s) URL.
 */
export function exportClaimReview(
  article: Article,
  annotations: readonly Annotation[],
  scale: VerdictScale,
  options: ClaimReviewOptions,
): { json: string; skipped: SkippedClaim[] } {
  const { publicationUrl, organisation, reviewerName, checkedOnly = false } = options;
  if (publicationUrl !== undefined && !isHttpUrl(publicationUrl)) {
    throw new RangeError('The publication URL must be an http:// or https:// address.');
  }
  const author =
    organisation !== undefined
      ? { '@type': 'Organization', name: organisation }
      : { '@type': 'Person', name: reviewerName };
  const item = claimItem(article);
  const skipped: SkippedClaim[] = [];
  const reviews = [];
  for (const a of inReadingOrder(annotations)) {
    if (a.kind !== 'claim') continue;
    const skip = (reason: string) => skipped.push({ id: a.id, quote: a.target.exact, reason });
    if (a.verdict === undefined) {
      skip('no verdict yet');
      continue;
    }
    const reviewRating = rating(scale, a);
    if (!reviewRating) {
      skip(`its verdict "${a.verdict}" is not on the scale`);
      continue;
    }
    if (checkedOnly && a.status !== 'checked') {
      skip('still open: mark it checked to publish it');
      continue;
    }
    const url = publicationUrl !== undefined ? new URL(publicationUrl.trim()) : undefined;
    if (url) url.hash = a.id;
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url: url.href } : { creativeWorkStatus: 'Draft' }),
      // the claim as the article makes it: a note says what the reviewer found, not what was claimed
      claimReviewed: collapseWhiteSpace(a.target.exact),
      reviewRating,
      itemReviewed: item,
      author,
      datePublished: a.updatedAt,
    });
  }
  // fact-checkers publish it inside a <script> tag: no value of the article's may close it
  return { json: `${escapeJsonForHtml(JSON.stringify(reviews, null, 2))}\n`, skipped };
}
