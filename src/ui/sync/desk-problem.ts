import { problemOf, type Problem } from '../common/problem';

/**
 * What a failed request to the desk means for the reviewer: as `problemOf`
 * says, with a `DeskFetchError`'s own details (the address, the answer) under
 * Details.
 */
export function problemOfDesk(err: unknown, fallback: string): Problem {
  const problem = problemOf(err, fallback);
  const details = (err as { details?: unknown } | null)?.details;
  return typeof details === 'string' ? { ...problem, technical: details } : problem;
}
