import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleText,
  evaluateAll,
  evaluateHeldOut,
  prf,
  readLabelled,
  SETS,
  sum,
} from '../../../../scripts/eval-claims';
import { REFERENCE_PEOPLE } from '../../../../src/model/claim-spotting/reference';
import { spotClaims } from '../../../../src/model/claim-spotting/spot';
import type { Suggestion } from '../../../../src/model/claim-spotting/types';
import { CodePointIndex } from '../../../../src/model/offsets';

const SAMPLE = readFileSync(
  new URL('../../../../public/samples/us-japan-chip-controls.txt', import.meta.url),
  'utf8',
);
const spot = (text: string) => spotClaims(text, { people: REFERENCE_PEOPLE });
const claims = (text: string) => spot(text).filter(s => s.kind === 'claim');
const claimWith = (found: Suggestion[], words: string) =>
  found.find(s => s.kind === 'claim' && s.exact.includes(words));

describe('spotClaims on the sample article', () => {
  const found = spot(SAMPLE);

  it('suggests the first-of-its-kind, leading-positions and October sentences', () => {
    expect(claimWith(found, 'believed to be the ministry’s first in this regard')).toBeDefined();
    expect(claimWith(found, 'leading positions in the world market')).toBeDefined();
    expect(claimWith(found, 'In October, the US initiated expanded controls')).toBeDefined();
  });

  it('gives each claim its reasons', () => {
    const first = claimWith(found, 'the ministry’s first');
    expect(first?.reasons).toContain('superlative or first');
    expect(first?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('flags Robert Hallbeck with the reference spelling Robert Habeck', () => {
    const name = found.find(s => s.kind === 'name' && s.exact === 'Robert Hallbeck');
    expect(name?.correction).toBe('Robert Habeck');
    expect(name?.reasons.join(' ')).toContain('close to Robert Habeck');
  });

  it('does not flag the correctly spelled office holders', () => {
    const names = found.filter(s => s.kind === 'name').map(s => s.exact);
    expect(names).not.toContain('Gina Raimondo');
    expect(names).not.toContain('Yasutoshi Nishimura');
  });

  it('lists suggestions in reading order', () => {
    const starts = found.map(s => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives the same ids on every run', () => {
    expect(spot(SAMPLE).map(s => s.id)).toEqual(found.map(s => s.id));
    expect(new Set(found.map(s => s.id)).size).toBe(found.length);
  });
});

describe('spotClaims offsets', () => {
  it('counts code points, so emoji before the article shift it by one per code point', () => {
    const plain = spot(SAMPLE);
    const text = `🇯🇵 📈\n${SAMPLE}`; // a flag is two code points, the chart one, a space and a newline
    const shifted = spot(text);
    const index = new CodePointIndex(text);
    expect(shifted.map(s => s.exact)).toEqual(plain.map(s => s.exact));
    for (const [i, s] of shifted.entries()) {
      expect(index.slice(s.start, s.end)).toBe(s.exact);
      expect(s.start - (plain[i] as Suggestion).start).toBe(5);
    }
  });

  it('keeps offsets right with emoji inside and curly quotes around a sentence', () => {
    const text =
      'Fans cheered 🎉🎉. “Unemployment rose to 5.2 percent in March 📈,” Eurostat said.';
    const index = new CodePointIndex(text);
    const found = claims(text);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(index.slice(s.start, s.end)).toBe(s.exact);
    expect(found.some(s => s.exact.startsWith('“Unemployment rose'))).toBe(true);
  });
});

describe('spotClaims leaves out what cannot be checked', () => {
  it.each([
    ['a question', 'Will the government really cut taxes by 5 percent next year?'],
    ['an opinion', 'In my view the new stadium is a disgrace and should be torn down.'],
    ['a prediction', 'Analysts expect the company to return to profit in 2027 at the earliest.'],
    ['first-person experience', 'I have lived in this town for 30 years and I love it.'],
    ['a feeling', '“We were honestly thrilled when we saw the results,” she said.'],
  ])('does not suggest %s', (_, text) => {
    expect(claims(text)).toEqual([]);
  });

  it('suggests a plain statistic with its source', () => {
    const [s] = claims('Unemployment rose to 5.2 percent in March, according to Eurostat.');
    expect(s?.reasons).toEqual(expect.arrayContaining(['percentage', 'date', 'attribution']));
  });
});

describe('spotClaims names', () => {
  const names = (text: string) => spot(text).filter(s => s.kind === 'name');

  it('flags the rarer of two spellings of one person', () => {
    const text =
      'Katrin Vossberg led the talks. Katrin Vosberg said the offer was too low. Vossberg left at noon.';
    const [flag, ...rest] = names(text);
    expect(rest).toEqual([]);
    expect(flag?.exact).toBe('Katrin Vosberg');
    expect(flag?.correction).toBe('Katrin Vossberg');
  });

  it('does not flag another person with the same surname, or a different surname', () => {
    const text =
      'Anna Lindner spoke on Monday. Olaf Schulte, a baker, said trade was down by 10 percent.';
    expect(names(text)).toEqual([]);
  });

  it('treats an unaccented spelling of a reference name as correct', () => {
    expect(names('Turkey’s President Recep Tayyip Erdogan spoke in Ankara on Monday.')).toEqual([]);
  });

  it('flags a near miss of a reference name with the reference spelling', () => {
    const [flag] = names('Former chancellor Olaf Sholz sat in the third row on Tuesday.');
    expect(flag?.exact).toBe('Olaf Sholz');
    expect(flag?.correction).toBe('Olaf Scholz');
  });
});

describe('spotClaims at scale', () => {
  // 200 kB keeps the unit suite quick; the time for 1 MB is the bench's to measure
  it('spots 200 kB of text, with a run-on line, without throwing', () => {
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 200_000; i++) {
      const p = `${i} 🇯🇵 ${SAMPLE}`;
      paragraphs.push(p);
      size += p.length;
    }
    paragraphs.push('scraped '.repeat(20_000));
    const found = spot(paragraphs.join('\n'));
    expect(found.length).toBeGreaterThan(50);
  }, 120_000);
});

describe('fast tagging (long articles)', () => {
  const names = (text: string, tagging: 'full' | 'fast') =>
    spotClaims(text, { people: REFERENCE_PEOPLE, tagging })
      .filter(s => s.kind === 'name')
      .map(s => `${s.exact}@${s.start} → ${s.correction} (${s.reasons.join('; ')})`);

  it('judges names as the whole tagger does, on the sample and on every labelled article', () => {
    // the few sentences where a slip may be are tagged fully again: the flags must not change
    expect(names(SAMPLE, 'fast')).toEqual(names(SAMPLE, 'full'));
    expect(names(SAMPLE, 'fast').join()).toContain('Robert Hallbeck@');
    for (const folder of Object.values(SETS)) {
      for (const labelled of readLabelled(folder)) {
        const text = articleText(labelled);
        expect(names(text, 'fast'), labelled.id).toEqual(names(text, 'full'));
      }
    }
  }, 60_000);

  it('still suggests the sample’s three claims', () => {
    const found = spotClaims(SAMPLE, { people: REFERENCE_PEOPLE, tagging: 'fast' });
    expect(claimWith(found, 'believed to be the ministry’s first in this regard')).toBeDefined();
    expect(claimWith(found, 'leading positions in the world market')).toBeDefined();
    expect(claimWith(found, 'In October, the US initiated expanded controls')).toBeDefined();
  });
});

describe('the sets the weights are fitted on', () => {
  // floors a few points under what the fitted model scored on 2026-12-06 after issue 21's third
  // pass (in-sample: tuned on F1 0.93, former held-out 0.91, styles 0.94, issue 21's first
  // held-out set 0.91, its second 0.90), to catch a regression
  const sets = [
    ['tuned on', SETS.tunedOn, 0.89],
    ['former held-out', SETS.formerHeldOut, 0.88],
    ['styles', SETS.styles, 0.9],
    ['first held-out', SETS.firstHeldOut, 0.87],
    ['second held-out', SETS.secondHeldOut, 0.87],
  ] as const;
  // each set is scored once, for both tests
  const results = new Map<string, ReturnType<typeof evaluateAll>>();
  const scored = (folder: string) => {
    let r = results.get(folder);
    if (!r) results.set(folder, (r = evaluateAll(folder)));
    return r;
  };

  it.each(sets)(
    'keeps the %s set’s check-worthy sentence F1 above its floor',
    (_, folder, floor) => {
      expect(prf(sum(scored(folder).map(r => r.sentences))).f1).toBeGreaterThanOrEqual(floor);
    },
  );

  it('flags no correctly spelled name, look-alikes of office holders included', () => {
    for (const [, folder] of sets) expect(sum(scored(folder).map(r => r.names)).fp, folder).toBe(0);
  });
});

describe('the held-out evaluation set', () => {
  // issue 21's third held-out set (held-out-3/), never tuned on: floors under what was
  // measured, to catch a regression (before the third pass: F1 0.887, names 10 of 10 with 1
  // false alarm; after, on 2026-12-06: F1 0.901, names 10 of 10 with none)
  const results = evaluateHeldOut();

  it('keeps the check-worthy sentence F1 above its floor', () => {
    expect(prf(sum(results.map(r => r.sentences))).f1).toBeGreaterThanOrEqual(0.87);
  });

  it('keeps finding every garbled name, with no false alarm', () => {
    const names = sum(results.map(r => r.names));
    expect(names.fn).toBe(0);
    expect(names.fp).toBe(0);
  });
});
