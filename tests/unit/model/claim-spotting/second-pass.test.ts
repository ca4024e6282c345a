// What issue 21's second pass taught the spotter, one sentence (or one short article) each.
// Written for these tests; none is from a labelled set, the held-out ones least of all.
import { describe, expect, it } from 'vitest';
import { REFERENCE_PEOPLE } from '../../../../src/model/claim-spotting/reference';
import { spotClaims } from '../../../../src/model/claim-spotting/spot';
import { storyOf } from '../../../../src/model/claim-spotting/story';

const claims = (text: string, threshold?: number) =>
  spotClaims(text, { people: REFERENCE_PEOPLE, ...(threshold !== undefined && { threshold }) })
    .filter(s => s.kind === 'claim')
    .map(s => s.exact);

describe('spotClaims and a fact-check’s quoted claims', () => {
  it.each([
    'CARVER: “We cut property taxes for every family in this county.”',
    'HOLM: “I have never accepted a cent from the gambling lobby.”',
  ])('suggests “%s”, first person and no number', text => {
    expect(claims(text)).toEqual([text]);
  });
});

describe('spotClaims and “whether”', () => {
  it.each([
    'The ministry did not say whether the plant could close.',
    'A spokesman declined to say whether the bridge might reopen in the spring.',
  ])('does not read the question in “%s” as a forecast', text => {
    expect(claims(text)).toEqual([text]);
  });
});

describe('spotClaims and plain facts with no number', () => {
  it.each([
    'The grant is not available to landlords.',
    'Flu is usually milder in children than in older adults.',
  ])('suggests “%s”', text => {
    expect(claims(text)).toEqual([text]);
  });
});

describe('spotClaims and what is not a claim', () => {
  it.each([
    'Do not feed the birds, and report a dead one to the council.',
    'In the kitchen, Ada pours three cups of tea.',
  ])('does not suggest advice or a scene told in the present: “%s”', text => {
    expect(claims(text)).toEqual([]);
  });
});

describe('spotClaims and how the article is told', () => {
  const colour = 'Ilse Marken has run the harbour café for 14 years.';
  const feature = [
    colour,
    '“The boats come and go,” she says.',
    '“I know every skipper by name,” she says, pouring coffee.',
    'Her son fishes too, she says.',
  ].join('\n');
  const report = [
    colour,
    'The council said the harbour would be dredged in March.',
    'Officials said the work would cost €2m, the mayor told reporters.',
    'Three boats were damaged in the storm, the coastguard said.',
  ].join('\n');
  const scoreOf = (text: string) =>
    spotClaims(text, { people: REFERENCE_PEOPLE, threshold: 0 }).find(s => s.exact === colour)
      ?.score ?? 0;

  it('knows a feature told in the present from a report told in the past', () => {
    expect(storyOf(feature).toldInPresent).toBe(true);
    expect(storyOf(report).toldInPresent).toBe(false);
  });

  it('scores the same sentence lower in a feature than in a report', () => {
    expect(scoreOf(feature)).toBeLessThan(scoreOf(report));
  });
});
