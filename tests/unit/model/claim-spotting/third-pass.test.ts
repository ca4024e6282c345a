// The name mistakes the second held-out set showed (issue 21, third pass), one small text each
// (written for these tests; none is from a labelled set).
import { describe, expect, it } from 'vitest';
import { REFERENCE_PEOPLE } from '../../../../src/model/claim-spotting/reference';
import { spotClaims } from '../../../../src/model/claim-spotting/spot';

const names = (text: string, tagging: 'full' | 'fast' = 'full') =>
  spotClaims(text, { people: REFERENCE_PEOPLE, tagging })
    .filter(s => s.kind === 'name')
    .map(s => `${s.exact} → ${s.correction ?? ''}`);

describe('findGarbledNames reads what the text says of a person', () => {
  it('takes the role after an age for a private person’s', () => {
    const text =
      '“The water came up in minutes,” said Penny Wonge, a 58-year-old shop owner whose stock was ruined.';
    expect(names(text)).toEqual([]);
    // the same spelling with an office's title is a slip
    expect(names('Foreign Minister Penny Wonge flew to Jakarta on Monday.')).toEqual([
      'Penny Wonge → Penny Wong',
    ]);
  });

  it('reads “no relation” in the sentence after the name', () => {
    const text =
      'Richard Marls, 64, sells onions from a van in Geelong.\nHe is no relation to the deputy prime minister, he says.';
    expect(names(text)).toEqual([]);
    expect(names(text.split('\n')[0] as string)).toEqual(['Richard Marls → Richard Marles']);
  });

  it('reads “no relation” said of the surname alone, sentences later', () => {
    const text =
      'Keir Stamer opened the chip shop in 1998.\nIt is busy on Fridays.\nStamer, no relation to the prime minister, still fries every order himself.';
    expect(names(text)).toEqual([]);
    expect(names(text, 'fast')).toEqual([]);
  });

  it('does not carry “no relation” past the sentence right before', () => {
    const text =
      'Keir Stamer met the mayor on Monday.\nThe town hall was full.\nShe is no relation to the minister.';
    expect(names(text)).toEqual(['Keir Stamer → Keir Starmer']);
  });
});

describe('findGarbledNames after a title', () => {
  it.each([
    [
      'Reserve Bank Governor Andrew Baily said on Tuesday that rates would hold.',
      'Andrew Baily → Andrew Bailey',
    ],
    ['Secretary of State Marco Rubeo met his counterpart in Ottawa.', 'Marco Rubeo → Marco Rubio'],
  ])('finds the name at the end of “%s”', (text, flag) => {
    expect(names(text)).toEqual([flag]);
  });

  it('takes a party before a name for a title, so two spellings are counted', () => {
    const text = [
      'Democrat Sara Lindgren and Republican Tom Weller met for their only debate on Tuesday.',
      'Lindgren voted against the budget twice.',
      'Sara Lindgreen said she would cut the sales tax.',
    ].join('\n');
    expect(names(text)).toEqual(['Sara Lindgreen → Sara Lindgren']);
  });
});

describe('spotClaims and a fact-check’s or a wire’s furniture', () => {
  const fact = 'Exports rose 4.1% in October to 312 billion rand, the statistics agency said.';
  it.each([
    'DURBAN, Oct 3',
    'LAGOS, Nigeria, March 9 (Wire)',
    'THE FACTS: Mostly true, as the records show.',
  ])('never suggests “%s” on a line of its own', line => {
    const found = spotClaims(`${line}\n${fact}`, { people: REFERENCE_PEOPLE })
      .filter(s => s.kind === 'claim')
      .map(s => s.exact);
    expect(found).toEqual([fact]);
  });
});
