import { technicalText, type Problem } from '../common/problem';

/**
 * What a failed request to the desk means for the reviewer: the desk code's
 * own sentence (a `DeskFetchError` carries one and its details), else
 * `fallback` with the error's words under Details.
 */
export function problemOfDesk(err: unknown, fallback: string): Problem {
  if (err instanceof Error && 'details' in err && typeof err.details === 'string')
    return { message: err.message, technical: err.details };
  return { message: fallback, technical: technicalText(err) };
}
