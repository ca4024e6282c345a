import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportClaimReview,
  firstSentence,
  type ClaimReviewOptions,
} from '../../../src/io/claim-review';
import type { Annotation, Article } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE, RATING_RANGE } from '../../../src/model/verdict-scale';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';
import { sampleExportInput } from '../../fixtures/formats/sample-annotations';

type Review = Record<string, unknown> & {
  reviewRating: Record<string, unknown>;
  itemReviewed: Record<string, unknown> & { appearance: Record<string, unknown> };
  author: Record<string, unknown>;
};

const PAGE = 'https://factcheck.example.org/2026/us-japan-chip-controls';
const OPTIONS: ClaimReviewOptions = { reviewerName: 'Mika Tanaka', publicationUrl: PAGE };

function reviewsOf(
  article: Article,
  annotations: Annotation[],
  options: ClaimReviewOptions = OPTIONS,
) {
  const { json, skipped } = exportClaimReview(article, annotations, DEFAULT_VERDICT_SCALE, options);
  return { reviews: JSON.parse(json) as Review[], skipped, json };
}

/** What Google's fact-check guidelines require (errors) and recommend (warnings) of one review. */
function googleProblems(r: Review): string[] {
  const problems: string[] = [];
  if (r['@context'] !== 'https://schema.org' || r['@type'] !== 'ClaimReview') problems.push('type');
  if (typeof r.claimReviewed !== 'string' || !r.claimReviewed) problems.push('claimReviewed');
  if (r.reviewRating['@type'] !== 'Rating' || typeof r.reviewRating.alternateName !== 'string')
    problems.push('reviewRating.alternateName');
  const { ratingValue, bestRating, worstRating } = r.reviewRating;
  if (
    ratingValue !== undefined &&
    !(Number(worstRating) <= Number(ratingValue) && Number(ratingValue) <= Number(bestRating))
  )
    problems.push('ratingValue range');
  if (typeof r.url !== 'string' || new URL(r.url).origin !== new URL(PAGE).origin)
    problems.push('url');
  if (typeof r.author.name !== 'string') problems.push('author');
  if (typeof r.datePublished !== 'string') problems.push('datePublished');
  if (r.itemReviewed['@type'] !== 'Claim') problems.push('itemReviewed');
  return problems;
}

const sample = sampleExportInput;

