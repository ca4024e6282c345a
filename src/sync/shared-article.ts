import * as Y from 'yjs';
import { canonicalJson } from '../model/desk/content-hash';
import type { Article } from '../model/types';

/**
 * The shared document of one article on a desk (docs/desk-sync.md), named
 * `article:<id>`:
 * - `article`: the article's fields and text, written once, never changed
 *   (a new text is a new article, linked by `previousVersionId`);
 * - `annotations`: a Y.Map per annotation id (`ANNOTATION_KEYS`);
 * - `tombstones`: a deletion per annotation id, with the edits it had seen.
 */
export const documentName = (articleId: string): string => `article:${articleId}`;

/** The keys of one annotation's Y.Map that hold a plain value, written whole. */
export const PLAIN_FIELDS = [
  'kind',
  'target',
  'correction',
  'status',
  'creator',
  'creatorId',
  'createdAt',
  'updatedAt',
  // the revision chain as its writer left it: browsers that store the annotation from the desk
  // keep the same chain, so a file from one merged into another finds it unchanged
  'revs',
] as const;

/** The keys of one annotation's Y.Map that hold a shared type. */
export const SHARED_FIELDS = {
  /** Y.Text: concurrent typing merges. */
  note: 'note',
  /** Y.Map reviewer id → assessment: only that reviewer writes their key. */
  assessments: 'assessments',
  /** Y.Array of DecisionEntry, append-only: only curators append. */
  decisions: 'decisions',
  /** Y.Array of history entries, append-only. */
  history: 'history',
  /** Y.Array of edit ids, one per change: what a deletion had seen. */
  edits: 'edits',
  /** Y.Array of tags: what two reviewers add or remove at once is all kept (`LIST_FIELDS`). */
  tags: 'tags',
  /** Y.Array of sources, as tags: a source changed is removed and added again. */
  sources: 'sources',
} as const;

/**
 * The fields kept as shared lists (a plain field keeps one of two values
 * written at once): each element is added or removed alone, and read once.
 * A document written before holds them as plain arrays, read as they are.
 */
export const LIST_FIELDS = [SHARED_FIELDS.tags, SHARED_FIELDS.sources] as const;

/** What makes two elements of a shared list one: a tag by its text, a source by all its fields. */
export const listItemKey = (item: unknown): string =>
  typeof item === 'string' ? `s${item}` : `j${canonicalJson(item)}`;

/**
 * True when no two items can be one element: tags all different, or sources
 * with all different links. Found without `listItemKey`, whose canonical JSON
 * of every source was a third of reading a document of 10,000 annotations;
 * any other list is left to it.
 */
function surelyDistinct(items: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key =
      typeof item === 'string' ? item : (item as { url?: unknown } | null | undefined)?.url;
    if (typeof key !== 'string' || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * A list field's value as a record has it: a shared list's elements once
 * each, in the document's order; a plain value (a document written before
 * lists were shared, or a hostile client's) as it is, for the gate to judge.
 */
export function listOf(value: unknown): unknown {
  if (!(value instanceof Y.Array)) return value;
  const items = value.toArray();
  if (items.length < 2 || surelyDistinct(items)) return items;
  const seen = new Set<string>();
  return items.filter(item => {
    const key = listItemKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A deletion in the shared document: who, when, and the edits of the annotation it had seen. */
export interface SharedTombstone {
  by: string;
  byId?: string;
  at: string;
  seen: string[];
}

/** The article's fields, each a key of this map. */
export const articleMap = (doc: Y.Doc) => doc.getMap<unknown>('article');
/** Annotation id → the annotation's Y.Map. */
export const annotationsMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('annotations');
/** Annotation id → SharedTombstone. */
export const tombstonesMap = (doc: Y.Doc) => doc.getMap<SharedTombstone>('tombstones');

const ARTICLE_FIELDS = [
  'id',
  'title',
  'sourceUrl',
  'publisher',
  'author',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'doc',
  'text',
  'textHash',
  'previousVersionId',
] as const;

/** Puts the article into its document, unless it is there already (its text never changes). */
export function putArticle(doc: Y.Doc, article: Article): void {
  const map = articleMap(doc);
  if (map.has('id')) return;
  doc.transact(() => {
    for (const key of ARTICLE_FIELDS) if (article[key] !== undefined) map.set(key, article[key]);
  });
}

/** The article's fields as the document holds them, unchecked; null while there are none. */
export function readArticleFields(doc: Y.Doc): Record<string, unknown> | null {
  const map = articleMap(doc);
  return map.has('id') ? map.toJSON() : null;
}

/** 14 random hex digits, for the ids of decisions and edits. */
export function randomHex14(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(7));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/** The shared type under `key` of an annotation's map, if it is one of that kind. */
export function sharedOf<T>(
  entry: Y.Map<unknown>,
  key: string,
  kind: abstract new (...args: never[]) => T,
): T | undefined {
  const value = entry.get(key);
  return value instanceof kind ? value : undefined;
}
