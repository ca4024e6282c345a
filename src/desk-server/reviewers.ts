import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a reviewer may do on the desk: read only, review, or also settle decisions. */
export type DeskRole = 'reader' | 'reviewer' | 'curator';

/**
 * A reviewer the desk server lets in. Only the SHA-256 of their token is kept,
 * so the configuration file gives no one a way in.
 */
export interface DeskReviewer {
  id: string;
  name: string;
  role: DeskRole;
  tokenSha256: string;
}

const ROLES: readonly DeskRole[] = ['reader', 'reviewer', 'curator'];
const HEX_64 = /^[0-9a-f]{64}$/;

/** The hex SHA-256 of a token, as the configuration keeps it. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The reviewer whose token this is, or null. Every hash is compared in
 * constant time, so how long a refusal takes says nothing about the tokens.
 */
export function reviewerOfToken(
  token: string | undefined,
  reviewers: readonly DeskReviewer[],
): DeskReviewer | null {
  if (!token) return null;
  const given = Buffer.from(tokenHash(token), 'hex');
  let found: DeskReviewer | null = null;
  for (const r of reviewers) {
    if (timingSafeEqual(given, Buffer.from(r.tokenSha256, 'hex'))) found = r;
  }
  return found;
}

/**
 * The reviewers of a configuration file's JSON (`{ "reviewers": [...] }`);
 * throws an Error saying, in plain words, which entry is wrong and how.
 */
export function parseReviewers(json: string): DeskReviewer[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('the reviewers file is not JSON');
  }
  const list = (data as { reviewers?: unknown } | null)?.reviewers;
  if (!Array.isArray(list)) throw new Error('the reviewers file has no "reviewers" list');
  const ids = new Set<string>();
  return list.map((entry: unknown, i) => {
    const r = (entry ?? {}) as Partial<Record<keyof DeskReviewer, unknown>>;
    const where = `reviewer ${i + 1}`;
    if (typeof r.id !== 'string' || r.id === '') throw new Error(`${where} has no id`);
    if (ids.has(r.id)) throw new Error(`${where} repeats the id ${r.id}`);
    ids.add(r.id);
    if (typeof r.name !== 'string' || r.name.trim() === '') throw new Error(`${where} has no name`);
    if (!ROLES.includes(r.role as DeskRole))
      throw new Error(`${where} has no role among ${ROLES.join(', ')}`);
    if (typeof r.tokenSha256 !== 'string' || !HEX_64.test(r.tokenSha256))
      throw new Error(`${where} has no tokenSha256 (64 hexadecimal digits)`);
    return { id: r.id, name: r.name, role: r.role as DeskRole, tokenSha256: r.tokenSha256 };
  });
}
