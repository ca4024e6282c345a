/**
 * A problem as people are shown it: a sentence about their file or action
 * with what to do, and, folded under "Details", what only a technical reader
 * needs (an error's own name and text, a JSON path).
 */
export interface Problem {
  message: string;
  technical?: string;
}

/** An error's own words, for Details only: "TypeError: x is undefined". */
export function technicalText(err: unknown): string {
  if (err instanceof Error)
    return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
  if (typeof err === 'object' && err !== null && 'name' in err && 'message' in err)
    return `${String(err.name)}: ${String(err.message)}`;
  return String(err);
}

/** A problem with `before` put in front of its sentence ("Nothing was saved. …"). */
export const after = (before: string, problem: Problem): Problem => ({
  ...problem,
  message: `${before} ${problem.message}`,
});

/**
 * A plain sentence an error means for people, when it was thrown as one for
 * them (the store's refusals: "This annotation was deleted in the meantime.");
 * else `fallback`, the error's own words under Details either way, unless the
 * message is the sentence.
 */
export function problemOf(err: unknown, fallback: string): Problem {
  const own = err instanceof Error && err.name === 'Error' ? err.message : '';
  if (own && readsAsPlainWords(own)) return { message: own };
  return { message: fallback, technical: technicalText(err) };
}

const EXCEPTION_NAME =
  /\b(?:[A-Z][a-zA-Z]*(?:Error|Exception)|DOMException|undefined is not|null is not|is not a function|Cannot read propert)/;
const JSON_PATH = /(?:^|\s)\$(?:[.[]|:|$)|\$\.[\w[]|\['[^']*'\]/;
const RAW_JSON = /[{[]\s*"[^"]*"\s*:/;

/**
 * Whether `text` may be shown outside Details: it does not start with `$`,
 * and holds no JSON path, no exception name or engine wording, no raw JSON.
 */
export function readsAsPlainWords(text: string): boolean {
  const t = text.trim();
  return (
    t.length > 0 &&
    !t.startsWith('$') &&
    !EXCEPTION_NAME.test(t) &&
    !JSON_PATH.test(t) &&
    !RAW_JSON.test(t)
  );
}
