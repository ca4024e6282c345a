/** A location in a JSON value: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

/** What kind of problem an import ran into, for code to branch on. */
export type ImportErrorCode =
  | 'too-large'
  | 'not-utf8'
  | 'not-json'
  | 'not-object'
  | 'forbidden-key'
  | 'missing-version'
  | 'unsupported-version'
  | 'invalid'
  | 'too-long'
  | 'too-many'
  | 'bad-url'
  | 'bad-date'
  | 'bad-id'
  | 'unknown-verdict'
  | 'duplicate-id'
  | 'wrong-article'
  | 'count-mismatch'
  | 'hash-mismatch'
  | 'bad-text'
  | 'doc-too-deep'
  | 'bad-doc'
  | 'text-mismatch'
  | 'bad-offset'
  | 'unreadable';

/** The first problem of a file: where (a JSON path such as `$.first.items[3].target`), what, and why. */
export interface ImportError {
  path: string;
  message: string;
  code: ImportErrorCode;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path as JSONPath text: `$`, `.key` for plain keys, `['a:b']` for others, `[3]` for indexes. */
export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += `.${part}`;
    else out += `['${part.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return out;
}

/** An ImportError at `path`. */
export function importError(path: JsonPath, code: ImportErrorCode, message: string): ImportError {
  return { path: formatPath(path), code, message };
}
