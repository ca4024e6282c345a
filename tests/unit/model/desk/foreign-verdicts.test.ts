import { describe, expect, it } from 'vitest';
import {
  applyVerdictChoices,
  foreignVerdicts,
  proposedChoices,
  scaleWithAdded,
  type VerdictChoice,
} from '../../../../src/model/desk/foreign-verdicts';
import { textOffset } from '../../../../src/model/offsets';
import type { Annotation } from '../../../../src/model/types';
import {
  DEFAULT_VERDICT_SCALE,
  MAX_VERDICTS,
  validateScale,
  type VerdictScale,
} from '../../../../src/model/verdict-scale';

const ADA = { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada' };
const BEN = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const AT = '2026-11-30T00:00:00.000Z';

function claim(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: 'article',
    kind: 'claim',
    target: { start: textOffset(0), end: textOffset(4), exact: 'text', prefix: '', suffix: '' },
    note: '',
    sources: [],
    tags: [],
    status: 'open',
    creator: 'Ada',
    createdAt: AT,
    updatedAt: AT,
    history: [],
    ...fields,
  };
}

/** The file's scale: the default with "False" renamed "Wrong", and two verdicts of its own. */
const THEIR_SCALE: VerdictScale = [
  ...DEFAULT_VERDICT_SCALE.map(v => (v.id === 'false' ? { ...v, label: 'Wrong' } : v)),
  { id: 'lacks-evidence', label: 'Lacks evidence', color: '#555555', countsAsChecked: true },
  { id: 'satire', label: 'Satire', color: '#123456', ratingValue: 3, countsAsChecked: false },
];

const choices = (entries: [string, VerdictChoice][]) => new Map(entries);

describe('foreignVerdicts', () => {
  it('lists only the verdicts in use that this scale lacks, named and coloured as the file has them', () => {
    const annotations = [
      claim('a', { verdict: 'false' }),
      claim('b', {
        verdict: 'satire',
        assessments: [
          { reviewer: ADA, verdict: 'satire', at: AT },
          { reviewer: BEN, verdict: 'lacks-evidence', at: AT },
        ],
      }),
      claim('c', { verdict: 'lacks-evidence' }),
    ];
    const found = foreignVerdicts(annotations, DEFAULT_VERDICT_SCALE, THEIR_SCALE);
    expect(found.map(f => [f.id, f.label, f.uses])).toEqual([
      ['lacks-evidence', 'Lacks evidence', 2],
      ['satire', 'Satire', 1],
    ]);
    expect(found[1]?.verdict).toEqual({
      id: 'satire',
      label: 'Satire',
      ratingValue: 3,
      color: '#123456',
      countsAsChecked: false,
    });
  });

  it('names a verdict of an older file by the label of its verdict body, else by its id', () => {
    const annotations = [
      claim('a', { verdict: 'half-true' }),
      claim('b', { conflict: { heads: ['1-a', '1-b'], decisions: ['', 'no-label'] } }),
    ];
    const found = foreignVerdicts(annotations, DEFAULT_VERDICT_SCALE, [], {
      'half-true': '  Half true ',
    });
    expect(found.map(f => [f.id, f.label])).toEqual([
      ['half-true', 'Half true'],
      ['no-label', 'no-label'],
    ]);
  });

  it('is empty when every verdict is on this scale', () => {
    expect(foreignVerdicts([claim('a', { verdict: 'true' })], DEFAULT_VERDICT_SCALE)).toEqual([]);
  });
});

describe('proposedChoices', () => {
  it('maps a verdict onto one of the same label, adds while the scale has room, then maps to the first', () => {
    const annotations = ['Lacks evidence', 'MISLEADING', 'Satire', 'Joke'].map((label, i) =>
      claim(`${i}`, { verdict: `v${i}` }),
    );
    const labels = { v0: 'Lacks evidence', v1: 'MISLEADING', v2: 'Satire', v3: 'Joke' };
    const found = foreignVerdicts(annotations, DEFAULT_VERDICT_SCALE, [], labels);
    expect(MAX_VERDICTS - DEFAULT_VERDICT_SCALE.length).toBe(2);
    expect([...proposedChoices(found, DEFAULT_VERDICT_SCALE)]).toEqual([
      ['v0', { add: true }],
      ['v1', { mapTo: 'misleading' }],
      ['v2', { add: true }],
      ['v3', { mapTo: 'true' }],
    ]);
  });
});

