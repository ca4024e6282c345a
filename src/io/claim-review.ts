import {
  planClaimReview,
  type ClaimReviewText,
  type PlannedReview,
  type SkippedClaim,
} from '../model/claim-review-plan';
import { collapseWhiteSpace } from '../model/white-space';
import type { Annotation, Article } from '../model/types';
import { isHttpUrl } from '../model/urls';
import type { VerdictScale } from '../model/verdict-scale';
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
  /**
   * Leave out claims whose status is still open (they are listed in
   * `skipped`); true unless told otherwise: an open claim is no published review.
   */
  checkedOnly?: boolean;
  /** The reviewer's wording, by annotation id. */
  texts?: Readonly<Record<string, ClaimReviewText>>;
}

/** The claim as the review states it: the reviewer's wording, else the quote, on one line. */
export function claimReviewedOf(quote: string, text: ClaimReviewText | undefined): string {
  return collapseWhiteSpace(text?.claimReviewed?.trim() || quote);
}

/** The rating's explanation: the reviewer's wording, else the whole note; empty when neither. */
export function explanationOf(note: string, text: ClaimReviewText | undefined): string {
  return (text?.explanation?.trim() || note).trim();
}

function rating(scale: VerdictScale, { verdict }: PlannedReview, explanation: string) {
  const values = scale.flatMap(v => (v.ratingValue === undefined ? [] : [v.ratingValue]));
  // a verdict without a number (Unverifiable) is a textual rating alone, as schema.org and
  // Google allow: a number would give it a place on the true–false scale it does not have
  const numeric = verdict.ratingValue !== undefined && {
    ratingValue: verdict.ratingValue,
    bestRating: Math.max(...values),
    worstRating: Math.min(...values),
  };
  return {
    '@type': 'Rating',
    ...numeric,
    alternateName: verdict.label,
    ...(explanation && { ratingExplanation: explanation }),
  };
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
 * article that `planClaimReview` plans (the dialog counts with the same
 * plan), in reading order, as a pretty-printed JSON array ending in a newline
 * (the same input gives the same bytes), with `<`, `>`, `&`, U+2028 and U+2029
 * escaped so it can be embedded in HTML (`escapeJsonForHtml`). `claimReviewed` and the rating's
 * `ratingExplanation` are the reviewer's wording (`texts`), else the quote
 * and the whole note; `datePublished` is when the claim was checked. A
 * verdict without a ratingValue (Unverifiable) is published as a textual
 * rating only. Every claim left out is listed in `skipped` with the reason.
 * Throws a RangeError if `publicationUrl` is given but is not an http(s) URL.
 */
export function exportClaimReview(
  article: Article,
  annotations: readonly Annotation[],
  scale: VerdictScale,
  options: ClaimReviewOptions,
): { json: string; skipped: SkippedClaim[]; exported: number } {
  const { publicationUrl, organisation, reviewerName, checkedOnly = true, texts = {} } = options;
  if (publicationUrl !== undefined && !isHttpUrl(publicationUrl)) {
    throw new RangeError('The publication URL must be an http:// or https:// address.');
  }
  const author =
    organisation !== undefined
      ? { '@type': 'Organization', name: organisation }
      : { '@type': 'Person', name: reviewerName };
  const item = claimItem(article);
  const plan = planClaimReview(annotations, scale, { checkedOnly });
  const reviews = plan.reviews.map(planned => {
    const a = planned.annotation;
    const text = Object.hasOwn(texts, a.id) ? texts[a.id] : undefined;
    const url = publicationUrl !== undefined ? new URL(publicationUrl.trim()) : undefined;
    if (url) url.hash = a.id;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(url ? { url: url.href } : { creativeWorkStatus: 'Draft' }),
      claimReviewed: claimReviewedOf(a.target.exact, text),
      reviewRating: rating(scale, planned, explanationOf(a.note, text)),
      itemReviewed: item,
      author,
      // published as of the check: a later edit of a tag or a typo is no new finding
      datePublished: planned.checkedAt,
    };
  });
  return {
    // fact-checkers publish it inside a <script> tag: no value of the article's may close it
    json: `${escapeJsonForHtml(JSON.stringify(reviews, null, 2))}\n`,
    skipped: plan.skipped,
    exported: reviews.length,
  };
}
