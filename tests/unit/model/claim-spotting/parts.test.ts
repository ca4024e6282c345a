import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText, readLabelled, SETS } from '../../../../scripts/eval-claims';
import { cutAtLines } from '../../../../src/model/claim-spotting/parts';
import { REFERENCE_PEOPLE } from '../../../../src/model/claim-spotting/reference';
import {
  joinParts,
  mergeParts,
  spotClaims,
  spotPart,
} from '../../../../src/model/claim-spotting/spot';
import type { SpotOptions } from '../../../../src/model/claim-spotting/types';
import { spotWorkerCount } from '../../../../src/ui/suggestions/use-suggestions';

const SAMPLE = readFileSync(
  new URL('../../../../public/samples/us-japan-chip-controls.txt', import.meta.url),
  'utf8',
);

/** Every labelled article's text, as the evaluation builds it. */
const labelledArticles = (): string[] =>
  Object.values(SETS).flatMap(folder => readLabelled(folder).map(articleText));

/** Spotted in `n` parts, each on its own as a worker would, then joined. */
const inParts = (text: string, n: number, options: SpotOptions) =>
  joinParts(
    text,
    // cloned as a worker's message would be
    cutAtLines(text, n).map(([from, to]) => structuredClone(spotPart(text, options, from, to))),
    options,
  );

describe('cutAtLines', () => {
  it('cuts at line starts into parts that cover the text in order', () => {
    const text = 'one\ntwo two\nthree\nfour four four\nfive\n';
    for (const n of [1, 2, 3, 4]) {
      const parts = cutAtLines(text, n);
      expect(parts[0]?.[0]).toBe(0);
      expect(parts.at(-1)?.[1]).toBe(text.length);
      for (const [k, [from, to]] of parts.entries()) {
        expect(from).toBeLessThan(to);
        expect(from === 0 || text[from - 1] === '\n').toBe(true);
        if (k > 0) expect(parts[k - 1]?.[1]).toBe(from);
      }
    }
    // the first line break at or after the middle (19) ends the first part
    expect(cutAtLines(text, 2)).toEqual([
      [0, 33],
      [33, text.length],
    ]);
  });

  it('cuts a range of the text, from a line start, the same way', () => {
    const text = 'zero\none one\ntwo\nthree three\nfour\nfive five five\n';
    const from = text.indexOf('two');
    const to = text.indexOf('five');
    const pieces = cutAtLines(text, 3, from, to);
    expect(pieces[0]?.[0]).toBe(from);
    expect(pieces.at(-1)?.[1]).toBe(to);
    for (const [k, [a, b]] of pieces.entries()) {
      expect(text[a - 1]).toBe('\n');
      expect(a).toBeLessThan(b);
      if (k > 0) expect(pieces[k - 1]?.[1]).toBe(a);
    }
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('gives fewer parts than asked when the text has too few lines', () => {
    expect(cutAtLines('one long line with no break', 3)).toEqual([[0, 27]]);
    expect(cutAtLines('a\nb', 8).length).toBeLessThanOrEqual(2);
  });
});

describe('spotting in parts', () => {
  const articles = labelledArticles();
  // over 100,000 characters: the long-article path, first-pass tags and names tagged again
  const long = [SAMPLE, ...articles, SAMPLE.replaceAll('Habeck', 'Habek')].join('\n');
  // the whole text spotted at once, which both comparisons below are held to: spotted once
  let spottedWhole: ReturnType<typeof spotClaims> | undefined;
  const whole = () => (spottedWhole ??= spotClaims(long, { people: REFERENCE_PEOPLE }));

  it('gives exactly what spotting the whole text gives, with and without fast tagging', () => {
    expect(long.length).toBeGreaterThan(100_000);
    const options: SpotOptions = { people: REFERENCE_PEOPLE };
    expect(whole().filter(s => s.kind === 'name').length).toBeGreaterThan(0);
    for (const n of [2, 3]) expect(inParts(long, n, options)).toEqual(whole());

    const short = [SAMPLE, ...articles].join('\n');
    const full: SpotOptions = { people: REFERENCE_PEOPLE, tagging: 'full' };
    expect(inParts(short, 2, full)).toEqual(spotClaims(short, full));
  }, 120_000);

  it('gives the same in many small pieces merged, as a worker spots a long text bit by bit', () => {
    const options: SpotOptions = { people: REFERENCE_PEOPLE };
    const [first, second] = cutAtLines(long, 2) as [[number, number], [number, number]];
    // the second part in 40 pieces, as a paused worker would spot it
    const pieces = cutAtLines(long, 40, ...second).map(([a, b]) => spotPart(long, options, a, b));
    expect(pieces.length).toBeGreaterThan(20);
    const merged = structuredClone(mergeParts(pieces));
    expect(joinParts(long, [spotPart(long, options, ...first), merged], options)).toEqual(whole());
  }, 120_000);

  it('flags a name whose two spellings fall in different parts', () => {
    const right = 'Mara Ostendorf, the harbour master, opened the new quay on Monday.';
    const wrong = 'Later, Mara Ostendorff said the quay had cost 40 million euros.';
    const text = [right, right, right, 'The weather was fine.', wrong].join('\n');
    const parts = cutAtLines(text, 2);
    // the cut separates them
    expect(text.slice(...(parts[0] as [number, number]))).not.toContain('Ostendorff');
    const options: SpotOptions = { people: REFERENCE_PEOPLE, tagging: 'fast' };
    const names = inParts(text, 2, options).filter(s => s.kind === 'name');
    expect(names.map(s => `${s.exact} → ${s.correction}`)).toEqual([
      'Mara Ostendorff → Mara Ostendorf',
    ]);
  });
});

describe('spotWorkerCount', () => {
  it('uses one worker for an article under 100,000 characters', () => {
    expect(spotWorkerCount(99_000, 8, false)).toBe(1);
    expect(spotWorkerCount(99_000, 8, true)).toBe(1);
  });

  it('leaves a core to the page, and uses at most three', () => {
    expect(spotWorkerCount(150_000, 1, false)).toBe(1);
    expect(spotWorkerCount(150_000, 2, false)).toBe(1);
    expect(spotWorkerCount(150_000, 4, false)).toBe(3);
    expect(spotWorkerCount(150_000, 16, false)).toBe(3);
  });

  it('takes every core for a text spotted only in the reviewer’s pauses', () => {
    expect(spotWorkerCount(1_000_000, 1, true)).toBe(1);
    expect(spotWorkerCount(1_000_000, 2, true)).toBe(2);
    expect(spotWorkerCount(1_000_000, 8, true)).toBe(3);
  });
});
