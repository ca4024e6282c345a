import { describe, expect, it } from 'vitest';
import {
  ARTICLE_BACKGROUND,
  ARTICLE_INK,
  STRONGEST_TINT,
  contrastRatio,
  relativeLuminance,
  scaleContrastProblems,
  tint,
} from '../../../src/model/contrast';
import { DEFAULT_VERDICT_SCALE, type Verdict } from '../../../src/model/verdict-scale';

const verdict = (label: string, color: string): Verdict => ({
  id: label.toLowerCase(),
  label,
  color,
  countsAsChecked: true,
});

describe('relativeLuminance', () => {
  it('runs from black to white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#808080')).toBeCloseTo(0.2159, 4);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => relativeLuminance('red')).toThrow('Not a hex colour: red');
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#fff', '#000', 21],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4.0],
    ['#595959', '#ffffff', 7.0],
    ['#abcdef', '#abcdef', 1],
  ])('of %s and %s is %f:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe('tint', () => {
  it('mixes a share of a colour over the background, as color-mix draws it', () => {
    expect(tint('#000000', '#ffffff', 0.3)).toBe('#b3b3b3');
    expect(tint('#ff0000', '#ffffff', 0)).toBe('#ffffff');
    expect(tint('#2f7d4f', '#fbfaf7', 1)).toBe('#2f7d4f');
  });
});

describe('scaleContrastProblems', () => {
  it('passes a mid colour; names one whose tint hides the text, and one too faint to see', () => {
    const problems = scaleContrastProblems(
      [verdict('Fine', '#2f7d4f'), verdict('Dark', '#000000'), verdict('Pale', '#dddddd')],
      '#ffffff',
    );
    expect(problems.map(p => [p.index, p.kind, p.message])).toEqual([
      [1, 'text', 'Text on a “Dark” highlight is 4:1; it needs 4.5:1. Choose a lighter colour.'],
      [
        2,
        'highlight',
        '“Pale” is 1.3:1 against the page; a highlight needs 3:1. Choose a darker colour.',
      ],
    ]);
  });

  it('measures the text on the strongest tint, against the article’s ink', () => {
    const [text] = scaleContrastProblems([verdict('Dark', '#000000')], '#ffffff');
    expect(text?.ratio).toBeCloseTo(
      contrastRatio(ARTICLE_INK, tint('#000000', '#ffffff', STRONGEST_TINT)),
      6,
    );
  });

  it('never rounds a failing ratio up to the one it needs', () => {
    const [line] = scaleContrastProblems([verdict('Grey', '#959595')], '#ffffff');
    expect(line?.ratio).toBeLessThan(3);
    expect(line?.message).toBe(
      '“Grey” is 2.9:1 against the page; a highlight needs 3:1. Choose a darker colour.',
    );
  });

  it('leaves malformed colours to validateScale', () => {
    expect(scaleContrastProblems([verdict('Odd', 'red')])).toEqual([]);
  });

  it('checks against the article’s paper and ink by default', () => {
    expect(ARTICLE_BACKGROUND).toBe('#fbfaf7');
    expect(ARTICLE_INK).toBe('#1d2127');
    expect(scaleContrastProblems([verdict('Pale', '#ffffff')]).map(p => p.kind)).toEqual([
      'highlight',
    ]);
  });

  it('finds every default colour readable under text and visible as a line', () => {
    expect(scaleContrastProblems(DEFAULT_VERDICT_SCALE)).toEqual([]);
  });
});
