import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../src/editor/highlight-plugin';
import { fadeFilteredOut } from '../../../src/editor/filtered-highlights';
import { pmPos } from '../../../src/editor/text-map';

const highlight = (id: string): Highlight => ({
  id,
  from: pmPos(1),
  to: pmPos(5),
  className: 'fm-kind-claim fm-cue-5',
  style: '--fm-c: #a3283a',
  label: 'Claim · False',
});

describe('fadeFilteredOut', () => {
  const highlights = [highlight('a'), highlight('b'), highlight('c')];

  it('returns the same array when no filter is active', () => {
    expect(fadeFilteredOut(highlights, null)).toBe(highlights);
  });

  it('appends the faded class to the highlights filtered out, leaving the rest as they are', () => {
    const out = fadeFilteredOut(highlights, new Set(['b']));
    expect(out.map(h => h.className)).toEqual([
      'fm-kind-claim fm-cue-5 fm-filtered-out',
      'fm-kind-claim fm-cue-5',
      'fm-kind-claim fm-cue-5 fm-filtered-out',
    ]);
    expect(out[1]).toBe(highlights[1]);
    expect(out[0]).toMatchObject({ id: 'a', from: 1, to: 5, style: '--fm-c: #a3283a' });
  });

  it('gives an unchanged highlight the same object on every call', () => {
    const first = fadeFilteredOut(highlights, new Set(['b']));
    const second = fadeFilteredOut(highlights, new Set(['b', 'c']));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(highlights[1]);
    expect(second[2]).toBe(highlights[2]);
    expect(fadeFilteredOut(highlights, new Set(['b']))[2]).toBe(first[2]);
  });

  it('leaves the highlights it was given untouched', () => {
    fadeFilteredOut(highlights, new Set());
    expect(highlights.every(h => !h.className.includes('fm-filtered-out'))).toBe(true);
  });
});
