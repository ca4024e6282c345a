import type { LibraryEntry } from '../../store/articles';

/**
 * Whether a library entry matches what was typed: every word of `query`
 * (case aside) is in its title, publisher, author or a reviewer's name.
 * An empty query matches everything.
 */
export function matchesLibrarySearch(entry: LibraryEntry, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [entry.title, entry.publisher, entry.author, ...entry.reviewers]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase();
  return words.every(w => haystack.includes(w));
}
