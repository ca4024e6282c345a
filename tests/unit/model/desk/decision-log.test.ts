import { describe, expect, it } from 'vitest';
import {
  decisionEntryId,
  decisionHeads,
  decisionState,
  editsUnseen,
  type DecisionEntry,
} from '../../../../src/model/desk/decision-log';

const by = { id: '00000000-0000-4000-8000-00000000000b', name: 'Ben' };
const entry = (id: string, verdict: string | null, seen: string[] = []): DecisionEntry => ({
  id,
  by,
  verdict,
  at: '2026-12-06T00:00:00.000Z',
  seen,
});

describe('decisionState', () => {
  it('is the newest decision when each saw the one before', () => {
    const log = [entry('1-a', 'true'), entry('2-b', 'false', ['1-a'])];
    expect(decisionState(log)).toEqual({ verdict: 'false', heads: ['2-b'] });
  });

  it('lists decisions that did not see each other as a conflict, keeping the one both saw', () => {
    const log = [
      entry('1-a', 'mixed'),
      entry('2-c', 'true', ['1-a']),
      entry('2-b', 'false', ['1-a']),
    ];
    expect(decisionState(log)).toEqual({
      verdict: 'mixed',
      heads: ['2-b', '2-c'],
      conflict: ['false', 'true'],
    });
  });

  it('gives the same state whatever order the entries arrived in', () => {
    const log = [
      entry('1-a', 'mixed'),
      entry('2-c', 'true', ['1-a']),
      entry('2-b', 'false', ['1-a']),
    ];
    expect(decisionState([...log].reverse())).toEqual(decisionState(log));
  });

  it('is settled by a decision that saw every head', () => {
    const log = [
      entry('1-a', 'true'),
      entry('1-b', 'false'),
      entry(decisionEntryId(['1-a', '1-b'], 'c'), 'false', ['1-a', '1-b']),
    ];
    expect(decisionState(log)).toEqual({ verdict: 'false', heads: ['2-c'] });
  });

  it('has no decision and no conflict when concurrent decisions agree, or when there are none', () => {
    expect(decisionState([entry('1-a', 'true'), entry('1-b', 'true')])).toEqual({
      verdict: 'true',
      heads: ['1-a', '1-b'],
    });
    expect(decisionState([])).toEqual({ heads: [] });
    expect(decisionHeads([])).toEqual([]);
  });
});

describe('editsUnseen', () => {
  it('names the edits a deletion had not seen', () => {
    expect(editsUnseen(['1-a', '1-b', '1-c'], ['1-a', '1-b'])).toEqual(['1-c']);
    expect(editsUnseen(['1-a'], ['1-a'])).toEqual([]);
  });
});
