import type { Annotation } from './types';

export interface Verdict {
  id: string;
  label: string;
  /** Maps onto ClaimReview's reviewRating (1 = worst … 6 = best); absent when not rateable. */
  ratingValue?: number;
  /** The highlight colour; each verdict also has a distinct underline style (see the legend). */
  color: string;
  /**
   * A claim with this verdict counts in the "with a verdict" figure of the
   * progress (a placeholder such as "Awaiting reply" would not). It never
   * makes a claim checked: only its status does. The name is kept from when
   * it did, as stored scales and files spell it.
   */
  countsAsChecked: boolean;
  /**
   * Its line style, an index into `VERDICT_CUES`. It belongs to the verdict, not to its place:
   * reordering the scale changes how no highlight looks. A scale through `parseScale` has one on
   * every verdict, each its own.
   */
  cue?: number;
}

/** The best and worst ratingValue of the default scale, for ClaimReview. */
export const RATING_RANGE = { best: 6, worst: 1 } as const;

export type VerdictScale = readonly Verdict[];

/** The default scale (docs/architecture.md), best to worst, then the unrateable. */
export const DEFAULT_VERDICT_SCALE: VerdictScale = [
  { id: 'true', label: 'True', ratingValue: 6, color: '#2f7d4f', countsAsChecked: true, cue: 0 },
  {
    id: 'mostly-true',
    label: 'Mostly true',
    ratingValue: 5,
    color: '#4f8f3a',
    countsAsChecked: true,
    cue: 1,
  },
  {
    id: 'mixed',
    label: 'Mixed / needs context',
    ratingValue: 4,
    color: '#a57c12',
    countsAsChecked: true,
    cue: 2,
  },
  {
    id: 'misleading',
    label: 'Misleading',
    ratingValue: 3,
    color: '#b8621b',
    countsAsChecked: true,
    cue: 3,
  },
  {
    id: 'mostly-false',
    label: 'Mostly false',
    ratingValue: 2,
    color: '#b5452f',
    countsAsChecked: true,
    cue: 4,
  },
  { id: 'false', label: 'False', ratingValue: 1, color: '#a3283a', countsAsChecked: true, cue: 5 },
  // "we could not verify it" is a finding too, so Unverifiable counts as a verdict
  { id: 'unverifiable', label: 'Unverifiable', color: '#6b6480', countsAsChecked: true, cue: 6 },
];

/**
 * The non-colour cues a verdict's highlight is drawn with (CSS class `fm-cue-<index>`), each
 * only below its own words: a line above would sit under the line before and read as its. The
 * count bounds the length of a scale.
 */
export const VERDICT_CUES = [
  'solid underline',
  'double underline',
  'dashed underline',
  'dotted underline',
  'wavy underline',
  'heavy underline',
  'open circles under the letters',
  'triangles under the letters',
  'dots under the letters, thin underline',
] as const;

export const MIN_VERDICTS = 2;
export const MAX_VERDICTS = VERDICT_CUES.length;
export const MAX_LABEL_LENGTH = 60;

/** The verdict with this id on the scale, or undefined. */
export function findVerdict(scale: VerdictScale, id: string | undefined): Verdict | undefined {
  return id === undefined ? undefined : scale.find(v => v.id === id);
}

