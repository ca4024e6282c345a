import type { AnnotationFields } from '../annotation-fields';
import type { Suggestion } from './types';

/** "Suggested by Factmark: superlative + institution + anonymous sources." */
export function suggestionNote(s: Pick<Suggestion, 'reasons'>): string {
  const reasons = s.reasons.map(r => r.trim()).filter(Boolean);
  if (reasons.length === 0) return 'Suggested by Factmark.';
  const joined = reasons.join(' + ');
  // a reason that already ends a sentence gets no second full stop
  return `Suggested by Factmark: ${joined}${/[.!?…]$/.test(joined) ? '' : '.'}`;
}

/**
 * The annotation fields an accepted suggestion starts with, to spread over
 * `fieldsOf()`: a claim becomes an open claim with no verdict, a name a
 * correction to the suggested spelling; either way the reasons go in the note
 * so the reviewer sees why it was suggested. A name without a correction
 * (which the spotter should not produce) becomes a claim rather than a
 * correction that `readFields` would refuse.
 */
export function annotationFieldsFor(s: Suggestion): Partial<AnnotationFields> {
  const note = suggestionNote(s);
  const correction = s.correction?.trim();
  if (s.kind === 'name' && correction) return { kind: 'correction', correction, note };
  return { kind: 'claim', note };
}