describe('exportClaimReview', () => {
  it('writes one ClaimReview per claim with a verdict, in reading order, as Google asks', async () => {
    const { article, annotations } = await sample();
    const { reviews, skipped } = reviewsOf(article, annotations);
    expect(skipped).toEqual([]);
    expect(reviews.map(r => r.url)).toEqual([
      `${PAGE}#c6a1e0b2-4f7d-4b8e-a3c5-9d2f8e1b7c44`,
      `${PAGE}#5e9d7a13-0b6c-4f21-8e4a-7c3b2d1f0e68`,
    ]);
    for (const r of reviews) expect(googleProblems(r)).toEqual([]);
  });

  it('reviews the quoted claim and explains the rating with the note’s first sentence', async () => {
    const { article, annotations } = await sample();
    const [, mostlyTrue] = reviewsOf(article, annotations).reviews;
    expect(mostlyTrue?.claimReviewed).toBe(
      'Tokyo Electron and the Dutch firm ASML Holding NV occupy the leading positions in the world market of semiconductor equipment',
    );
    expect(mostlyTrue?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: RATING_RANGE.best,
      worstRating: RATING_RANGE.worst,
      alternateName: 'Mostly true',
      ratingExplanation:
        'ASML and Tokyo Electron are among the largest makers of chip-making equipment, alongside the US firms Applied Materials, Lam Research and KLA.',
    });
    expect(mostlyTrue?.datePublished).toBe('2026-11-20T09:33:02.045Z');
  });

  it('publishes Unverifiable as a textual rating without a number', async () => {
    const { article, annotations } = await sample();
    const [unverifiable] = reviewsOf(article, annotations).reviews;
    expect(unverifiable?.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable',
      ratingExplanation:
        'Only unnamed sources say so, and the ministry has not said whether it received such requests before.',
    });
  });

  it('names the article the claim appears in, who made it and when', async () => {
    const { article, annotations } = await sample();
    const published = {
      ...article,
      sourceUrl: 'https://news.example.com/2022/12/10/chips',
      author: 'A. Writer',
      publishedAt: '2022-12-10',
    };
    const [r] = reviewsOf(published, annotations).reviews;
    expect(r?.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: {
        '@type': 'CreativeWork',
        url: 'https://news.example.com/2022/12/10/chips',
        headline: article.title,
        author: { '@type': 'Person', name: 'A. Writer' },
        publisher: { '@type': 'Organization', name: 'The Japan Times' },
      },
      author: { '@type': 'Person', name: 'A. Writer' },
      datePublished: '2022-12-10',
    });
  });

  it('lists every claim it leaves out, with the reason, and ignores corrections and comments', async () => {
    const { article, annotations } = await sample();
    const [, unverifiable, mostlyTrue] = annotations;
    if (!unverifiable || !mostlyTrue) throw new Error('the sample has changed');
    const { reviews, skipped } = reviewsOf(article, [
      ...annotations.filter(a => a.kind !== 'claim'),
      { ...unverifiable, verdict: undefined },
      { ...mostlyTrue, verdict: 'pants-on-fire' },
    ]);
    expect(reviews).toEqual([]);
    expect(skipped).toEqual([
      { id: unverifiable.id, quote: unverifiable.target.exact, reason: 'no verdict yet' },
      {
        id: mostlyTrue.id,
        quote: mostlyTrue.target.exact,
        reason: 'its verdict "pants-on-fire" is not on the scale',
      },
    ]);
  });

  it('leaves out open claims when asked to publish checked ones only', async () => {
    const { article, annotations } = await sample();
    const open = annotations.map(a => (a.kind === 'claim' ? { ...a, status: 'open' as const } : a));
    const { reviews, skipped } = reviewsOf(article, open, { ...OPTIONS, checkedOnly: true });
    expect(reviews).toEqual([]);
    expect(skipped.map(s => s.reason)).toEqual([
      'still open: mark it checked to publish it',
      'still open: mark it checked to publish it',
    ]);
    expect(reviewsOf(article, open).reviews).toHaveLength(2);
  });

  it('marks the reviews as drafts when there is no publication URL', async () => {
    const { article, annotations } = await sample();
    const { reviews } = reviewsOf(article, annotations, { reviewerName: 'Mika Tanaka' });
    expect(reviews).toHaveLength(2);
    for (const r of reviews) {
      expect(r.url).toBeUndefined();
      expect(r.creativeWorkStatus).toBe('Draft');
    }
  });

  it('credits an organisation instead of the reviewer when given one', async () => {
    const { article, annotations } = await sample();
    const { reviews } = reviewsOf(article, annotations, {
      ...OPTIONS,
      organisation: 'Example Checks',
    });
    expect(reviews[0]?.author).toEqual({ '@type': 'Organization', name: 'Example Checks' });
  });

  it('anchors each review on the publication page, replacing any anchor it had', async () => {
    const { article, annotations } = await sample();
    const { reviews } = reviewsOf(article, annotations, {
      ...OPTIONS,
      publicationUrl: `${PAGE}#top`,
    });
    expect(reviews[0]?.url).toBe(`${PAGE}#c6a1e0b2-4f7d-4b8e-a3c5-9d2f8e1b7c44`);
  });

  it('refuses a publication URL that is not http or https', async () => {
    const { article, annotations } = await sample();
    expect(() =>
      reviewsOf(article, annotations, { ...OPTIONS, publicationUrl: 'javascript:alert(1)' }),
    ).toThrow(RangeError);
  });

  it('still writes the committed example of docs/format.md', async () => {
    const { article, annotations } = await sample();
    const expected = readFileSync(
      new URL('../../fixtures/formats/sample-claim-review.json', import.meta.url),
      'utf8',
    );
    expect(reviewsOf(article, annotations).json).toBe(expected);
  });

  it('writes the same bytes for the same claims, whatever their order', () => {
    fc.assert(
      fc.property(
        annotatedArticle.chain(x =>
          fc
            .shuffledSubarray(x.annotations, { minLength: x.annotations.length })
            .map(s => ({ ...x, s })),
        ),
        ({ article, annotations, s }) => {
          const once = reviewsOf(article, annotations);
          expect(reviewsOf(article, s)).toEqual(once);
          const claims = annotations.filter(a => a.kind === 'claim').length;
          expect(once.reviews.length + once.skipped.length).toBe(claims);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('exportClaimReview inside an HTML <script> tag', () => {
  const BREAKOUT = '</script><svg onload=alert(1)>';
  it('escapes <, >, &, U+2028 and U+2029 wherever the article or the reviewer put them', async () => {
    const { article, annotations } = await sample();
    const hostile: Article = {
      ...article,
      title: `${BREAKOUT} & <!-- title`,
      publisher: `${BREAKOUT} publisher`,
      author: `${BREAKOUT}\u2028author\u2029`,
    };
    const notes = annotations.map(a =>
      a.kind === 'claim' ? { ...a, note: `${BREAKOUT} first sentence. Second.` } : a,
    );
    const { json, reviews } = reviewsOf(hostile, notes, {
      ...OPTIONS,
      reviewerName: `${BREAKOUT} reviewer`,
    });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    // still the same JSON: every value reads back exactly as written
    const [first] = reviews;
    expect(first?.itemReviewed.appearance.headline).toBe(hostile.title);
    expect(first?.author.name).toBe(`${BREAKOUT} reviewer`);
    expect(first?.reviewRating.ratingExplanation).toBe(`${BREAKOUT} first sentence.`);
  });
});

describe('firstSentence', () => {
  it.each([
    ['One. Two.', 'One.'],
    ['  Spread\nover  lines! Then more.', 'Spread over lines!'],
    ['No end at all', 'No end at all'],
    ['Version 1.5 is out. Yes.', 'Version 1.5 is out.'],
    ['日本語の文。次の文。', '日本語の文。'],
  ])('takes %j to %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });
});
