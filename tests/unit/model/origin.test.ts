import { describe, expect, it } from 'vitest';
import { ORIGIN_REASONS_MAX, originWords, parseOrigin } from '../../../src/model/origin';

describe('originWords', () => {
  it('says why a suggestion was made, as a sentence', () => {
    expect(originWords({ type: 'suggestion', reasons: ['superlative', 'institution'] })).toBe(
      'Suggested because: superlative + institution.',
    );
  });

  it('adds no second full stop after a reason that ends a sentence', () => {
    expect(originWords({ type: 'suggestion', reasons: ['a number.'] })).toBe(
      'Suggested because: a number.',
    );
  });

  it('says only that Factmark suggested it when there are no reasons', () => {
    expect(originWords({ type: 'suggestion', reasons: [' '] })).toBe('Suggested by Factmark.');
  });
});

describe('parseOrigin', () => {
  it('reads an origin back as it was stored', () => {
    const origin = { type: 'suggestion', reasons: ['superlative'] };
    expect(parseOrigin(JSON.parse(JSON.stringify(origin)))).toEqual(origin);
  });

  it.each([
    ['no object', 'suggestion'],
    ['another type', { type: 'import', reasons: [] }],
    ['reasons that are not a list', { type: 'suggestion', reasons: 'superlative' }],
    ['a reason that is not text', { type: 'suggestion', reasons: [1] }],
    [
      'more reasons than a record keeps',
      { type: 'suggestion', reasons: Array(ORIGIN_REASONS_MAX + 1).fill('x') },
    ],
    ['a reason longer than a name', { type: 'suggestion', reasons: ['x'.repeat(1001)] }],
  ])('refuses %s', (_, value) => {
    expect(parseOrigin(value)).toBeNull();
  });
});
