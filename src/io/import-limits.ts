import { HISTORY_LIMIT } from '../model/history';

/**
 * What an annotated-JSON import accepts at most, in one place so the UI can
 * show them. String lengths count UTF-16 code units (JavaScript's
 * `length`), which is never less than the number of characters.
 */
export interface ImportLimits {
  /** The whole file, before it is parsed. */
  readonly fileLength: number;
  /** Annotations in one file. */
  readonly annotations: number;
  /** The article's canonical text. */
  readonly textLength: number;
  /** How deeply the article's document may nest (a list in a quote in a list …). */
  readonly docDepth: number;
  /** A reviewer's note. */
  readonly noteLength: number;
  /** A correction, a quoted passage (`exact`) or a source's quote. */
  readonly quoteLength: number;
  /** The context kept before and after a quote (`prefix`, `suffix`). */
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

/** The limits of the import gate; every field is documented in docs/format.md. */
export const IMPORT_LIMITS: ImportLimits = Object.freeze({
  // 50,000 annotations with notes and sources, about 1.6 kB each as exported, and a long article
  fileLength: 128 * 1024 * 1024,
  annotations: 50_000,
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

/** A size for messages: "12.3 MB" (binary megabytes, as the limits are set). */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Why an exported file could not be imported again, or undefined when it
 * could: the export says so at once rather than when the reviewer needs it.
 */
export function reimportProblem(
  bytes: number,
  annotations: number,
  limits: ImportLimits = IMPORT_LIMITS,
): string | undefined {
  if (annotations > limits.annotations) {
    return `it holds ${annotations.toLocaleString('en')} annotations, and Factmark imports at most ${limits.annotations.toLocaleString('en')} from one file`;
  }
  if (bytes > limits.fileLength) {
    return `it is ${megabytes(bytes)}, and Factmark imports files of at most ${megabytes(limits.fileLength)}`;
  }
  return undefined;
}
