import fitted from './claim-weights.json';
import { FEATURES, notAClaim, viewOf } from './features';
import type { Sentence } from './sentences';
import type { Story } from './story';

/**
 * A logistic regression over the features: a sentence's score is
 * sigmoid(bias + the weights of the features that fire). Fitted by scripts/fit-claims.ts
 * on the labelled articles; see docs/claim-spotting.md.
 */
export interface ClaimModel {
  bias: number;
  /** By feature id; a feature missing here weighs nothing. */
  weights: Readonly<Record<string, number>>;
  /** Claims scoring this or more are strong: underlined in the article by default. */
  strongAt: number;
}

/** The weights that ship with the app (claim-weights.json). */
export const CLAIM_MODEL: ClaimModel = {
  bias: fitted.bias,
  weights: fitted.weights,
  strongAt: fitted.strongAt,
};

/**
 * A sentence's score (0–1) and the reasons for it: the evidence features that fire and
 * weigh for the sentence, heaviest first. A sentence that is `notAClaim` scores 0.
 */
export function scoreSentence(
  sentence: Sentence,
  model: ClaimModel = CLAIM_MODEL,
  story?: Story,
): { score: number; reasons: string[] } {
  const view = viewOf(sentence, story);
  if (notAClaim(view)) return { score: 0, reasons: [] };
  let sum = model.bias;
  const reasons: { reason: string; weight: number }[] = [];
  for (const f of FEATURES) {
    if (!f.fires(view)) continue;
    const weight = model.weights[f.id] ?? 0;
    sum += weight;
    if (f.reason && weight > 0) reasons.push({ reason: f.reason, weight });
  }
  reasons.sort((a, b) => b.weight - a.weight);
  return { score: 1 / (1 + Math.exp(-sum)), reasons: reasons.map(r => r.reason) };
}
