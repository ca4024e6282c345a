/** Bytes decoded as text, or why they are not UTF-8. */
export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; message: string; /** a UTF-16 byte-order mark was found */ utf16: boolean };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Strict UTF-8 decoding: a UTF-8 byte-order mark is dropped, and any byte
 * sequence that is not UTF-8 refuses the whole file rather than turning into
 * U+FFFD replacement characters inside a quote. A UTF-16 byte-order mark is
 * named as such, so the reviewer knows what to re-save the file as.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      utf16: true,
      message: 'it is UTF-16 text; save it as UTF-8 and load it again',
    };
  }
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(UTF8_BOM.length) : bytes,
    );
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      utf16: false,
      message:
        'it is not UTF-8 text (perhaps an older encoding such as Windows-1252 or Shift_JIS); save it as UTF-8 and load it again',
    };
  }
}
