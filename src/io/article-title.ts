import { collapseWhiteSpace } from '../model/white-space';
import { ARTICLE_LIMITS } from './article-limits';
import { normalizeCharacters } from './normalize-text';

/** The longest first line taken as a headline, in code points. */
const HEADLINE_MAX = 150;

/** `value` with the character rule applied (`normalizeCharacters`) and runs of white space as one space, trimmed. */
export function collapseSpaces(value: string): string {
  return collapseWhiteSpace(normalizeCharacters(value));
}

/** A title candidate: spaces collapsed, or undefined if empty (`cleanTitle` cuts it to length). */
export function cleanText(value: string | null | undefined): string | undefined {
  const text = typeof value === 'string' ? collapseSpaces(value) : '';
  return text || undefined;
}

/** A name (publisher, author) fit to store: spaces collapsed, or undefined if empty or too long. */
export function cleanName(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = collapseSpaces(value);
  return name.length > 0 && name.length <= ARTICLE_LIMITS.nameLength ? name : undefined;
}

/** A title fit to store: spaces collapsed, cut with "…" at `ARTICLE_LIMITS.nameLength`. */
export function cleanTitle(value: string): string {
  const title = collapseSpaces(value);
  if (title.length <= ARTICLE_LIMITS.nameLength) return title;
  const cut = Array.from(title.slice(0, ARTICLE_LIMITS.nameLength - 1));
  // slice may have split a surrogate pair: Array.from keeps the lone half, so drop it
  if (/[\uD800-\uDBFF]$/.test(cut.at(-1) ?? '')) cut.pop();
  return `${cut.join('').trimEnd()}…`;
}

/**
 * A title from a file name: its extension dropped, dashes and underscores
 * as spaces (`us-japan-chip-controls.txt` → `us japan chip controls`).
 */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return cleanTitle(base.replace(/[-_]+/g, ' ')) || 'Untitled article';
}

/**
 * The first line of `text` if it reads like a headline: short (at most 150
 * code points), with a letter, not ending like a sentence or a clause (".",
 * ",", ";", ":"), and followed by more text. Null otherwise.
 */
export function headlineOf(text: string): string | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const end = text.indexOf('\n', start);
  const more = /\S/g;
  more.lastIndex = end;
  if (end < 0 || !more.test(text)) return null;
  const line = collapseSpaces(text.slice(start, end));
  if (Array.from(line).length > HEADLINE_MAX || !/\p{L}/u.test(line)) return null;
  return /[.,;:]$/.test(line) ? null : line;
}