/** A problem with a scale; `index` and `field` point at the verdict and field to fix. */
export interface ScaleProblem {
  index?: number;
  field?: 'id' | 'label' | 'color' | 'ratingValue' | 'countsAsChecked' | 'cue';
  message: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Everything wrong with a scale, in scale order; empty when it may be used. */
export function validateScale(scale: VerdictScale): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  if (scale.length < MIN_VERDICTS || scale.length > MAX_VERDICTS)
    problems.push({
      message: `A scale has ${MIN_VERDICTS} to ${MAX_VERDICTS} verdicts, not ${scale.length}.`,
    });
  const ids = new Set<string>();
  const labels = new Set<string>();
  const ratings = new Set<number>();
  const cues = new Set<number>();
  scale.forEach((v, index) => {
    const name = `Verdict ${index + 1}`;
    const add = (field: ScaleProblem['field'], message: string) =>
      problems.push({ index, field, message });
    if (v.id.trim() === '') add('id', `${name} has no id.`);
    else if (ids.has(v.id)) add('id', `${name} repeats the id “${v.id}”.`);
    ids.add(v.id);
    const label = v.label.trim();
    if (label === '') add('label', `${name} needs a label.`);
    else if (label.length > MAX_LABEL_LENGTH)
      add('label', `${name}’s label is longer than ${MAX_LABEL_LENGTH} characters.`);
    else if (labels.has(label.toLowerCase())) add('label', `Two verdicts are labelled “${label}”.`);
    labels.add(label.toLowerCase());
    if (!HEX_COLOR.test(v.color)) add('color', `${name}’s colour is not of the form #rrggbb.`);
    if (v.ratingValue !== undefined) {
      const r = v.ratingValue;
      if (!Number.isInteger(r) || r < RATING_RANGE.worst || r > RATING_RANGE.best)
        add('ratingValue', `${name}’s rating is not a whole number from 1 to 6.`);
      else if (ratings.has(r)) add('ratingValue', `Two verdicts have the rating ${r}.`);
      ratings.add(r);
    }
    if (v.cue !== undefined) {
      if (!isCue(v.cue)) add('cue', `${name}’s line style is not one of the ${MAX_VERDICTS}.`);
      else if (cues.has(v.cue)) add('cue', `Two verdicts are drawn with a ${VERDICT_CUES[v.cue]}.`);
      cues.add(v.cue);
    }
  });
  return problems;
}

type Parsed = { ok: true; scale: VerdictScale } | { ok: false; problems: ScaleProblem[] };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The gate for a scale from outside (a stored setting): checks its shape,
 * keeps only the known fields, lower-cases colours, then validates it.
 */
export function parseScale(value: unknown): Parsed {
  if (!Array.isArray(value))
    return { ok: false, problems: [{ message: 'Not a list of verdicts.' }] };
  const scale: Verdict[] = [];
  for (const [index, v] of value.entries()) {
    if (
      !isRecord(v) ||
      typeof v.id !== 'string' ||
      typeof v.label !== 'string' ||
      typeof v.color !== 'string' ||
      typeof v.countsAsChecked !== 'boolean' ||
      (v.ratingValue !== undefined && typeof v.ratingValue !== 'number') ||
      (v.cue !== undefined && typeof v.cue !== 'number')
    )
      return { ok: false, problems: [{ index, message: `Verdict ${index + 1} is malformed.` }] };
    scale.push({
      id: v.id,
      label: v.label.trim(),
      ...(v.ratingValue !== undefined && { ratingValue: v.ratingValue }),
      color: v.color.toLowerCase(),
      countsAsChecked: v.countsAsChecked,
      ...(v.cue !== undefined && { cue: v.cue }),
    });
  }
  const problems = validateScale(scale);
  if (problems.length === 0) withCues(scale);
  return problems.length ? { ok: false, problems } : { ok: true, scale };
}

const isCue = (cue: number) => Number.isInteger(cue) && cue >= 0 && cue < VERDICT_CUES.length;

/** The line styles no verdict of the scale is drawn with, in their order. */
export function freeCues(scale: readonly Pick<Verdict, 'cue'>[]): number[] {
  const taken = new Set(scale.map(v => v.cue));
  return VERDICT_CUES.map((_, i) => i).filter(i => !taken.has(i));
}

/**
 * Gives each verdict without a line style one, in place: its place on the scale if free (how a
 * scale stored before cues belonged to verdicts was drawn), else the first free one.
 */
function withCues(scale: Verdict[]): void {
  scale.forEach((v, index) => {
    if (v.cue !== undefined) return;
    const free = freeCues(scale);
    scale[index] = { ...v, cue: free.includes(index) ? index : (free[0] as number) };
  });
}

/** A new verdict id from its label ("Half true" → "half-true"), not among `taken`. */
export function newVerdictId(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'verdict';
  if (!used.has(slug)) return slug;
  let n = 2;
  while (used.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

/** Whether the annotation is a claim marked checked: status means status, whatever its verdict. */
export function isClaimChecked(a: Pick<Annotation, 'kind' | 'status'>): boolean {
  return a.kind === 'claim' && a.status === 'checked';
}

/**
 * Whether the annotation is a claim with a verdict on `scale` that counts as
 * a verdict (`countsAsChecked`), whatever its status.
 */
export function hasCountedVerdict(
  a: Pick<Annotation, 'kind' | 'verdict'>,
  scale: VerdictScale,
): boolean {
  return a.kind === 'claim' && findVerdict(scale, a.verdict)?.countsAsChecked === true;
}
