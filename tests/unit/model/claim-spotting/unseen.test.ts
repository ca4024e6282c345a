// The kinds of mistakes issue 21 found on text the spotter had never seen, one sentence each
// (written for these tests after the examples; none is from the held-out set).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText, readLabelled, SETS } from '../../../../scripts/eval-claims';
import { REFERENCE_PEOPLE } from '../../../../src/model/claim-spotting/reference';
import { spotClaims } from '../../../../src/model/claim-spotting/spot';
import { CodePointIndex } from '../../../../src/model/offsets';

const spot = (text: string) => spotClaims(text, { people: REFERENCE_PEOPLE });
const claims = (text: string) => spot(text).filter(s => s.kind === 'claim');
const names = (text: string) => spot(text).filter(s => s.kind === 'name');

describe('spotClaims on lines that come with an article', () => {
  const lines = [
    'Key events',
    'By Ana Ruiz and Tom Ellis in Madrid',
    'Published October 21',
    '10.42 BST',
    'Photograph: Mark Carey/Reuters',
    'Related: Why the yen fell to a 34-year low',
    '($1 = 139.2 yen)',
  ];
  // each artefact stands on its own line next to a sentence full of checkable facts
  const fact =
    'The central bank raised its key rate to 0.5 percent on Tuesday, the first rise since 2007.';
  const text = lines.flatMap(l => [l, fact]).join('\n');

  it.each(lines)('never suggests “%s”', line => {
    const start = text.indexOf(line);
    const end = start + line.length;
    const covering = claims(text).filter(s => s.start < end && s.end > start);
    expect(covering.map(s => s.exact)).toEqual([]);
  });

  it('still suggests the facts between them, each as its own line', () => {
    expect(claims(text).map(s => s.exact)).toEqual(lines.map(() => fact));
  });
});

describe('spotClaims and colour with a number', () => {
  it.each([
    'It is seven in the morning, and the harbour is still dark.',
    'The road climbs for eleven kilometres through the pines.',
    'Four winters ago, she moved back to the village.',
    'I have been at the station since 8am yesterday.',
    '“My father fished these waters for 50 years,” said Tom Reilly, 71.',
  ])('does not suggest “%s”', text => {
    expect(claims(text)).toEqual([]);
  });
});

describe('spotClaims and judgements or forecasts by people with roles', () => {
  it.each([
    'Commission President Ursula von der Leyen said it had been “a good night for Europe”.',
    'Finance Minister Satsuki Katayama said the government was watching currency moves “with a high sense of urgency”.',
    'The first payments could be paid out within weeks, the minister said.',
    'Chief executive Anna Berg said she was confident the company would double its sales by 2030.',
  ])('does not suggest “%s”', text => {
    expect(claims(text)).toEqual([]);
  });
});

describe('spotClaims on plain facts and quoted claims', () => {
  it.each([
    'None of them raised income or sales taxes.',
    'The bureau does not publish a price index for Michigan alone.',
    'Any change to the budget rules requires unanimity.',
    '“My opponent voted to raise your taxes four times,” Rubin said.',
    'The plant employs 1,150 people, though the company may cut jobs next year.',
    'The inquiry examined whether the ministry broke procurement rules in 2024.',
  ])('suggests “%s”', text => {
    expect(claims(text).map(s => s.exact)).toEqual([text]);
  });
});

describe('garbled names and look-alikes', () => {
  it.each([
    [
      'a different role',
      'Anita Anandan, a nurse at Leicester Royal Infirmary, said the ward had 12 empty beds.',
    ],
    [
      'a role in a clause',
      'Alicia Barrera, who runs a migrant shelter in Tijuana, said 40 people arrived on Monday.',
    ],
    ['a photo credit', 'Photo: Mark Carey/Reuters'],
    ['a credit line', 'Photographs by Mark Carey'],
    ['“no relation”', 'Giorgio Meloni (no relation) runs a trattoria in Turin.'],
    [
      'a given name of the other gender',
      'Maria Draghi said she had voted for the first time in 1974.',
    ],
  ])('does not flag a private person one letter from an office holder: %s', (_, text) => {
    expect(names(text).map(s => s.exact)).toEqual([]);
  });

  it.each([
    ['Prime Minister Mark Carny said the deal was done.', 'Mark Carny', 'Mark Carney'],
    [
      'Foreign Minister Anita Anandan met her counterpart on Monday.',
      'Anita Anandan',
      'Anita Anand',
    ],
    [
      'Alicia Bárcana, Mexico’s former foreign secretary, spoke first.',
      'Alicia Bárcana',
      'Alicia Bárcena',
    ],
  ])('still flags a garbled office holder: %s', (text, exact, correction) => {
    expect(names(text).map(s => [s.exact, s.correction])).toEqual([[exact, correction]]);
  });

  it('keeps apart two people whose given names are of two genders', () => {
    const text =
      'Giorgio Bassi opened the bakery in 1990. Giorgio Bassi still bakes every night. His sister, Giorgia Bassi, keeps the accounts.';
    expect(names(text)).toEqual([]);
  });

  it('reads an ASCII spelling of a dotless ı as the same name', () => {
    expect(names('Vice President Cevdet Yilmaz flew to Van on Tuesday.')).toEqual([]);
  });
});

describe('how much of an article is underlined', () => {
  const SAMPLE = readFileSync(
    new URL('../../../../public/samples/us-japan-chip-controls.txt', import.meta.url),
    'utf8',
  );

  it('gives the sample its four required suggestions', () => {
    const found = spot(SAMPLE);
    const has = (words: string) => found.some(s => s.kind === 'claim' && s.exact.includes(words));
    expect(has('believed to be the ministry’s first in this regard')).toBe(true);
    expect(has('leading positions in the world market')).toBe(true);
    expect(has('In October, the US initiated expanded controls')).toBe(true);
    expect(found.some(s => s.exact === 'Robert Hallbeck' && s.correction === 'Robert Habeck')).toBe(
      true,
    );
  });

  it('underlines strong claims in at most about a third of the sentences of news articles', () => {
    // issue 8's ten articles: news of several kinds, each sentence labelled
    let sentences = 0;
    let underlined = 0;
    for (const a of readLabelled(SETS.tunedOn)) {
      const text = articleText(a);
      const index = new CodePointIndex(text);
      const strong = spot(text)
        .filter(s => s.kind === 'claim' && s.strength === 'strong')
        .map(s => ({ start: index.toIndex(s.start), end: index.toIndex(s.end) }));
      let at = 0;
      for (const s of a.sentences) {
        const start = text.indexOf(s.text, at);
        at = start + s.text.length;
        sentences++;
        if (strong.some(c => c.start < at && c.end > start)) underlined++;
      }
    }
    expect(underlined / sentences).toBeLessThanOrEqual(1 / 3);
  });

  it('underlines strong suggestions in at most a third of the sample’s sentences', () => {
    const sentences = SAMPLE.split('\n').filter(l => l.trim()).length;
    const strong = spot(SAMPLE).filter(s => s.kind === 'claim' && s.strength === 'strong');
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.length).toBeLessThanOrEqual(sentences / 3);
  });
});
