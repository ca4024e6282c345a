import { newId } from '../ids';
import { idFromName } from './content-hash';

/**
 * Who did something: a stable id (a UUID made once per browser) and the
 * display name at the time. Names change and repeat; ids do not, so
 * assessments are keyed by the id and shown by the name.
 */
export interface Reviewer {
  readonly id: string;
  readonly name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` is a lower-case UUID, the only form of reviewer id stored or imported. */
export const isReviewerId = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);

/** A new reviewer with a fresh id, named `name` (trimmed). */
export function newReviewer(name: string): Reviewer {
  return { id: newId().toLowerCase(), name: name.trim() };
}

/**
 * The reviewer behind a bare name from before reviewers had ids (a stored
 * setting, an annotation's creator in an older file): an id derived from the
 * name, the same on every machine, so a colleague's old verdicts and the
 * upgraded reviewer's own meet under one id.
 */
export function legacyReviewer(name: string): Reviewer {
  return { id: idFromName(`factmark-reviewer:${name.trim()}`), name: name.trim() };
}

/**
 * The gate for a stored reviewer setting: the reviewer if `value` is one, or
 * null. A name stored by an older build (a bare string) gets the id
 * `legacyReviewer` derives from it, so their earlier verdicts stay theirs.
 */
export function readReviewer(value: unknown): Reviewer | null {
  if (typeof value === 'string') return value.trim() === '' ? null : legacyReviewer(value);
  if (typeof value !== 'object' || value === null) return null;
  const { id, name } = value as Record<string, unknown>;
  if (!isReviewerId(id) || typeof name !== 'string' || name.trim() === '') return null;
  return { id, name: name.trim() };
}

/** The reviewer renamed: the same id, so everything they did stays theirs. */
export function renameReviewer(reviewer: Reviewer, name: string): Reviewer {
  return { id: reviewer.id, name: name.trim() };
}

/** Who did something, as a store function takes it: a reviewer, or a bare name from before ids. */
export type Who = Reviewer | string;

/** The reviewer behind `who`: itself, or the one `legacyReviewer` derives from a bare name. */
export const whoIs = (who: Who): Reviewer => (typeof who === 'string' ? legacyReviewer(who) : who);
