import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VERDICT_SCALE,
  MAX_VERDICTS,
  VERDICT_CUES,
  freeCues,
  hasCountedVerdict,
  isClaimChecked,
  newVerdictId,
  parseScale,
  validateScale,
  type Verdict,
} from '../../../src/model/verdict-scale';

const verdict = (id: string, patch: Partial<Verdict> = {}): Verdict => ({
  id,
  label: id,
  color: '#444444',
  countsAsChecked: true,
  ...patch,
});
const messages = (scale: readonly Verdict[]) => validateScale(scale).map(p => p.message);

describe('the default verdict scale', () => {
  it('keeps the ids, labels and colours of the default scale', () => {
    expect(DEFAULT_VERDICT_SCALE.map(v => [v.id, v.label, v.color])).toEqual([
      ['true', 'True', '#2f7d4f'],
      ['mostly-true', 'Mostly true', '#4f8f3a'],
      ['mixed', 'Mixed / needs context', '#a57c12'],
      ['misleading', 'Misleading', '#b8621b'],
      ['mostly-false', 'Mostly false', '#b5452f'],
      ['false', 'False', '#a3283a'],
      ['unverifiable', 'Unverifiable', '#6b6480'],
    ]);
  });

  it('counts every verdict as checked, the unverifiable one too', () => {
    expect(DEFAULT_VERDICT_SCALE.every(v => v.countsAsChecked)).toBe(true);
  });

  it('is valid', () => {
    expect(validateScale(DEFAULT_VERDICT_SCALE)).toEqual([]);
  });

  it('has a distinct cue for each of the longest scale’s places', () => {
    expect(new Set(VERDICT_CUES).size).toBe(MAX_VERDICTS);
    expect(MAX_VERDICTS).toBe(9);
  });
});

describe('validateScale', () => {
  it('wants two to nine verdicts', () => {
    expect(messages([verdict('a')])).toEqual(['A scale has 2 to 9 verdicts, not 1.']);
    const ten = Array.from({ length: 10 }, (_, i) => verdict(`v${i}`));
    expect(messages(ten)).toEqual(['A scale has 2 to 9 verdicts, not 10.']);
  });

  it.each([
    ['an empty id', [verdict('', { label: 'A' }), verdict('b')], 'Verdict 1 has no id.'],
    [
      'a repeated id',
      [verdict('a'), verdict('a', { label: 'A2' })],
      'Verdict 2 repeats the id “a”.',
    ],
    ['an empty label', [verdict('a', { label: '  ' }), verdict('b')], 'Verdict 1 needs a label.'],
    [
      'a long label',
      [verdict('a'), verdict('b', { label: 'x'.repeat(61) })],
      'Verdict 2’s label is longer than 60 characters.',
    ],
    [
      'a label repeated in another case',
      [verdict('a', { label: 'False' }), verdict('b', { label: 'false' })],
      'Two verdicts are labelled “false”.',
    ],
    [
      'a short colour',
      [verdict('a', { color: '#fff' }), verdict('b')],
      'Verdict 1’s colour is not of the form #rrggbb.',
    ],
    [
      'a named colour',
      [verdict('a'), verdict('b', { color: 'red' })],
      'Verdict 2’s colour is not of the form #rrggbb.',
    ],
    [
      'a rating out of range',
      [verdict('a', { ratingValue: 7 }), verdict('b')],
      'Verdict 1’s rating is not a whole number from 1 to 6.',
    ],
    [
      'a fractional rating',
      [verdict('a', { ratingValue: 2.5 }), verdict('b')],
      'Verdict 1’s rating is not a whole number from 1 to 6.',
    ],
    [
      'a repeated rating',
      [verdict('a', { ratingValue: 3 }), verdict('b', { ratingValue: 3 })],
      'Two verdicts have the rating 3.',
    ],
  ])('refuses %s', (_, scale, message) => {
    expect(messages(scale)).toEqual([message]);
  });

  it('refuses two verdicts drawn alike, and a line style that does not exist', () => {
    expect(messages([verdict('a', { cue: 2 }), verdict('b', { cue: 2 })])).toEqual([
      'Two verdicts are drawn with a dashed underline.',
    ]);
    expect(messages([verdict('a', { cue: 9 }), verdict('b')])).toEqual([
      'Verdict 1’s line style is not one of the 9.',
    ]);
  });

  it('lists the line styles no verdict takes', () => {
    expect(freeCues([{ cue: 0 }, { cue: 2 }, {}])).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });

  it('allows several verdicts without a rating', () => {
    expect(messages([verdict('a'), verdict('b'), verdict('c', { ratingValue: 1 })])).toEqual([]);
  });

  it('points at the verdict and field to fix', () => {
    expect(validateScale([verdict('a'), verdict('b', { color: 'x' })])).toEqual([
      { index: 1, field: 'color', message: 'Verdict 2’s colour is not of the form #rrggbb.' },
    ]);
  });
});

