/** A new random UUID (v4) for a record key: never auto-increment, so records can merge across machines. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time as an ISO 8601 string. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
}
