import { technicalText, type Problem } from './problem';

/** True for the browser's "storage full", bare or wrapped in an AbortError's `inner` (Chromium and Dexie's shape). */
export function isQuotaError(err: unknown): boolean {
  const named = (e: unknown, name: string) =>
    typeof e === 'object' && e !== null && (e as { name?: unknown }).name === name;
  return (
    named(err, 'QuotaExceededError') ||
    (named(err, 'AbortError') && named((err as { inner?: unknown }).inner, 'QuotaExceededError'))
  );
}

/**
 * A failed write as the reviewer reads it: storage full gets its own,
 * actionable words; anything else says the browser refused, and what to try,
 * the error's own text under Details.
 */
export function writeProblem(err: unknown): Problem {
  if (isQuotaError(err))
    return {
      message:
        'This browser’s storage for Factmark is full. Free some space (export, then delete articles you no longer need) and try again.',
    };
  return {
    message:
      'The browser’s storage refused the change. Try again; if it keeps failing, back up the library and reload the page.',
    technical: technicalText(err),
  };
}

/** The sentence of `writeProblem`: what a reviewer reads when a write failed. */
export const writeFailure = (err: unknown): string => writeProblem(err).message;
