import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../../src/model/claim-spotting/name-matching';

type Spelling = { key: string; parts: string[] };

/** Every pair met in the buckets, each kept where first met: the reference. */
function everyPairOnce(spellings: readonly Spelling[]): [Spelling, Spelling][] {
  const buckets = new Map<string, Spelling[]>();
  for (const s of spellings) {
    for (const k of [`f:${s.parts[0]}`, `l:${s.parts.at(-1)}`]) {
      const list = buckets.get(k);
      if (list) list.push(s);
      else buckets.set(k, [s]);
    }
  }
  const pairs: [Spelling, Spelling][] = [];
  const met = (a: Spelling, b: Spelling) =>
    pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i] as Spelling, list[j] as Spelling];
        if (a.parts.length === b.parts.length && !met(a, b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

// few words, so that spellings often share a first word, a last word, or both
const parts = fc.array(fc.constantFrom('ana', 'ben', 'nowak', 'novak', 'de', 'li'), {
  minLength: 1,
  maxLength: 4,
});

describe('candidatePairs', () => {
  it('gives every pair sharing a first or a last word once, in the order first met', () => {
    fc.assert(
      fc.property(fc.uniqueArray(parts, { selector: p => p.join(' '), maxLength: 14 }), list => {
        const spellings = list.map(p => ({ key: p.join(' '), parts: p }));
        expect(candidatePairs(spellings)).toEqual(everyPairOnce(spellings));
      }),
      { numRuns: 2000 },
    );
  });
});