describe('parseScale', () => {
  it('keeps the known fields, trims labels and lower-cases colours', () => {
    const parsed = parseScale([
      { id: 'a', label: ' A ', color: '#ABCDEF', countsAsChecked: false, extra: 1 },
      { id: 'b', label: 'B', ratingValue: 2, color: '#000000', countsAsChecked: true },
    ]);
    expect(parsed).toEqual({
      ok: true,
      scale: [
        { id: 'a', label: 'A', color: '#abcdef', countsAsChecked: false, cue: 0 },
        { id: 'b', label: 'B', ratingValue: 2, color: '#000000', countsAsChecked: true, cue: 1 },
      ],
    });
  });

  it('gives a scale stored without line styles the style of each place, or a free one', () => {
    const parsed = parseScale([verdict('a'), verdict('b', { cue: 0 }), verdict('c')]);
    expect(parsed.ok && parsed.scale.map(v => v.cue)).toEqual([1, 0, 2]);
  });

  it('keeps each verdict’s line style wherever it moves on the scale', () => {
    const parsed = parseScale([verdict('b', { cue: 4 }), verdict('a', { cue: 0 })]);
    expect(parsed.ok && parsed.scale.map(v => [v.id, v.cue])).toEqual([
      ['b', 4],
      ['a', 0],
    ]);
  });

  it('refuses what is not a list of verdicts', () => {
    expect(parseScale(undefined)).toMatchObject({ ok: false });
    expect(parseScale({ 0: verdict('a') })).toMatchObject({ ok: false });
    expect(parseScale([verdict('a'), { id: 'b', label: 'B', color: '#000000' }])).toEqual({
      ok: false,
      problems: [{ index: 1, message: 'Verdict 2 is malformed.' }],
    });
  });

  it('refuses a well-formed scale that does not validate', () => {
    expect(parseScale([verdict('a')])).toMatchObject({ ok: false });
  });
});

describe('newVerdictId', () => {
  it.each([
    ['Half true', [], 'half-true'],
    ['  Größtenteils falsch! ', [], 'großtenteils-falsch'],
    ['Faux', ['faux'], 'faux-2'],
    ['Faux', ['faux', 'faux-2'], 'faux-3'],
    ['???', [], 'verdict'],
    ['', ['verdict'], 'verdict-2'],
  ])('makes %j, with %j taken, into %j', (label, taken, id) => {
    expect(newVerdictId(label, taken)).toBe(id);
  });

  it('keeps ids short', () => {
    expect(newVerdictId('word '.repeat(30), []).length).toBeLessThanOrEqual(40);
  });
});

describe('isClaimChecked', () => {
  const scale = [verdict('final'), verdict('pending', { countsAsChecked: false })];

  it('counts a claim marked checked', () => {
    expect(isClaimChecked({ kind: 'claim', status: 'checked' })).toBe(true);
  });

  it('does not count an open claim, whatever its verdict: status means status', () => {
    const withFinalVerdict = { kind: 'claim', status: 'open', verdict: 'final' } as const;
    expect(isClaimChecked(withFinalVerdict)).toBe(false);
    expect(isClaimChecked({ kind: 'claim', status: 'open' })).toBe(false);
  });

  it('counts no comment or correction', () => {
    expect(isClaimChecked({ kind: 'comment', status: 'checked' })).toBe(false);
  });

  it('tells a claim with a verdict that counts apart, whatever its status', () => {
    expect(hasCountedVerdict({ kind: 'claim', verdict: 'final' }, scale)).toBe(true);
    expect(hasCountedVerdict({ kind: 'claim', verdict: 'pending' }, scale)).toBe(false);
    expect(hasCountedVerdict({ kind: 'claim', verdict: 'gone' }, scale)).toBe(false);
    expect(hasCountedVerdict({ kind: 'claim' }, scale)).toBe(false);
    expect(hasCountedVerdict({ kind: 'comment', verdict: 'final' }, scale)).toBe(false);
  });
});
