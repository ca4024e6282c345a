import type { Assessment } from './desk/assessment';
import type { MergeConflict } from './desk/merge-conflict';
import type { TextOffset } from './offsets';
import type { AnnotationOrigin } from './origin';

export type AnnotationKind = 'claim' | 'correction' | 'comment';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['claim', 'correction', 'comment'];

export type AnnotationStatus = 'open' | 'checked';
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['open', 'checked'];

export type SourceStance = 'supports' | 'refutes' | 'context';
export const SOURCE_STANCES: readonly SourceStance[] = ['supports', 'refutes', 'context'];

/**
 * Where an annotation sits: a position selector (code points of the canonical
 * text) and a quote selector (`exact` with up to 32 code points of context).
 */
export interface Target {
  start: TextOffset;
  end: TextOffset;
  exact: string;
  prefix: string;
  suffix: string;
}

/** How an annotation was last anchored onto its article's text. */
export type AnchoringState =
  | { method: 'position' | 'quote' }
  | {
      method: 'fuzzy';
      confidence: number;
      /** Set when the reviewer has looked at the new place and accepted it. */
      confirmed: boolean;
      /** The quote as it read before the text changed, for the reviewer to compare. */
      previousExact: string;
    }
  | {
      method: 'orphan';
      /**
       * SHA-256 of the text the target was last anchored on (its quote and
       * position describe that text), so that a later version can be mapped
       * from it; absent if unknown (an orphan from before this was recorded).
       */
      textHash?: string;
      /** The quote as checked, when the orphan was an unconfirmed fuzzy match: it stays unconfirmed. */
      previousExact?: string;
    };

export interface Source {
  /** http or https only. */
  url: string;
  title?: string;
  publisher?: string;
  /** The passage relied on. */
  quote?: string;
  stance: SourceStance;
  /** ISO date (YYYY-MM-DD) the source was read. */
  accessedAt?: string;
  archivedUrl?: string;
}

/** The fields whose every change an annotation's history records. */
export type TrackedField = 'verdict' | 'status';
export const TRACKED_FIELDS: readonly TrackedField[] = ['verdict', 'status'];

/** One change of a verdict or a status: who made it, when, from what to what. */
export interface HistoryEntry {
  field: TrackedField;
  /** The value before; absent when there was none (a new annotation's first verdict). */
  from?: string;
  /** The value after; absent when it was cleared. */
  to?: string;
  /** The reviewer's name, as they gave it; empty if they gave none. */
  by: string;
  /** The reviewer's id (schema version 5 on; absent in older entries). */
  byId?: string;
  /** ISO 8601 timestamp. */
  at: string;
  /** For a verdict set in curation: the ids of the reviewers whose assessments it settles. */
  settles?: string[];
}

export interface Annotation {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  target: Target;
  /**
   * The desk's decision: an id on the verdict scale; for claims. Set by a
   * curator, or by a reviewer working alone; never by a merge.
   */
  verdict?: string;
  /** What the text should read; for corrections. */
  correction?: string;
  note: string;
  sources: Source[];
  tags: string[];
  status: AnnotationStatus;
  creator: string;
  /** The creator's reviewer id (schema version 5 on; absent in older records). */
  creatorId?: string;
  /** Each reviewer's own verdict, one per reviewer, sorted by reviewer id (version 5 on). */
  assessments?: Assessment[];
  /** The chain of this annotation's revisions, oldest first, the head last (version 5 on). */
  revs?: string[];
  /** What a merge could not settle, until a curator does. */
  conflict?: MergeConflict;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  anchoring?: AnchoringState;
  /** Where it came from, when not from the reviewer's own selection (an accepted suggestion). */
  origin?: AnnotationOrigin;
  /** Every change of verdict and status, oldest first (schema version 2 on). */
  history: HistoryEntry[];
}

/** ProseMirror document JSON, opaque to the model. */
export interface DocJson {
  type: string;
  [key: string]: unknown;
}

export interface Article {
  id: string;
  title: string;
  sourceUrl?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
  doc: DocJson;
  /** The canonical text: the document's blocks joined by one "\n". */
  text: string;
  /** Hex SHA-256 of `text`. */
  textHash: string;
  previousVersionId?: string;
}
