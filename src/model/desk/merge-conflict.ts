/**
 * What a merge left for a curator on one annotation: the two sides had
 * diverged (or one deleted what the other edited). Cleared when a curator
 * settles it.
 */
export interface MergeConflict {
  /** The heads of the revision chains that diverged, sorted. */
  heads: string[];
  /** The decisions the two sides held, when they differ, sorted; '' stands for none. */
  decisions?: string[];
  /** One side deleted the annotation while the other changed it. */
  deleted?: { by: string; byId?: string; at: string };
}