describe('scaleWithAdded', () => {
  const found = foreignVerdicts(
    [claim('a', { verdict: 'lacks-evidence' }), claim('b', { verdict: 'satire' })],
    DEFAULT_VERDICT_SCALE,
    THEIR_SCALE,
  );

  it('appends the verdicts chosen to be added, each with a line style of its own and no rating taken twice', () => {
    const result = scaleWithAdded(
      DEFAULT_VERDICT_SCALE,
      found,
      choices([
        ['lacks-evidence', { add: true }],
        ['satire', { add: true }],
      ]),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.scale.slice(0, 7)).toEqual(DEFAULT_VERDICT_SCALE);
    expect(result.scale.slice(7)).toEqual([
      {
        id: 'lacks-evidence',
        label: 'Lacks evidence',
        color: '#555555',
        countsAsChecked: true,
        cue: 7,
      },
      // rating 3 is Misleading's here
      { id: 'satire', label: 'Satire', color: '#123456', countsAsChecked: false, cue: 8 },
    ]);
    expect(validateScale(result.scale)).toEqual([]);
  });

  it('leaves the scale as it is when everything is mapped', () => {
    const result = scaleWithAdded(
      DEFAULT_VERDICT_SCALE,
      found,
      choices([
        ['lacks-evidence', { mapTo: 'unverifiable' }],
        ['satire', { mapTo: 'false' }],
      ]),
    );
    expect(result).toEqual({ ok: true, scale: DEFAULT_VERDICT_SCALE });
  });

  it('says how many more the scale can take when too many are added', () => {
    const full = [
      ...DEFAULT_VERDICT_SCALE,
      { id: 'x', label: 'X', color: '#123456', countsAsChecked: true, cue: 7 },
    ];
    const result = scaleWithAdded(
      full,
      found,
      choices([
        ['lacks-evidence', { add: true }],
        ['satire', { add: true }],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      message: `Your scale has room for 1 more verdict (at most ${MAX_VERDICTS}): map the others to verdicts of yours.`,
    });
  });

  it('refuses to add a verdict whose label the scale already has', () => {
    const [wrong] = foreignVerdicts([claim('a', { verdict: 'wrong' })], DEFAULT_VERDICT_SCALE, [], {
      wrong: 'False',
    });
    const result = scaleWithAdded(
      DEFAULT_VERDICT_SCALE,
      wrong ? [wrong] : [],
      choices([['wrong', { add: true }]]),
    );
    expect(result).toEqual({ ok: false, message: 'Two verdicts are labelled “False”.' });
  });
});

describe('applyVerdictChoices', () => {
  it('reads a mapped verdict as the chosen one in decisions, assessments, conflicts and history', () => {
    const a = claim('a', {
      verdict: 'lacks-evidence',
      assessments: [
        { reviewer: ADA, verdict: 'lacks-evidence', note: 'thin', at: AT },
        { reviewer: BEN, verdict: 'satire', at: AT },
      ],
      conflict: { heads: ['1-a', '1-b'], decisions: ['lacks-evidence', 'unverifiable'] },
      history: [
        { field: 'verdict', to: 'lacks-evidence', by: 'Ada', at: AT },
        { field: 'status', from: 'open', to: 'checked', by: 'Ada', at: AT },
      ],
    });
    const untouched = claim('b', { verdict: 'true' });
    const [mapped, same] = applyVerdictChoices(
      [a, untouched],
      choices([
        ['lacks-evidence', { mapTo: 'unverifiable' }],
        ['satire', { add: true }],
      ]),
    );
    expect(same).toBe(untouched);
    expect(mapped).toEqual({
      ...a,
      verdict: 'unverifiable',
      assessments: [
        { reviewer: ADA, verdict: 'unverifiable', note: 'thin', at: AT },
        { reviewer: BEN, verdict: 'satire', at: AT },
      ],
      // the two decisions now read the same: nothing is left to settle between them
      conflict: { heads: ['1-a', '1-b'] },
      history: [
        { field: 'verdict', to: 'unverifiable', by: 'Ada', at: AT },
        { field: 'status', from: 'open', to: 'checked', by: 'Ada', at: AT },
      ],
    });
  });

  it('changes nothing when every verdict is added', () => {
    const list = [claim('a', { verdict: 'satire' })];
    expect(applyVerdictChoices(list, choices([['satire', { add: true }]]))).toEqual(list);
  });
});
