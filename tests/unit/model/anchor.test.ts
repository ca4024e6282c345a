import { describe, expect, it } from 'vitest';
import { anchor, type AnchorResult } from '../../../src/model/anchor';
import { FUZZY_THRESHOLD } from '../../../src/model/confidence';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, codePointLength, textOffset } from '../../../src/model/offsets';
import type { Target } from '../../../src/model/types';

const ARTICLE = [
  'Berlin 🇩🇪 — 李强 met Robert Habeck on Monday to discuss the energy transition.',
  'Robert Habeck said inflation fell to 2.1 percent in May, the lowest level since 2021.',
  'Critics, including Olaf Scholz 😀, argue that the figures are misleading.',
  'The ministry later said inflation fell to 2.4 percent, not 2.1 percent as first reported.',
].join('\n');

/** The target of the `nth` occurrence of `quote` in `text`, described in code points. */
function annotate(text: string, quote: string, nth = 0): Target {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`"${quote}" occurs fewer than ${nth + 1} times`);
  const index = new CodePointIndex(text);
  return describeRange(index, {
    start: index.toOffset(at),
    end: index.toOffset(at + quote.length),
  });
}

/** The text an anchor covers, or null for an orphan. */
function covered(text: string, r: AnchorResult): string | null {
  return r.method === 'orphan' ? null : new CodePointIndex(text).slice(r.start, r.end);
}

interface Case {
  name: string;
  quote: string;
  nth?: number;
  /** The new version of the article; unchanged if absent. */
  edit?: (text: string) => string;
  method: AnchorResult['method'];
  /** What the anchor must cover (default: the quote); the nth occurrence of it in the new text. */
  covers?: string;
  coversNth?: number;
}

const cases: Case[] = [
  {
    name: 'finds an unchanged quote at its stored position',
    quote: 'Robert Habeck said',
    method: 'position',
  },
  {
    name: 'counts an emoji and a CJK name before the quote as one code point each',
    quote: 'met Robert Habeck',
    method: 'position',
  },
  {
    name: 'tells a quote that occurs twice apart by its context',
    quote: 'inflation fell to 2',
    nth: 1,
    edit: t => `Updated 🕒 ${t}`,
    method: 'quote',
    coversNth: 1,
  },
  {
    name: 'follows a quote shifted by an insertion before it',
    quote: 'argue that the figures are misleading',
    edit: t => t.replace('Berlin', 'BERLIN, Germany (dpa) 🇪🇺 —'),
    method: 'quote',
  },
  {
    name: 'anchors a quote edited by one character fuzzily',
    quote: 'the lowest level since 2021',
    edit: t => t.replace('lowest level', 'lowest levels'),
    method: 'fuzzy',
    covers: 'the lowest levels since 2021',
  },
  {
    name: 'orphans a quote that was rewritten',
    quote: 'argue that the figures are misleading',
    edit: t =>
      t.replace('argue that the figures are misleading', 'say the data were revised twice'),
    method: 'orphan',
  },
  {
    name: 'orphans a name whose sentence no longer has it, though it occurs elsewhere',
    quote: 'Robert Habeck',
    nth: 1,
    edit: t => t.replace('Robert Habeck said inflation', 'The Bundesbank said inflation'),
    method: 'orphan',
  },
  {
    name: 'finds a quote whose paragraph moved, its context intact',
    quote: 'argue that the figures are misleading',
    edit: t => {
      const [a, b, c, d] = t.split('\n');
      return [c, d, a, b].join('\n');
    },
    method: 'quote',
  },
];

describe('anchor', () => {
  for (const c of cases) {
    it(c.name, () => {
      const target = annotate(ARTICLE, c.quote, c.nth);
      const text = c.edit ? c.edit(ARTICLE) : ARTICLE;
      const result = anchor(new CodePointIndex(text), target);
      expect(result.method).toBe(c.method);
      if (c.method === 'orphan') return;
      const want = annotate(text, c.covers ?? c.quote, c.coversNth ?? 0);
      expect(result).toMatchObject({ start: want.start, end: want.end });
      expect(covered(text, result)).toBe(c.covers ?? c.quote);
      expect(result.confidence === 1).toBe(c.method !== 'fuzzy');
    });
  }

  it('stores positions in code points, not UTF-16 units', () => {
    const target = annotate(ARTICLE, 'met Robert Habeck');
    const before = ARTICLE.slice(0, ARTICLE.indexOf('met Robert Habeck'));
    expect(target.start).toBe(codePointLength(before));
    expect(target.start).toBeLessThan(before.length); // 🇩🇪 is four UTF-16 units, two code points
  });

  it('orphans an empty quote', () => {
    const index = new CodePointIndex(ARTICLE);
    const target = describeRange(index, { start: textOffset(5), end: textOffset(5) });
    expect(anchor(index, target)).toEqual({ method: 'orphan', confidence: 0 });
  });

  it('finds a quote whose stored offsets lie beyond the shortened text', () => {
    const target = annotate(ARTICLE, 'not 2.1 percent as first reported');
    const text = ARTICLE.split('\n').slice(2).join('\n');
    expect(target.end).toBeGreaterThan(codePointLength(text));
    const result = anchor(new CodePointIndex(text), target);
    expect(result.method).toBe('quote');
    expect(covered(text, result)).toBe('not 2.1 percent as first reported');
  });

  it('ignores offsets that are not numbers and still finds the quote', () => {
    const target = { ...annotate(ARTICLE, 'Olaf Scholz 😀'), start: textOffset(NaN) };
    const result = anchor(new CodePointIndex(ARTICLE), target);
    expect(covered(ARTICLE, result)).toBe('Olaf Scholz 😀');
  });

  it('never splits a surrogate pair at a fuzzy boundary', () => {
    const target = annotate(ARTICLE, 'Olaf Scholz 😀, argue');
    const text = ARTICLE.replace('Olaf Scholz 😀, argue', 'Olaf Scholz😀, argue');
    const result = anchor(new CodePointIndex(text), target);
    expect(result.method).toBe('fuzzy');
    expect(covered(text, result)).toBe('Olaf Scholz😀, argue');
  });

  it('gives a closer edit a higher confidence, and orphans past the threshold', () => {
    const quote = 'inflation fell to 2.1 percent in May';
    const target = annotate(ARTICLE, quote);
    const edits = [
      'inflation fell to 2.1 percent in may',
      'inflation fell to 2.3 percent in may',
      'inflation fell to 3.3 percent in mai',
      'inflation rose to 3.3 percent in June',
    ];
    const results = edits.map(e => anchor(new CodePointIndex(ARTICLE.replace(quote, e)), target));
    const confidences = results.map(r => r.confidence);
    for (let i = 1; i < confidences.length; i++) {
      expect(confidences[i]).toBeLessThan(confidences[i - 1] as number);
    }
    expect(results.slice(0, 3).map(r => r.method)).toEqual(['fuzzy', 'fuzzy', 'fuzzy']);
    expect(confidences[0]).toBeLessThan(1);
    expect(confidences[2]).toBeGreaterThanOrEqual(FUZZY_THRESHOLD);
    expect(results[3]?.method).toBe('orphan');
  });
});
