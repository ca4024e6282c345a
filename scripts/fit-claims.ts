/**
 * `npm run fit:claims`: fits the claim model (a logistic regression over the features of
 * src/model/claim-spotting/features.ts) on the labelled articles that are not held out,
 * chooses its L2 penalty by leave-one-article-out cross-validation, prints the
 * cross-validated figures, and writes src/model/claim-spotting/claim-weights.json.
 * Never reads tests/fixtures/claims/held-out-3/. `-- --dry-run` prints without writing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimModel } from '../src/model/claim-spotting/claim-model';
import { FEATURES, featureIds } from '../src/model/claim-spotting/features';
import { forEachSentence } from '../src/model/claim-spotting/sentences';
import { MAX_SENTENCE } from '../src/model/claim-spotting/spot';
import { storyOf } from '../src/model/claim-spotting/story';
import {
  articleText,
  evaluateArticle,
  prf,
  readLabelled,
  SETS,
  sum,
  type Counts,
  type Labelled,
} from './eval-claims';
import { fitLogistic, predict, type Fit, type Sample } from './logistic-regression';

const OUT = resolve(
  fileURLToPath(import.meta.url),
  '../../src/model/claim-spotting/claim-weights.json',
);
/** The sets fitted on, by name: everything but the held-out set. */
const FIT_SETS = {
  tunedOn: SETS.tunedOn,
  formerHeldOut: SETS.formerHeldOut,
  styles: SETS.styles,
  firstHeldOut: SETS.firstHeldOut,
  secondHeldOut: SETS.secondHeldOut,
};
const LAMBDAS = [0.03, 0.1, 0.3, 1, 3, 10];
/** At most this share of sentences may be strong: about a third of a news article, with a margin. */
const STRONG_SHARE = 0.3;
const ids = FEATURES.map(f => f.id);

interface Article {
  set: keyof typeof FIT_SETS;
  labelled: Labelled;
  samples: Sample[];
}

/** The spotter's own sentences of an article, each labelled as the labelled sentence it overlaps most. */
function samplesOf(a: Labelled): Sample[] {
  const text = articleText(a);
  let cursor = 0;
  const labels = a.sentences.map(s => {
    const start = text.indexOf(s.text, cursor);
    cursor = start + s.text.length;
    return { start, end: cursor, y: s.checkworthy ? 1 : 0 } as const;
  });
  const out: Sample[] = [];
  const story = storyOf(text);
  forEachSentence(text, false, 0, text.length, s => {
    if (s.end - s.start > MAX_SENTENCE) return;
    let best = { overlap: 0, y: 0 as 0 | 1 };
    for (const l of labels) {
      const overlap = Math.min(l.end, s.end) - Math.max(l.start, s.start);
      if (overlap > best.overlap) best = { overlap, y: l.y };
    }
    // what is never a claim (a question, a byline…) is not scored, so not fitted on
    const on = featureIds(s, story);
    if (best.overlap > 0 && on) out.push({ on: on.map(id => ids.indexOf(id)), y: best.y });
  });
  return out;
}

const toModel = (fit: Fit, strongAt = 0.8): ClaimModel => ({
  bias: fit.bias,
  weights: Object.fromEntries(ids.map((id, j) => [id, fit.weights[j] as number])),
  strongAt,
});

const logLoss = (fit: Fit, samples: readonly Sample[]) =>
  samples.reduce((l, s) => {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, predict(fit, s.on)));
    return l - (s.y ? Math.log(p) : Math.log(1 - p));
  }, 0);

interface CrossValidation {
  lambda: number;
  logLoss: number;
  bySet: Record<string, Counts>;
  /** Each sentence's out-of-fold score and label. */
  scores: { p: number; y: 0 | 1 }[];
}

