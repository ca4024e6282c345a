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
  /** Their reviewer id (schema version 5 on). */
  byId?: string;
  /** When, as an ISO 8601 timestamp. */
  at: string;
  /**
   * The deleted annotation's revision chain (schema version 5 on): a copy
   * whose head is in it is what was deleted, or older; one past it was
   * changed after the deletion.
   */
  revs?: string[];
}
