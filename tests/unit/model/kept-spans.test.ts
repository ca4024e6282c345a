import { describe, expect, it } from 'vitest';
import { keptSpans, sameSpans, spanKey } from '../../../src/model/kept-spans';
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
