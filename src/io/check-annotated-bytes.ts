import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../model/verdict-scale';
import { parseAnnotatedJson, type ParseResult } from './annotated-json-import';
import { decodeUtf8 } from './decode-text';
import { importError } from './import-error';
import { IMPORT_LIMITS, megabytes } from './import-limits';

/**
 * An annotated-JSON file's bytes, checked in full (`parseAnnotatedJson`):
 * first its size, then its encoding. The bytes are decoded strictly, as the
 * article loaders do: a file that is not UTF-8 (a Windows-1252 editor's, say)
 * is refused with a plain message, never read as replacement characters.
 * `onIds` as `parseAnnotatedJson` takes it. Never rejects.
 */
export async function checkAnnotatedBytes(
  bytes: Uint8Array,
  scale: VerdictScale = DEFAULT_VERDICT_SCALE,
  onIds?: (ids: string[]) => void,
): Promise<ParseResult> {
  if (bytes.length > IMPORT_LIMITS.fileLength) {
    const sizes = `${megabytes(bytes.length)}; at most ${megabytes(IMPORT_LIMITS.fileLength)}`;
    return {
      ok: false,
      error: importError([], 'too-large', `the file is too large to import (${sizes})`),
    };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, error: importError([], 'not-utf8', decoded.message) };
  return parseAnnotatedJson(decoded.text, {}, scale, onIds);
}
