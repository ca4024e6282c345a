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

/**
 * "3 strong suggestions are underlined in the article; 5 possible ones are only listed
 * here.", or null when every one is underlined.
 */
export function strengthSummary(
  shown: readonly Suggestion[],
  underlineAll: boolean,
): string | null {
  const strong = shown.filter(s => s.strength === 'strong').length;
  const possible = shown.length - strong;
  if (underlineAll || possible === 0) return null;
  const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;
  return `${many(strong, 'strong suggestion is', 'strong suggestions are')} underlined in the article; ${many(possible, 'possible one is', 'possible ones are')} only listed here.`;
}
