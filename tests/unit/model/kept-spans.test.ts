import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../src/model/claim-spotting/types';
import { keptSpans, keptSuggestions, sameSpans, spanKey } from '../../../src/model/kept-spans';
import { textOffset } from '../../../src/model/offsets';
import type { Annotation } from '../../../src/model/types';
import { annotationRecord, targetAt } from '../../fixtures/records';

const at = (start: number, length = 4, fields: Partial<Annotation> = {}) =>
  annotationRecord({ target: targetAt(start, 'text', length), ...fields });

describe('sameSpans', () => {
  const list = [at(0), at(10), at(20)];

  it('holds for the same records, and for records changed elsewhere than their passage', () => {
    expect(sameSpans(list, [...list])).toBe(true);
    const noted = [list[0], { ...list[1], note: 'saved' }, list[2]] as Annotation[];
    expect(sameSpans(list, noted)).toBe(true);
  });

  it('fails for a moved or resized passage, and for a record added or removed', () => {
    expect(sameSpans(list, [list[0], at(11), list[2]] as Annotation[])).toBe(false);
    expect(sameSpans(list, [list[0], at(10, 5), list[2]] as Annotation[])).toBe(false);
    expect(sameSpans(list, [...list, at(30)])).toBe(false);
    expect(sameSpans(list, list.slice(1))).toBe(false);
  });
});

describe('keptSpans', () => {
  it('gives the passages as keys', () => {
    const spansOf = keptSpans();
    expect([...spansOf([at(0), at(10, 2)])]).toEqual(['0:4', '10:12']);
    expect(spanKey({ start: 10, end: 12 })).toBe('10:12');
  });

  it('gives the very same set while the passages stay, and a new one once one moves', () => {
    const spansOf = keptSpans();
    const list = [at(0), at(10)];
    const first = spansOf(list);
    const noted = spansOf([list[0], { ...list[1], note: 'saved' }] as Annotation[]);
    expect(noted).toBe(first);
    const moved = spansOf([list[0], at(12)] as Annotation[]);
    expect(moved).not.toBe(first);
    expect([...moved]).toEqual(['0:4', '12:16']);
    // compared with what it saw last, not with the first list
    expect(spansOf([list[0], at(12)] as Annotation[])).toBe(moved);
  });

  it('keeps one set per function: two users do not share their memory', () => {
    const a = keptSpans();
    const b = keptSpans();
    const list = [at(0)];
    expect(a(list)).not.toBe(b(list));
  });
});

const suggested = (start: number, length = 4): Suggestion => ({
  id: `s${start}:${length}`,
  kind: 'claim',
  start: textOffset(start),
  end: textOffset(start + length),
  exact: 'text',
  score: 0.9,
  strength: 'strong',
  reasons: [],
});

describe('keptSuggestions', () => {
  const found = [suggested(0), suggested(10), suggested(20, 6)];

  it('leaves out the suggestions whose passage is annotated', () => {
    const leftOf = keptSuggestions();
    const spansOf = keptSpans();
    expect(leftOf(found, spansOf([at(10), at(20, 4)]))).toEqual([found[0], found[2]]);
  });

  it('gives the very same array when the passages that came or went mark no suggestion', () => {
    const leftOf = keptSuggestions();
    const spansOf = keptSpans();
    const list = [at(10)];
    const first = leftOf(found, spansOf(list));
    const added = leftOf(found, spansOf([...list, at(30)]));
    expect(added).toBe(first);
    expect(leftOf(found, spansOf([at(30)]))).toEqual(found);
  });

  it('gives a suggestion up once its passage is annotated, and back once the annotation goes', () => {
    const leftOf = keptSuggestions();
    const spansOf = keptSpans();
    expect(leftOf(found, spansOf([at(40)]))).toEqual(found);
    expect(leftOf(found, spansOf([at(40), at(0)]))).toEqual([found[1], found[2]]);
    expect(leftOf(found, spansOf([at(40), at(30)]))).toEqual(found);
  });

  it('gives what a filter of every suggestion gives, through any sequence of annotations', () => {
    const span = fc.tuple(fc.nat({ max: 12 }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 8 }),
        fc.array(fc.array(span, { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (suggestions, versions, newFound) => {
          const leftOf = keptSuggestions();
          const spansOf = keptSpans();
          let current = suggestions.map(([start, length]) => suggested(start, length));
          versions.forEach((spans, i) => {
            // now and then the spotter answers again, with the same suggestions in a new array
            if (newFound[i]) current = [...current];
            const annotations = spans.map(([start, length]) => at(start, length));
            const marked = new Set(annotations.map(a => spanKey(a.target)));
            expect(leftOf(current, spansOf(annotations))).toEqual(
              current.filter(s => !marked.has(spanKey(s))),
            );
          });
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
