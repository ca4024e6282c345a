import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../src/model/anchor';
import { anchorAll } from '../../../src/model/anchor-all';
import { CONTEXT_LENGTH, describe } from '../../../src/model/describe';
import { CodePointIndex, textOffset } from '../../../src/model/offsets';

const RUNS = { numRuns: 1000 };

/** Words from several scripts, with emoji, combining marks and right-to-left text. */
const word = fc.constantFrom(
  'ministry',
  'export',
  'controls',
  'Nishimura',
  'Raimondo',
  'semiconductor',
  'Beijing',
  'request',
  '岸田文雄',
  '東京エレクトロン',
  'الوزارة',
  'שר',
  'café',
  'Ŝanĝo',
  'e\u0301te\u0301',
  '🇯🇵',
  '🚀',
  '👍🏽',
  'ASML',
  '2022',
  '10.5%',
  'first',
  'the',
  'of',
  'a',
  'and',
);
const text = fc.array(word, { minLength: 30, maxLength: 120 }).map(ws => ws.join(' '));

/** A text, a quote in it (whole code points), and an edit somewhere (it may leave the quote alone or not). */
const scenario = text.chain(t => {
  const cps = [...t];
  return fc
    .record({
      start: fc.nat({ max: cps.length - 2 }),
      length: fc.integer({ min: 1, max: 40 }),
      editAt: fc.nat({ max: cps.length }),
      removed: fc.nat({ max: 30 }),
      inserted: fc.array(word, { maxLength: 8 }).map(ws => ws.join(' ')),
    })
    .map(r => ({ text: t, cps, ...r, end: Math.min(cps.length, r.start + r.length) }));
});

suite('anchoring, by property', () => {
  it('anchors a target on its own text exactly where it was described', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, start, end }) => {
        const index = new CodePointIndex(t);
        const target = describe(index, { start: textOffset(start), end: textOffset(end) });
        expect(anchor(index, target)).toMatchObject({
          start,
          end,
          method: 'position',
          confidence: 1,
        });
      }),
      RUNS,
    );
  });

  it('after an edit that touches neither the quote nor its context, anchors exactly where it moved', () => {
    fc.assert(
      fc.property(scenario, ({ text: t, cps, start, end, editAt, removed, inserted }) => {
        const before = start - CONTEXT_LENGTH;
        const after = end + CONTEXT_LENGTH;
        const editEnd = Math.min(cps.length, editAt + removed);
        fc.pre(editEnd < before || editAt > after); // the edit keeps clear of quote and context
        const target = describe(new CodePointIndex(t), {
          start: textOffset(start),
          end: textOffset(end),
        });
        const edited = [...cps.slice(0, editAt), ...inserted, ...cps.slice(editEnd)].join('');
        // a quote that repeats is told apart by its context, which anchor.test.ts covers; here it occurs once
        fc.pre(edited.indexOf(target.exact) === edited.lastIndexOf(target.exact));
        const shift = editAt < start ? [...inserted].length - (editEnd - editAt) : 0;
        const index = new CodePointIndex(edited);
        const [found] = anchorAll(index, [target]);
        expect(found).toMatchObject({ start: start + shift, end: end + shift, confidence: 1 });
        expect(index.slice(start + shift, end + shift)).toBe(target.exact);
      }),
      RUNS,
    );
  });
});
