import type { ImportError, ImportErrorCode } from '../../io/import-error';

// Problems whose message is already a plain sentence the reviewer can act on
const SELF_EXPLAINED: ReadonlySet<ImportErrorCode> = new Set([
  'too-large',
  'not-utf8',
  'unsupported-version',
  'unknown-verdict',
  'too-many',
]);

const PLAIN: Partial<Record<ImportErrorCode, string>> = {
  'not-json': 'It is not JSON, or it was cut short.',
  'not-object': 'It is not a Factmark annotated-JSON file.',
  'missing-version': 'It is not a Factmark annotated-JSON file.',
  'forbidden-key': 'It holds a key (such as “__proto__”) that could tamper with the app.',
  'hash-mismatch': 'The article’s text was changed or damaged after the file was written.',
  'doc-too-deep': 'The article’s layout nests deeper than Factmark accepts.',
  'duplicate-id': 'It holds the same annotation twice.',
  unreadable: 'The browser could not read it.',
};

// longer messages (they quote the file) go to the details only
const SHORT = 200;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * Why a file was refused, in plain words for the notice; the JSON path and
 * the checker's own words go behind "Details" (`technicalDetail`).
 */
export function plainReason(error: ImportError): string {
  if (SELF_EXPLAINED.has(error.code) && error.message.length <= SHORT) {
    return sentence(error.message);
  }
  const plain = PLAIN[error.code];
  if (plain) return plain;
  return error.message.length <= SHORT
    ? `A value in it is not what Factmark expects: ${error.message}.`
    : 'A value in it is not what Factmark expects.';
}

/** Where in the file the problem is and what the checker said: `$.first.items[3].id: …`. */
export const technicalDetail = (error: ImportError) => `${error.path}: ${error.message}`;
