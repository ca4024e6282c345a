import type { Suggestion } from '../../model/claim-spotting/types';
import { shorten } from '../../model/white-space';

/** "Claim to check", or "Name: “Robert Hallbeck” → “Robert Habeck”". */
export function suggestionLabel(s: Suggestion): string {
  if (s.kind === 'claim') return 'Claim to check';
  const name = shorten(s.exact, 60);
  return s.correction ? `Name: “${name}” → “${s.correction}”` : `Name: “${name}”`;
}

/** How many suggestions the panel lists: those not dismissed. */
export const undismissedCount = (
  suggestions: readonly Suggestion[],
  dismissed: ReadonlySet<string>,
) => suggestions.reduce((n, s) => (dismissed.has(s.id) ? n : n + 1), 0);
