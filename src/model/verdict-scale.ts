export interface Verdict {
  id: string;
  label: string;
  /** Maps onto ClaimReview's reviewRating (1 = worst … 6 = best); absent when not rateable. */
  ratingValue?: number;
  /** The highlight colour; each verdict also has a distinct underline style (see the legend). */
  color: string;
}

/** The best and worst ratingValue of the default scale, for ClaimReview. */
export const RATING_RANGE = { best: 6, worst: 1 } as const;

export type VerdictScale = readonly Verdict[];

/** The default scale of DESIGN.md, best to worst, then the unrateable. */
export const DEFAULT_VERDICT_SCALE: VerdictScale = [
  { id: 'true', label: 'True', ratingValue: 6, color: '#2f7d4f' },
  { id: 'mostly-true', label: 'Mostly true', ratingValue: 5, color: '#4f8f3a' },
  { id: 'mixed', label: 'Mixed / needs context', ratingValue: 4, color: '#a57c12' },
  { id: 'misleading', label: 'Misleading', ratingValue: 3, color: '#b8621b' },
  { id: 'mostly-false', label: 'Mostly false', ratingValue: 2, color: '#b5452f' },
  { id: 'false', label: 'False', ratingValue: 1, color: '#a3283a' },
  { id: 'unverifiable', label: 'Unverifiable', color: '#6b6480' },
];

/** The verdict with this id on the scale, or undefined. */
export function findVerdict(scale: VerdictScale, id: string | undefined): Verdict | undefined {
  return id === undefined ? undefined : scale.find(v => v.id === id);
}
