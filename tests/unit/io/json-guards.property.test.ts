import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForbiddenKey } from '../../../src/io/json-guards';

/** The first forbidden key's path in document order, found the plain recursive way. */
function reference(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item: unknown, i) => [i, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string' && ['__proto__', 'constructor', 'prototype'].includes(key))
      return [...path, key];
    const found = reference(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

// JSON text, so that "__proto__" is an own key as JSON.parse makes it
const key = fc.constantFrom('a', 'b', 'items', '__proto__', 'constructor', 'prototype');
const { json } = fc.letrec(tie => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.integer().map(String),
    fc.constant('"x"'),
    fc.array(tie('json'), { maxLength: 4 }).map(items => `[${items.join(',')}]`),
    fc
      .uniqueArray(fc.tuple(key, tie('json')), { maxLength: 4, selector: ([k]) => k })
      .map(pairs => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

describe('findForbiddenKey', () => {
  it('finds the first forbidden key in document order, as a plain recursive search does', () => {
    fc.assert(
      fc.property(json, text => {
        const parsed: unknown = JSON.parse(text);
        expect(findForbiddenKey(parsed)).toEqual(reference(parsed));
      }),
      { numRuns: 500 },
    );
  });
});
