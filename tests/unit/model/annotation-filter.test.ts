import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  describeFilter,
  filterAnnotations,
  filterChoices,
  isFilterActive,
  matchesFilter,
  needsReanchoring,
  parseStoredFilter,
  type AnnotationFilter,
} from '../../../src/model/annotation-filter';
import type { Annotation } from '../../../src/model/types';
import { DEFAULT_VERDICT_SCALE } from '../../../src/model/verdict-scale';
import { annotationRecord, targetAt } from '../../fixtures/records';

let next = 0;
/** A claim on "the minister said", each a little further into the text. */
function annotation(patch: Partial<Annotation> = {}): Annotation {
  const n = next++;
  return annotationRecord({ target: targetAt(n, 'the minister said', 5), ...patch });
}

const filter = (patch: Partial<AnnotationFilter>): AnnotationFilter => ({
  ...EMPTY_FILTER,
  ...patch,
});
const source = { url: 'https://example.org/report', stance: 'supports' as const };

describe('matchesFilter', () => {
  const cases: [string, Partial<AnnotationFilter>, Partial<Annotation>, Partial<Annotation>][] = [
    ['kind', { kinds: ['comment'] }, { kind: 'comment' }, { kind: 'claim' }],
    ['verdict', { verdicts: ['false'] }, { verdict: 'false' }, { verdict: 'true' }],
    ['no verdict', { verdicts: ['none'] }, {}, { verdict: 'false' }],
    ['status', { statuses: ['checked'] }, { status: 'checked' }, { status: 'open' }],
    ['no sources yet', { noSources: true }, {}, { sources: [source] }],
    ['needs re-anchoring', { needsReanchoring: true }, { anchoring: { method: 'orphan' } }, {}],
    ['tag', { tags: ['economy'] }, { tags: ['health', 'economy'] }, { tags: ['health'] }],
    ['reviewer', { reviewers: ['Bo'] }, { creator: 'Bo' }, { creator: 'Ada' }],
  ];
  for (const [criterion, f, passing, failing] of cases) {
    it(`filters by ${criterion}`, () => {
      expect(matchesFilter(annotation(passing), filter(f))).toBe(true);
      expect(matchesFilter(annotation(failing), filter(f))).toBe(false);
    });
  }

  it('matches any value listed within a field', () => {
    const f = filter({ verdicts: ['false', 'misleading'] });
    expect(matchesFilter(annotation({ verdict: 'misleading' }), f)).toBe(true);
    expect(matchesFilter(annotation({ verdict: 'false' }), f)).toBe(true);
  });

  it('matches only claims when verdicts are chosen', () => {
    expect(matchesFilter(annotation({ kind: 'comment' }), filter({ verdicts: ['none'] }))).toBe(
      false,
    );
  });

  it('requires every field to match', () => {
    const f = filter({ kinds: ['claim'], verdicts: ['false'], statuses: ['open'], tags: ['eu'] });
    expect(matchesFilter(annotation({ verdict: 'false', tags: ['eu'] }), f)).toBe(true);
    expect(
      matchesFilter(annotation({ verdict: 'false', tags: ['eu'], status: 'checked' }), f),
    ).toBe(false);
    expect(matchesFilter(annotation({ verdict: 'false' }), f)).toBe(false);
  });

  it('searches the quote, note, correction, tags and every part of the sources', () => {
    const a = annotation({
      kind: 'correction',
      target: { ...annotation().target, exact: 'Hallbeck' },
      note: 'misspelt name',
      correction: 'Habeck',
      tags: ['names'],
      sources: [
        {
          url: 'https://bundestag.de/abgeordnete',
          title: 'Members list',
          publisher: 'Parliament',
          quote: 'Robert Habeck, Greens',
          stance: 'refutes',
        },
      ],
    });
    for (const word of [
      'hallbeck',
      'MISSPELT',
      'habeck',
      'names',
      'bundestag',
      'members',
      'parl',
      'greens',
    ])
      expect(matchesFilter(a, filter({ query: word })), word).toBe(true);
    expect(matchesFilter(a, filter({ query: 'scholz' }))).toBe(false);
  });

  it('ignores case and diacritics, both ways', () => {
    const a = annotation({ note: 'Müller said so' });
    const b = annotation({ note: 'Muller said so' });
    for (const query of ['muller', 'MÜLLER', 'Mu\u0308ller'])
      for (const x of [a, b]) expect(matchesFilter(x, filter({ query }))).toBe(true);
  });

  it('requires every word, in any order, anywhere', () => {
    const a = annotation({ note: 'growth figures', tags: ['economy'] });
    expect(matchesFilter(a, filter({ query: '  economy   growth ' }))).toBe(true);
    expect(matchesFilter(a, filter({ query: 'economy inflation' }))).toBe(false);
  });

  it('does not match a word across two fields', () => {
    const a = annotation({ note: 'grow', tags: ['th'] });
    expect(matchesFilter(a, filter({ query: 'growth' }))).toBe(false);
  });
});

