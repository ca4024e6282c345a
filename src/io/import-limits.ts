import { RECORD_LIMITS, type RecordLimits } from '../model/record-limits';

/**
 * What an annotated-JSON import accepts at most, in one place so the UI can
 * show them: the limits of every record (`RECORD_LIMITS`, which the form and
 * the loaders apply too), and of a file. String lengths count UTF-16 code
 * units (JavaScript's `length`), which is never less than the number of characters.
 */
export interface ImportLimits extends RecordLimits {
  /** The whole file, before it is parsed. */
  readonly fileLength: number;
  /** Annotations in one file. */
  readonly annotations: number;
}

/** The limits of the import gate; every field is documented in docs/format.md. */
export const IMPORT_LIMITS: ImportLimits = Object.freeze({
  ...RECORD_LIMITS,
  // 50,000 annotations with notes and sources, about 1.6 kB each as exported, and a long article
  fileLength: 128 * 1024 * 1024,
  annotations: 50_000,
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
