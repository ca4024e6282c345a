// The characters that let JSON text end an HTML <script> element (`</script>`), open a
// comment (`<!--`) or, in older JavaScript, end a string literal (U+2028, U+2029).
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text made safe to paste inside `<script type="application/ld+json">`
 * (the way ClaimReview is published): `<`, `>`, `&`, U+2028 and U+2029
 * become `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`. Outside strings
 * JSON has none of these characters, so the text is the same JSON value:
 * `JSON.parse` reads back exactly what was written.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(UNSAFE_IN_HTML, escapeChar);
}

/** The length of `escapeJsonForHtml(json)`, without making it: each character escaped takes six. */
export function escapedForHtmlLength(json: string): number {
  let length = json.length;
  UNSAFE_IN_HTML.lastIndex = 0;
  while (UNSAFE_IN_HTML.exec(json) !== null) length += 5;
  return length;
}
