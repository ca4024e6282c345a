import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../../../src/store/articles';
import { matchesLibrarySearch } from '../../../../src/ui/library/library-search';

const entry: LibraryEntry = {
  id: 'a',
  title: 'US asks Japan for cooperation',
  publisher: 'The Japan Times',
  author: 'Jane Doe',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  annotations: 2,
  claims: 1,
  checkedClaims: 0,
  withVerdict: 1,
  reviewers: ['Mika Tanaka', 'Jonas Weber'],
};

describe('matchesLibrarySearch', () => {
  it.each([
    ['cooperation', true],
    ['japan times', true],
    ['jane', true],
    ['jonas', true],
    ['TANAKA us', true],
    ['', true],
    ['reuters', false],
    ['jonas reuters', false],
  ])('finds %j: %s', (query, found) => {
    expect(matchesLibrarySearch(entry, query)).toBe(found);
  });
});