/** Leave one article out: fit on the others, score it as the evaluation does. */
function crossValidate(articles: readonly Article[], lambda: number): CrossValidation {
  const cv: CrossValidation = { lambda, logLoss: 0, bySet: {}, scores: [] };
  for (const [k, held] of articles.entries()) {
    const rest = articles.filter((_, i) => i !== k).flatMap(a => a.samples);
    const fit = fitLogistic(rest, ids.length, lambda);
    cv.logLoss += logLoss(fit, held.samples);
    for (const s of held.samples) cv.scores.push({ p: predict(fit, s.on), y: s.y });
    const counts = evaluateArticle(held.labelled, 'auto', toModel(fit)).sentences;
    cv.bySet[held.set] = sum([cv.bySet[held.set] ?? { tp: 0, fp: 0, fn: 0 }, counts]);
  }
  return cv;
}

/** The lowest score at which at most STRONG_SHARE of the sentences are strong. */
function strongThreshold(scores: readonly { p: number }[]): number {
  for (let t = 0.5; t < 1; t = Math.round((t + 0.01) * 100) / 100) {
    if (scores.filter(s => s.p >= t).length <= STRONG_SHARE * scores.length) return t;
  }
  return 0.99;
}

const fmt = (c: Counts) => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)} (${c.tp}/${c.fp}/${c.fn})`;
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const articles: Article[] = Object.entries(FIT_SETS).flatMap(([set, folder]) =>
    readLabelled(folder).map(labelled => ({
      set: set as Article['set'],
      labelled,
      samples: samplesOf(labelled),
    })),
  );
  const all = articles.flatMap(a => a.samples);
  console.log(
    `${articles.length} articles, ${all.length} sentences (${all.filter(s => s.y).length} check-worthy), ${ids.length} features`,
  );
  const runs = LAMBDAS.map(lambda => crossValidate(articles, lambda));
  for (const cv of runs) {
    const pooled = sum(Object.values(cv.bySet));
    console.log(
      `λ ${String(cv.lambda).padEnd(5)} log loss ${cv.logLoss.toFixed(1).padStart(6)}  ${fmt(pooled)}`,
    );
  }
  const best = runs.reduce((a, b) => (b.logLoss < a.logLoss ? b : a));
  const strongAt = strongThreshold(best.scores);
  const strong = best.scores.filter(s => s.p >= strongAt);
  console.log(`\nchosen λ ${best.lambda} (lowest cross-validated log loss)`);
  for (const [set, c] of Object.entries(best.bySet)) console.log(`  ${set.padEnd(14)} ${fmt(c)}`);
  console.log(`  ${'all'.padEnd(14)} ${fmt(sum(Object.values(best.bySet)))}`);
  console.log(
    `strong from ${strongAt}: ${strong.length} of ${best.scores.length} sentences, ${strong.filter(s => s.y).length} of them check-worthy`,
  );
  const fit = fitLogistic(all, ids.length, best.lambda);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const out = {
    note: 'Fitted by scripts/fit-claims.ts (npm run fit:claims); do not edit by hand.',
    fittedOn: Object.fromEntries(
      Object.keys(FIT_SETS).map(set => [set, articles.filter(a => a.set === set).length]),
    ),
    sentences: all.length,
    lambda: best.lambda,
    crossValidated: Object.fromEntries(
      [...Object.entries(best.bySet), ['all', sum(Object.values(best.bySet))] as const].map(
        ([set, c]) => {
          const { p, r, f1 } = prf(c);
          return [set, { p: round(p), r: round(r), f1: round(f1), ...c }];
        },
      ),
    ),
    strongAt,
    bias: round(fit.bias),
    weights: Object.fromEntries(ids.map((id, j) => [id, round(fit.weights[j] as number)])),
  };
  console.log('\nweights (bias ' + out.bias + '):');
  for (const [id, w] of Object.entries(out.weights).sort((a, b) => b[1] - a[1]))
    console.log(`  ${id.padEnd(22)} ${w > 0 ? '+' : ''}${w}`);
  if (!process.argv.includes('--dry-run')) {
    writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nwrote ${OUT}`);
  }
}
