/**
 * What is left of a deleted annotation: enough for an import to know that the
 * reviewer deleted it, and not to bring it back from an older file.
 */
export interface Tombstone {
  /** The deleted annotation's id. */
  id: string;
  /** The article it was on when it was deleted. */
  articleId: string;
  /** The reviewer who deleted it, as they gave their name; empty if they gave none. */
  by: string;
  /** When, as an ISO 8601 timestamp. */
  at: string;
}
