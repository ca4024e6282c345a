// no `i` flag: the pattern is also published in the JSON Schema, which has no flags
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** `urn:uuid:` followed by a UUID in its 8-4-4-4-12 hex form (any version; either case). */
export const UUID_IRI_PATTERN = new RegExp(`^urn:uuid:${UUID}$`);

/** The IRI of a record: `urn:uuid:<id>` (RFC 9562). */
export function uuidIri(id: string): string {
  return `urn:uuid:${id}`;
}

/**
 * The record id inside a `urn:uuid:` IRI, in lower case: UUIDs are the same
 * whatever the case of their hex digits (RFC 9562), and records are looked up
 * by id exactly. Assumes the IRI matched UUID_IRI_PATTERN.
 */
export function idOfIri(iri: string): string {
  return iri.slice('urn:uuid:'.length).toLowerCase();
}

// RFC 3986 unreserved and sub-delims, plus ":" "@" "/" "?" (what path, query and fragment allow)
const URI_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;

function escapeOutsideUri(part: string): string {
  let out = '';
  for (let i = 0; i < part.length; i++) {
    const c = part.charAt(i);
    if (URI_CHAR.test(c) || (c === '%' && /^[0-9A-Fa-f]{2}$/.test(part.slice(i + 1, i + 3)))) {
      out += c;
    } else {
      const code = part.codePointAt(i) ?? 0;
      if (code > 0xffff) i++;
      // a lone surrogate cannot be UTF-8 encoded: it becomes U+FFFD, as URL parsing does
      const lone = code >= 0xd800 && code <= 0xdfff;
      out += encodeURIComponent(lone ? '\uFFFD' : String.fromCodePoint(code));
    }
  }
  return out;
}

/**
 * An http(s) URL as an RFC 3986 URI, for JSON-LD `id`/`source` values: the
 * WHATWG serialization (punycode host, percent-encoded non-ASCII) with the
 * characters it leaves but RFC 3986 forbids (`|`, `^`, stray `%` …)
 * percent-encoded too. Assumes `isHttpUrl(url)`.
 */
export function httpUrlAsUri(url: string): string {
  const u = new URL(url.trim());
  const userinfo = u.username
    ? `${escapeOutsideUri(u.username)}${u.password ? `:${escapeOutsideUri(u.password)}` : ''}@`
    : '';
  const search = u.search ? `?${escapeOutsideUri(u.search.slice(1))}` : '';
  const hash = u.hash ? `#${escapeOutsideUri(u.hash.slice(1))}` : '';
  return `${u.protocol}//${userinfo}${u.host}${escapeOutsideUri(u.pathname)}${search}${hash}`;
}
