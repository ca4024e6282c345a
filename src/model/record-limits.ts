import { HISTORY_LIMIT } from './history';

/**
 * The most a stored record may hold, in one place: the annotation form, the
 * article loaders and the annotated-JSON import all apply these, so whatever
 * the app stores it can export and import again. Lengths count UTF-16 code
 * units (JavaScript's `length`), never fewer than the characters.
 */
export interface RecordLimits {
  /** An article's canonical text. */
  readonly textLength: number;
  /** How deeply an article's document may nest (a list in a quote in a list …). */
  readonly docDepth: number;
  /** A reviewer's note. */
  readonly noteLength: number;
  /** A correction, an annotated passage (`exact`) or a source's quote. */
  readonly quoteLength: number;
  /** The context kept before and after a passage (`prefix`, `suffix`). */
  readonly contextLength: number;
  /** Titles, names, publishers, authors and tags. */
  readonly nameLength: number;
  /** Any URL. */
  readonly urlLength: number;
  /** Sources of one annotation. */
  readonly sourcesPerAnnotation: number;
  /** Tags of one annotation. */
  readonly tagsPerAnnotation: number;
  /** Verdict and status changes kept in one annotation's history. */
  readonly historyPerAnnotation: number;
}

/** The limits of every record (documented in docs/format.md). */
export const RECORD_LIMITS: RecordLimits = Object.freeze({
  textLength: 10_000_000,
  docDepth: 100,
  noteLength: 100_000,
  quoteLength: 10_000,
  contextLength: 1_000,
  nameLength: 1_000,
  urlLength: 8_000,
  sourcesPerAnnotation: 100,
  tagsPerAnnotation: 100,
  historyPerAnnotation: HISTORY_LIMIT,
});

const count = (n: number) => n.toLocaleString('en');

/** "A note can be at most 100,000 characters; this one has 100,001." when `value` is longer than `max`. */
export function tooLong(what: string, value: string, max: number): string | undefined {
  return value.length > max
    ? `${what} can be at most ${count(max)} characters; this one has ${count(value.length)}.`
    : undefined;
}

/** "At most 100 tags; these are 101." when there are more than `max`. */
export function tooMany(what: string, n: number, max: number): string | undefined {
  return n > max ? `At most ${count(max)} ${what}; these are ${count(n)}.` : undefined;
}

/** Why the selected passage cannot be annotated (it is too long), or undefined. */
export function passageProblem(exact: string): string | undefined {
  const max = RECORD_LIMITS.quoteLength;
  return exact.length > max
    ? `A passage of at most ${count(max)} characters can be annotated; this one has ${count(exact.length)}. Select a shorter one.`
    : undefined;
}
