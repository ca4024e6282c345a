import { describe, expect, it } from 'vitest';
import { highlightLook } from '../../../src/editor/highlight-look';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';

const look = (verdict: string, scale = DEFAULT_VERDICT_SCALE) =>
  highlightLook({ kind: 'claim', verdict }, scale);

describe('highlightLook', () => {
  it('draws a verdict with its own line style and colour', () => {
    expect(look('false')).toEqual({ className: 'fm-kind-claim fm-cue-5', color: '#a3283a' });
  });

  it('draws a verdict the same after the scale is reordered', () => {
    const reversed = [...DEFAULT_VERDICT_SCALE].reverse();
    for (const v of DEFAULT_VERDICT_SCALE) expect(look(v.id, reversed)).toEqual(look(v.id));
  });

  it('draws a claim with no verdict, or one gone from the scale, as not rated', () => {
    expect(highlightLook({ kind: 'claim' }, DEFAULT_VERDICT_SCALE).className).toContain(
      'fm-unrated',
    );
    expect(look('gone').className).toContain('fm-unrated');
  });
});
