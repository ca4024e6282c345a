import { describe, expect, it } from 'vitest';
import { anchor } from '../../../src/model/anchor';
import { anchorAll } from '../../../src/model/anchor-all';
import { describe as describeRange } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';
import type { Target } from '../../../src/model/types';

const SENTENCES = [
  'Olaf Scholz said on Monday that the rail operator would expand the network by 2030.',
  'According to Eurostat, rents climbed sharply to 4.2 percent in March 📈.',
  '“The figures are misleading”, 李强 told reporters in 北京.',
  'Critics, including Zoë Dubois, argue that the plan is unaffordable.',
];
/** Forty paragraphs of the sentences above, each numbered so no two are alike. */
const ARTICLE = Array.from({ length: 40 }, (_, p) => `¶${p} ${SENTENCES.join(' ')}`).join('\n');

/** One target per sentence of every paragraph. */
function targetsOf(text: string): Target[] {
  const index = new CodePointIndex(text);
  const targets: Target[] = [];
  for (const sentence of SENTENCES) {
    for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + 1)) {
      const range = { start: index.toOffset(at), end: index.toOffset(at + sentence.length) };
      targets.push(describeRange(index, range));
    }
  }
  return targets;
}

describe('anchorAll', () => {
  const targets = targetsOf(ARTICLE);

  it('returns one result per target, in the order given', () => {
    const index = new CodePointIndex(ARTICLE);
    const results = anchorAll(index, targets);
    expect(results).toHaveLength(targets.length);
    results.forEach((r, i) => {
      expect(r).toMatchObject({
        method: 'position',
        start: targets[i]?.start,
        end: targets[i]?.end,
      });
    });
  });

  it('follows every target past a long insertion near the start', () => {
    const inserted = `${'Breaking 🔔 news from the wires. '.repeat(700)}\n`;
    const at = ARTICLE.indexOf('\n') + 1;
    const text = ARTICLE.slice(0, at) + inserted + ARTICLE.slice(at);
    const shift = [...inserted].length;
    const results = anchorAll(new CodePointIndex(text), targets);
    results.forEach((r, i) => {
      const t = targets[i] as Target;
      const moved = t.start >= [...ARTICLE.slice(0, at)].length ? shift : 0;
      expect(r).toMatchObject({ start: t.start + moved, end: t.end + moved });
    });
  });

  it('after scattered edits finds all that anchor alone finds, at the same places, and more', () => {
    const text = ARTICLE.replaceAll('sharply', 'steeply')
      .replace('¶7 ', '¶7 (updated) ')
      .replace(
        `¶20 ${SENTENCES[0]}`,
        '¶20 The rail network will not grow before 2040, officials admit.',
      );
    const index = new CodePointIndex(text);
    const batch = anchorAll(index, targets);
    const alone = targets.map(t => anchor(index, t));
    alone.forEach((r, i) => {
      if (r.method !== 'orphan') expect(batch[i]).toEqual(r);
    });
    // ¶20: the rewritten sentence, and the edited one after it, whose prefix was rewritten too
    expect(batch.filter(r => r.method === 'orphan').length).toBe(2);
    expect(batch.filter(r => r.method === 'fuzzy').length).toBe(39);
    // alone, a target cannot tell its passage from the same sentence in another paragraph
    expect(alone.filter(r => r.method === 'orphan').length).toBeGreaterThan(2);
  });

  it('orphans rather than search the whole text again for a target its neighbours place', () => {
    const index = new CodePointIndex(ARTICLE);
    const gone = { ...(targets[0] as Target), exact: 'a sentence that never existed here' };
    expect(anchorAll(index, [gone, ...targets.slice(1)])[0]?.method).toBe('orphan');
  });

  it('handles no targets and unsorted targets', () => {
    const index = new CodePointIndex(ARTICLE);
    expect(anchorAll(index, [])).toEqual([]);
    const reversed = [...targets].reverse();
    expect(anchorAll(index, reversed).map(r => (r.method === 'orphan' ? -1 : r.start))).toEqual(
      reversed.map(t => t.start),
    );
  });

  it('keeps working with positions that are not numbers', () => {
    const index = new CodePointIndex(ARTICLE);
    // the first sentence of ¶5, which its prefix ("…¶5 ") tells from the other paragraphs'
    const odd = { ...(targets[5] as Target), start: textOffset(NaN), end: textOffset(NaN) };
    expect(anchorAll(index, [odd])[0]).toMatchObject({ method: 'quote', start: targets[5]?.start });
  });
});
