import type { AnnotationFields } from '../annotation-fields';
import { ORIGIN_REASONS_MAX, type AnnotationOrigin } from '../origin';
import { RECORD_LIMITS } from '../record-limits';
import type { Suggestion } from './types';

/**
 * The annotation fields an accepted suggestion opens the form with, to spread
 * over `fieldsOf()`: a claim becomes an open claim with no verdict, a name a
 * correction to the suggested spelling. The note stays empty: it is the
 * reviewer's, and goes into reports; why it was suggested is its origin
 * (`suggestionOrigin`). A name without a correction (which the spotter should
 * not produce) becomes a claim rather than a correction `readFields` would refuse.
 */
export function annotationFieldsFor(s: Suggestion): Partial<AnnotationFields> {
  const correction = s.correction?.trim();
  if (s.kind === 'name' && correction) return { kind: 'correction', correction };
  return { kind: 'claim' };
}

/** The origin of an annotation made from `s`: the spotter's reasons, blank ones left out, held to a record's limits. */
export function suggestionOrigin(s: Pick<Suggestion, 'reasons'>): AnnotationOrigin {
  const reasons = s.reasons
    .map(r => r.trim().slice(0, RECORD_LIMITS.nameLength))
    .filter(Boolean)
    .slice(0, ORIGIN_REASONS_MAX);
  return { type: 'suggestion', reasons };
}
