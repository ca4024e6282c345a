/**
 * File signatures of formats a reviewer might drop by mistake, by the name to
 * show, with the offset they sit at. Signatures made only of printable ASCII
 * that could begin a real text ("BM", "MZ") are left out: those formats hold
 * NUL bytes anyway.
 */
const SIGNATURES: readonly (readonly [string, readonly number[], number?])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image, WAV or AVI file', [0x52, 0x49, 0x46, 0x46]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word, EPUB or OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['an old Word or Excel document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a program (ELF)', [0x7f, 0x45, 0x4c, 0x46]],
  ['an MP4 video or HEIC image', [0x66, 0x74, 0x79, 0x70], 4],
  ['a font file', [0x77, 0x4f, 0x46, 0x46]],
  ['a font file', [0x77, 0x4f, 0x46, 0x32]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/** How much of the file the control-character share is measured on. */
const SAMPLE_BYTES = 64 * 1024;
/** Above this share of control characters in the sample, the file is not text. */
const MAX_CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

// A control byte that text does not contain: below space, other than tab, LF, FF and CR; or DEL.
const isControl = (b: number) =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f;

/**
 * What binary format `bytes` look like (a phrase such as "a PNG image" or
 * "binary data"), or null if they may be text. Checks known file signatures,
 * any NUL byte, and the share of control characters in the first 64 KB.
 * (A UTF-16 text file has NUL bytes too: check for its byte-order mark first.)
 */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const [name, signature, at] of SIGNATURES) {
    if (startsWith(bytes, signature, at)) return name;
  }
  if (bytes.includes(0)) return 'binary data (it contains NUL bytes)';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const b of sample) if (isControl(b)) controls++;
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    return 'binary data (too many control characters)';
  }
  return null;
}
