import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTokens } from '../../../src/model/align-tokens';
import { describe as describeRange } from '../../../src/model/describe';
import type { Hunk } from '../../../src/model/diff-map';
import { looseKey, looseText } from '../../../src/model/loose-text';
import { mapTarget } from '../../../src/model/map-target';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import { diffTexts } from '../../../src/model/text-diff';

const word = fc.constantFrom(
  'rose',
  '3.3%',
  '3.3',
  'percent',
  'per cent',
  '“quoted”',
  '"straight"',
  'it’s',
  '—',
  'Sedláček',
  'Sedla\u0301c\u030cek',
  '김서연',
  '\u1100\u1175\u11b7',
  '👍🏽',
  'the',
  'said.',
  '\n',
  '  ',
);
const text = fc.array(word, { maxLength: 40 }).map(ws => ws.join(' '));

describe('the loose form', () => {
  it('is the same string whether made whole (looseKey) or character by character (looseText)', () => {
    fc.assert(
      fc.property(text, t => {
        expect(looseText(t, 0, t.length).chars.join('')).toBe(looseKey(t));
      }),
    );
  });

  it('reads whitespace, quote styles, "percent" and decomposition alike, and nothing else', () => {
    expect(looseKey('rose  3.3 per cent, “said”')).toBe(looseKey('rose 3.3%,\n"said"'));
    expect(looseKey('Sedláček')).toBe(looseKey('Sedla\u0301c\u030cek'));
    expect(looseKey('rose 3.3%')).not.toBe(looseKey('rose 3.1%'));
    expect(looseKey('Nagle')).not.toBe(looseKey('nagle'));
  });
});

describe('alignTokens', () => {
  it('pairs unique tokens wherever they moved to keep the longest run in order', () => {
    expect(alignTokens([1, 2, 3, 4], [1, 3, 2, 4])).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });

  it('never guesses which of two copies was deleted', () => {
    // [X, X, A] → [X, A]: either X could be the one left
    expect(alignTokens([7, 7, 1], [7, 1])).toEqual([[2, 1]]);
    // between unique neighbours the counts agree: the copies pair in order
    expect(alignTokens([7, 1, 7], [7, 2, 1, 7])).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
  });
});

/** An edit of a text: [at, remove, insert] in UTF-16 units at word boundaries. */
const edited = text.chain(t =>
  fc
    .record({ at: fc.nat({ max: t.length }), remove: fc.nat({ max: 20 }), insert: text })
    .map(({ at, remove, insert }) => {
      const from = t.lastIndexOf(' ', at) + 1;
      const to = Math.min(t.length, from + remove);
      return { before: t, after: t.slice(0, from) + insert + t.slice(to) };
    }),
);

describe('diffTexts', () => {
  it('accounts for every part of the old text once, in order', () => {
    fc.assert(
      fc.property(edited, ({ before, after }) => {
        let at = 0;
        for (const h of diffTexts(before, after).all() as Hunk[]) {
          expect(h.oldFrom).toBe(at);
          if (h.kind !== 'inserted') at = h.oldTo;
          if (h.kind === 'same') {
            expect(after.slice(h.newFrom, h.newTo)).toBe(before.slice(h.oldFrom, h.oldTo));
          }
        }
        expect(at).toBe(before.length);
      }),
    );
  });

  it('counts characters, not UTF-16 units, when an edited word keeps its start', () => {
    // found by the property above: an emoji with a skin tone is two code points, four units
    const [before, after] = ['👍🏽 \n 👍🏽', '👍🏽👍🏽 \n 👍🏽'];
    let at = 0;
    for (const h of diffTexts(before, after).all() as Hunk[]) {
      expect([h.oldFrom, h.oldTo, h.newFrom, h.newTo].every(Number.isInteger)).toBe(true);
      expect(h.oldFrom).toBe(at);
      at = h.kind === 'inserted' ? at : h.oldTo;
    }
    expect(at).toBe(before.length);
  });

  it('ends a passage whose end was rewritten with the rewrite of its last word, not the next words', () => {
    // from the bench's 4 MB workload: "dnesday. Last week, the" rewritten as one stretch; the
    // passage took all of it, "Dmitrater" included, and the judge counted it wrong
    const quote =
      'In Lagos, about 71,794 people joined a protest organised by the Federal Statistical Office on Wednesday.';
    const before = `Revised to 286 billion euros.\n${quote} Last week, the figure was later revised.`;
    const after = before.replace('dnesday. Last week, the', 'phüpzfast Dmitrater');
    const [oldIndex, newIndex] = [new CodePointIndex(before), new CodePointIndex(after)];
    const start = before.indexOf(quote);
    const target = describeRange(oldIndex, {
      start: textOffset(start),
      end: textOffset(start + quote.length),
    });
    const found = mapTarget(diffTexts(before, after), oldIndex, newIndex, target);
    if (!('start' in found)) throw new Error(`orphaned: ${JSON.stringify(found)}`);
    expect(found.method).toBe('fuzzy');
    expect(after.slice(found.start, found.end)).toBe(
      'In Lagos, about 71,794 people joined a protest organised by the Federal Statistical Office on Wephüpzfast',
    );
  });

  it('maps every target of an unchanged text onto itself', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const index = new CodePointIndex(t);
        if (index.length === 0) return;
        const [start, end] = [a % index.length, b % index.length].sort((x, y) => x - y);
        const target = describeRange(index, {
          start: textOffset(start as number),
          end: textOffset((end as number) + 1),
        });
        const found = mapTarget(diffTexts(t, t), index, index, target);
        if (target.exact.trim() === '') return;
        expect(found).toMatchObject({ method: 'quote', confidence: 1 });
      }),
    );
  });
});
