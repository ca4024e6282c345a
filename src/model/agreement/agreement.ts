import type { Reviewer } from '../desk/reviewer';
import type { VerdictScale } from '../verdict-scale';
import type { ClaimUnit } from './claim-units';
import { krippendorffAlpha } from './krippendorff';

/** Fewer paired claims than this and α is not shown: it would say more than the data can. */
export const MIN_PAIRED_FOR_ALPHA = 10;

/** How two reviewers compare. */
export interface ReviewerPair {
  a: Reviewer;
  b: Reviewer;
  /** Claims both assessed. */
  paired: number;
  /** counts[i][j]: claims `a` rated verdicts[i] and `b` rated verdicts[j] (the report's `verdicts`). */
  counts: number[][];
  /** Claims both flagged, and each flagged at all. */
  bothFlagged: number;
  flaggedA: number;
  flaggedB: number;
  /** Whether they flagged the same passages: 2·both / (a + b); undefined if neither flagged any. */
  f1?: number;
}

export interface AgreementReport {
  /** Everyone who flagged or assessed a claim, by name. */
  reviewers: Reviewer[];
  /** Claims (units) in all. */
  claims: number;
  /** Claims assessed by two reviewers or more. */
  paired: number;
  /** Whether `paired` reaches MIN_PAIRED_FOR_ALPHA, so α is worth showing. */
  enough: boolean;
  /** α on the scale's order, over verdicts with a rating (Unverifiable and the like left out). */
  ordinalAlpha?: number;
  /** α over every verdict, each its own category. */
  nominalAlpha?: number;
  /** Of all pairs of assessments of one claim, the share that agree. */
  percentAgreement?: number;
  /** The verdict ids of the confusion matrices: the scale's order, then any not on the scale. */
  verdicts: string[];
  pairs: ReviewerPair[];
}

/**
 * Agreement between reviewers over claim units (docs/team-review.md): an
 * unpaired claim is a missing value, never a disagreement. Ordinal α ranks
 * the scale's rated verdicts in scale order; nominal α takes every verdict
 * as its own category.
 */
export function agreement(units: readonly ClaimUnit[], scale: VerdictScale): AgreementReport {
  const names = new Map<string, string>();
  for (const u of units) for (const x of u.assessments) names.set(x.reviewer.id, x.reviewer.name);
  for (const u of units) for (const id of u.flaggedBy) if (!names.has(id)) names.set(id, '');
  const reviewers = [...names].map(([id, name]) => ({ id, name }));

  const verdicts = scale.map(v => v.id);
  for (const u of units)
    for (const x of u.assessments) if (!verdicts.includes(x.verdict)) verdicts.push(x.verdict);
  const code = new Map(verdicts.map((v, i) => [v, i]));
  const rank = new Map(
    scale.filter(v => v.ratingValue !== undefined).map((v, i) => [v.id, i] as const),
  );

  const nominal: number[][] = [];
  const ordinal: number[][] = [];
  let agreeing = 0;
  let pairsOfAssessments = 0;
  for (const u of units) {
    if (u.assessments.length < 2) continue;
    const values = u.assessments.map(x => code.get(x.verdict) as number);
    nominal.push(values);
    ordinal.push(
      u.assessments.flatMap(x => (rank.has(x.verdict) ? [rank.get(x.verdict) as number] : [])),
    );
    for (let i = 0; i < values.length; i++)
      for (let j = i + 1; j < values.length; j++) {
        pairsOfAssessments++;
        if (values[i] === values[j]) agreeing++;
      }
  }

  const pairs: ReviewerPair[] = [];
  for (let i = 0; i < reviewers.length; i++)
    for (let j = i + 1; j < reviewers.length; j++)
      pairs.push(comparePair(reviewers[i] as Reviewer, reviewers[j] as Reviewer, units, code));

  const ordinalAlpha = krippendorffAlpha(ordinal, 'ordinal');
  const nominalAlpha = krippendorffAlpha(nominal, 'nominal');
  return {
    reviewers,
    claims: units.length,
    paired: nominal.length,
    enough: nominal.length >= MIN_PAIRED_FOR_ALPHA,
    ...(ordinalAlpha !== undefined && { ordinalAlpha }),
    ...(nominalAlpha !== undefined && { nominalAlpha }),
    ...(pairsOfAssessments > 0 && { percentAgreement: agreeing / pairsOfAssessments }),
    verdicts,
    pairs,
  };
}

function comparePair(
  a: Reviewer,
  b: Reviewer,
  units: readonly ClaimUnit[],
  code: ReadonlyMap<string, number>,
): ReviewerPair {
  const counts = Array.from({ length: code.size }, () => new Array<number>(code.size).fill(0));
  let paired = 0;
  let flaggedA = 0;
  let flaggedB = 0;
  let bothFlagged = 0;
  for (const u of units) {
    const fa = u.flaggedBy.includes(a.id);
    const fb = u.flaggedBy.includes(b.id);
    if (fa) flaggedA++;
    if (fb) flaggedB++;
    if (fa && fb) bothFlagged++;
    const va = u.assessments.find(x => x.reviewer.id === a.id);
    const vb = u.assessments.find(x => x.reviewer.id === b.id);
    if (!va || !vb) continue;
    paired++;
    const row = counts[code.get(va.verdict) as number] as number[];
    const col = code.get(vb.verdict) as number;
    row[col] = (row[col] as number) + 1;
  }
  const f1 = flaggedA + flaggedB > 0 ? (2 * bothFlagged) / (flaggedA + flaggedB) : undefined;
  return { a, b, paired, counts, bothFlagged, flaggedA, flaggedB, ...(f1 !== undefined && { f1 }) };
}
