import type * as Y from 'yjs';
import { RECORD_LIMITS } from '../model/record-limits';
import { articleMap, documentName } from './shared-article';

/**
 * One article on the desk, as its list shows it: enough to recognise it,
 * nothing of its text. The desk writes one when an article's document first
 * holds the article; a reviewer who lacks it gets the article itself from
 * the document, through the import's checks.
 */
export interface DeskArticleEntry {
  id: string;
  title: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  /** How long its text is, in UTF-16 code units. */
  textLength: number;
  /** The reviewer whose change first put it on the desk, when the desk saw who. */
  addedBy?: string;
  /** When the desk first listed it (ISO 8601). */
  addedAt: string;
}

/** Where a reviewer's app asks for the list, relative to the desk's address (its token in a header). */
export const DESK_LIST_PATH = 'desk/articles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A string field, cut to the records' name length; undefined when it is not a string. */
const shortText = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value.slice(0, RECORD_LIMITS.nameLength) : undefined;

/** The optional fields of an entry that are present, checked as `shortText`. */
function optionals(fields: Record<string, unknown>): Partial<DeskArticleEntry> {
  const out: Partial<DeskArticleEntry> = {};
  for (const key of ['publisher', 'author', 'publishedAt', 'addedBy'] as const) {
    const value = shortText(fields[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * The list entry of the article a document holds, or null while it holds
 * none, or holds one under another id than the document's name says (the
 * document of a hostile client is not listed as something it is not).
 */
export function deskArticleEntry(
  doc: Y.Doc,
  docName: string,
  addedBy: string | undefined,
  addedAt: string,
): DeskArticleEntry | null {
  // the few keys a list needs, read one by one: the desk calls this on every change of a
  // document not listed yet, and the whole map holds the text and its document (megabytes)
  const map = articleMap(doc);
  const id = map.get('id');
  if (typeof id !== 'string' || !UUID.test(id) || documentName(id) !== docName) return null;
  const text = map.get('text');
  const fields = Object.fromEntries(
    (['title', 'publisher', 'author', 'publishedAt'] as const).map(key => [key, map.get(key)]),
  );
  return {
    id,
    title: shortText(fields.title) ?? 'Untitled article',
    ...optionals({ ...fields, addedBy }),
    textLength: typeof text === 'string' ? text.length : 0,
    addedAt,
  };
}

/**
 * The desk's answer to a list request, checked: the entries that have the
 * fields a list needs, each field as `deskArticleEntry` would have written
 * it. A server is trusted with no more than a text to show.
 */
export function readDeskCatalog(json: unknown): DeskArticleEntry[] {
  const articles = (json as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) throw new TypeError('the desk’s answer holds no list of articles');
  return articles.flatMap((raw: unknown): DeskArticleEntry[] => {
    if (typeof raw !== 'object' || raw === null) return [];
    const fields = raw as Record<string, unknown>;
    const { id, textLength, addedAt } = fields;
    const title = shortText(fields.title);
    if (typeof id !== 'string' || !UUID.test(id) || !title || typeof addedAt !== 'string')
      return [];
    const length = typeof textLength === 'number' && textLength >= 0 ? textLength : 0;
    return [{ id, title, ...optionals(fields), textLength: length, addedAt }];
  });
}
