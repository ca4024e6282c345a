/**
 * Synchronous, non-cryptographic hashes for revision ids and name-derived
 * ids. They tell versions apart; they protect nothing (a file is checked by
 * the import gate, not by these).
 */

/** cyrb53: a well-spread 53-bit hash of a string, as 14 hex digits. */
export function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A UUID-shaped id derived from `name` (the same name gives the same id on
 * every machine), marked as version 8 ("custom") so it never passes for a
 * random one.
 */
export function idFromName(name: string): string {
  const hex = (hash53(name, 1) + hash53(name, 2) + hash53(name, 3)).slice(0, 32);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${'89ab'[parseInt(hex[16] ?? '0', 16) & 3]}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

// the few keys records have, each quoted once; at most 1,000 kept, whatever a file holds
const quotedKeys = new Map<string, string>();
const quoted = (key: string) => {
  let q = quotedKeys.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quotedKeys.size < 1000) quotedKeys.set(key, q);
  }
  return q;
};

/** JSON with object keys sorted and undefined left out: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // one string built as it goes, not an array of parts per level: revision ids hash every merge
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      // a hole stays empty, as Array#join leaves it
      if (i in value) out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const field = record[key];
    if (field === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${quoted(key)}:${canonicalJson(field)}`;
  }
  return `${out}}`;
}
