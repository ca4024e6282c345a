import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import {
  contextSimilarity,
  prefixDistance,
  prefixDistances,
  suffixDistance,
  suffixDistances,
} from '../../../src/model/context-score';
import { distanceRow } from '../../../src/model/myers';

/** The textbook dynamic programme, for reference: the last row of the matrix. */
function naiveRow(pattern: string, text: string, free: boolean): number[] {
  let row = Array.from({ length: text.length + 1 }, (_, j) => (free ? 0 : j));
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitute = (row[j - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, substitute));
    }
    row = next;
  }
  return row;
}

/** A seeded stream of strings over a small alphabet with astral characters, so matches abound. */
function strings(seed: number): (maxLength: number) => string {
  let s = seed;
  const alphabet = ['a', 'b', 'c', 'é', ' ', '😀'];
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return maxLength => {
    let out = '';
    const n = Math.floor(next() * maxLength);
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
}

describe('distanceRow (bit-parallel Myers)', () => {
  it('equals the textbook dynamic programme, for patterns of one and several 32-bit blocks', () => {
    const random = strings(7);
    for (let k = 0; k < 400; k++) {
      const pattern = random(k % 2 ? 20 : 140);
      const text = random(160);
      expect([...distanceRow(pattern, text, 'search')]).toEqual(naiveRow(pattern, text, true));
      expect([...distanceRow(pattern, text, 'anchored')]).toEqual(naiveRow(pattern, text, false));
    }
  });

  it('finds the best end and error count that approx-string-match finds', () => {
    const random = strings(11);
    for (let k = 0; k < 200; k++) {
      const text = random(300);
      const pattern = random(70) || 'a';
      const row = distanceRow(pattern, text, 'search');
      const least = Math.min(...row.slice(1));
      const theirs = search(text, pattern, pattern.length);
      if (text.length === 0) continue;
      expect(theirs[0]?.errors).toBe(least);
      for (const m of theirs) expect(row[m.end]).toBe(least);
    }
  });

  it('handles an empty pattern and an empty text', () => {
    expect([...distanceRow('', 'abc', 'search')]).toEqual([0, 0, 0, 0]);
    expect([...distanceRow('', 'abc', 'anchored')]).toEqual([0, 1, 2, 3]);
    expect([...distanceRow('abc', '', 'search')]).toEqual([3]);
  });
});

describe('context scores', () => {
  const text = 'Olaf Scholz said on Monday that the rail operator would expand the network.';
  const at = text.indexOf('the rail operator');
  const end = at + 'the rail operator'.length;

  it('is 1 for intact context and falls as the context is edited', () => {
    const prefix = text.slice(0, at);
    const suffix = text.slice(end);
    const scores = [
      contextSimilarity(text, at, end, prefix, suffix),
      contextSimilarity(text, at, end, prefix.replace('Monday', 'Sunday'), suffix),
      contextSimilarity(
        text,
        at,
        end,
        prefix.replace('Monday', 'Friday'),
        suffix.replace('expand', 'shrink'),
      ),
      contextSimilarity(
        text,
        at,
        end,
        'Nothing like it at all, really: ',
        'zzz zzz zzz zzz zzz zzz zzz',
      ),
    ];
    expect(scores[0]).toBe(1);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1] as number);
    expect(scores[3]).toBeLessThan(0.5);
  });

  it('counts context cut off by the ends of the text as unknown, not as contradicting', () => {
    expect(prefixDistance(text, 4, 'Our leader Olaf')).toBe(0);
    expect(suffixDistance(text, text.length - 8, 'network. And more')).toBe(0);
    // only the last four characters can be compared with the four before the quote
    expect(prefixDistance(text, 4, 'Our leader Paul')).toBe(prefixDistance(text, 4, 'Paul'));
    expect(prefixDistance(text, 4, 'Paul')).toBeGreaterThan(0);
  });

  it('scores every position at once as it scores each alone', () => {
    for (const context of ['the rail', 'on Mondy that', 'network.', 'zz']) {
      const before = prefixDistances(text, 0, text.length, context);
      const after = suffixDistances(text, 0, text.length, context);
      for (let i = 0; i <= text.length; i++) {
        expect(before[i]).toBe(prefixDistance(text, i, context));
        expect(after[i]).toBe(suffixDistance(text, i, context));
      }
    }
  });

  it('is 1 when the target stored no context', () => {
    expect(contextSimilarity(text, at, end, '', '')).toBe(1);
  });
});
