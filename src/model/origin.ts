import { RECORD_LIMITS } from './record-limits';

/**
 * Where an annotation came from, when the reviewer did not select its words
 * themselves: so far only an accepted suggestion of the claim spotter, with
 * the spotter's reasons. Set once, when the annotation is made; kept apart
 * from the note, which is the reviewer's own words and goes into reports.
 */
export interface AnnotationOrigin {
  type: 'suggestion';
  /** What the spotter saw: "superlative", "close to “Robert Habeck” (…)". */
  reasons: string[];
}

/** The most reasons an origin keeps (the spotter gives a handful); each is a name's length at most. */
export const ORIGIN_REASONS_MAX = 20;

/**
 * The gate for an origin from storage (a draft): the origin, or null when
 * `x` is not one or holds more than a record may.
 */
export function parseOrigin(x: unknown): AnnotationOrigin | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const { type, reasons } = x as Record<string, unknown>;
  if (type !== 'suggestion' || !Array.isArray(reasons) || reasons.length > ORIGIN_REASONS_MAX)
    return null;
  const ok = reasons.every(r => typeof r === 'string' && r.length <= RECORD_LIMITS.nameLength);
  return ok ? { type, reasons: [...(reasons as string[])] } : null;
}

/** "Suggested because: superlative + institution." — or "Suggested by Factmark." with no reasons. */
export function originWords(origin: AnnotationOrigin): string {
  const reasons = origin.reasons.map(r => r.trim()).filter(Boolean);
  if (reasons.length === 0) return 'Suggested by Factmark.';
  const joined = reasons.join(' + ');
  // a reason that already ends a sentence gets no second full stop
  return `Suggested because: ${joined}${/[.!?…]$/.test(joined) ? '' : '.'}`;
}