describe('needsReanchoring', () => {
  it('holds for orphans and unconfirmed fuzzy anchors only', () => {
    const fuzzy = { method: 'fuzzy' as const, confidence: 0.8, previousExact: 'x' };
    expect(needsReanchoring(annotation({ anchoring: { method: 'orphan' } }))).toBe(true);
    expect(needsReanchoring(annotation({ anchoring: { ...fuzzy, confirmed: false } }))).toBe(true);
    expect(needsReanchoring(annotation({ anchoring: { ...fuzzy, confirmed: true } }))).toBe(false);
    expect(needsReanchoring(annotation({ anchoring: { method: 'quote' } }))).toBe(false);
    expect(needsReanchoring(annotation())).toBe(false);
  });
});

describe('filterAnnotations', () => {
  it('returns the same array when the filter is empty or only white space', () => {
    const list = [annotation(), annotation()];
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(filterAnnotations(list, EMPTY_FILTER)).toBe(list);
    expect(filterAnnotations(list, filter({ query: '   ' }))).toBe(list);
  });

  it('filters ten thousand annotations correctly, keeping their order', () => {
    const verdicts = ['true', 'false', 'misleading', undefined];
    const list = Array.from({ length: 10_000 }, (_, i) =>
      annotation({
        verdict: verdicts[i % 4],
        note: i % 5 === 0 ? `Zürich note ${i}` : `note ${i}`,
        tags: i % 2 ? ['odd'] : [],
      }),
    );
    const f = filter({ query: 'zurich', verdicts: ['false', 'none'], tags: ['odd'] });
    const started = performance.now();
    const shown = filterAnnotations(list, f);
    const again = filterAnnotations(list, { ...f, query: 'zurich note' });
    const took = performance.now() - started;
    // i % 5 === 0, odd, and verdict index 1 or 3: i % 20 in {5, 15}
    const expected = list.filter((_, i) => i % 20 === 5 || i % 20 === 15);
    expect(shown).toEqual(expected);
    expect(again).toEqual(expected);
    expect(took).toBeLessThan(1000);
  });
});

describe('filterChoices', () => {
  it('lists the distinct tags and reviewers, sorted', () => {
    const choices = filterChoices([
      annotation({ tags: ['eu', 'budget'], creator: 'Bo' }),
      annotation({ tags: ['budget'], creator: 'Ada' }),
      annotation({ creator: 'Bo' }),
    ]);
    expect(choices).toEqual({ tags: ['budget', 'eu'], reviewers: ['Ada', 'Bo'] });
  });
});

describe('parseStoredFilter', () => {
  it('gives the empty filter for anything but an object', () => {
    for (const garbage of [undefined, null, 42, 'kinds', true, [], () => {}])
      expect(parseStoredFilter(garbage)).toEqual(EMPTY_FILTER);
  });

  it('keeps the valid parts of a damaged filter', () => {
    expect(
      parseStoredFilter({
        query: 7,
        kinds: ['claim', 'bogus', 3, 'claim'],
        verdicts: 'false',
        statuses: ['checked', null],
        noSources: 'yes',
        needsReanchoring: true,
        tags: ['eu', { x: 1 }],
        reviewers: [['Ada']],
        extra: 'ignored',
      }),
    ).toEqual({
      ...EMPTY_FILTER,
      kinds: ['claim'],
      statuses: ['checked'],
      needsReanchoring: true,
      tags: ['eu'],
    });
  });

  it('returns a stored filter as it was', () => {
    const f = filter({ query: 'Müller', verdicts: ['false', 'none'], reviewers: ['Ada'] });
    expect(parseStoredFilter(JSON.parse(JSON.stringify(f)))).toEqual(f);
  });

  it('never throws, even on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(parseStoredFilter(hostile)).toEqual(EMPTY_FILTER);
  });
});

describe('describeFilter', () => {
  it('names each criterion briefly, verdicts in scale order', () => {
    const f = filter({
      kinds: ['claim'],
      verdicts: ['misleading', 'false'],
      statuses: ['open'],
      tags: ['economy'],
    });
    expect(describeFilter(f, DEFAULT_VERDICT_SCALE)).toBe(
      'Claims · Misleading, False · open · tag “economy”',
    );
  });

  it('says when nothing is filtered', () => {
    expect(describeFilter(EMPTY_FILTER, DEFAULT_VERDICT_SCALE)).toBe('All annotations');
  });

  it('includes the search words and the other criteria', () => {
    const f = filter({
      query: ' tax ',
      noSources: true,
      needsReanchoring: true,
      reviewers: ['Bo'],
    });
    expect(describeFilter(f, DEFAULT_VERDICT_SCALE)).toBe(
      'no sources yet · needs re-anchoring · by Bo · matching “tax”',
    );
  });
});
