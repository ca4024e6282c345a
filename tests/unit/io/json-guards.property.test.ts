import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findForbiddenKey,
  mayNameForbiddenKey,
  readsBackUnchanged,
} from '../../../src/io/json-guards';

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

// JSON text, so that "__proto__" is an own key as JSON.parse makes it; keys also written with
// escapes (JSON.stringify of the JSON text of the key, unescaped once by the key's own quotes)
const key = fc.constantFrom(
  'a',
  'b',
  'items',
  '__proto__',
  'constructor',
  'prototype',
  '\\u005f_proto__',
  'constr\\u0075ctor',
  'pr\\u006Ftotype',
  'a\\u003cb',
);
const { json } = fc.letrec(tie => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.integer().map(String),
    fc.constant('"x"'),
    fc.array(tie('json'), { maxLength: 4 }).map(items => `[${items.join(',')}]`),
    fc
      .uniqueArray(fc.tuple(key, tie('json')), { maxLength: 4, selector: ([k]) => k })
      .map(pairs => `{${pairs.map(([k, v]) => `"${k}":${v}`).join(',')}}`),
  ),
}));

describe('mayNameForbiddenKey', () => {
  it('is true for every text whose parse holds a forbidden key, escaped or not', () => {
    let clear = 0;
    fc.assert(
      fc.property(json, text => {
        if (findForbiddenKey(JSON.parse(text)) !== null)
          expect(mayNameForbiddenKey(text)).toBe(true);
        if (!mayNameForbiddenKey(text)) clear++;
      }),
      { numRuns: 2000 },
    );
    // and it spares the walk of some texts
    expect(clear).toBeGreaterThan(0);
  });

  it('is false for a file that escapes only what HTML needs', () => {
    expect(mayNameForbiddenKey('{"a":"\\u003cb\\u003e & \\u2028","b":[1,{"c":null}]}')).toBe(false);
    expect(mayNameForbiddenKey('{"\\u005f_proto__":1}')).toBe(true);
  });
});

describe('findForbiddenKey', () => {
  it('finds the first forbidden key in document order, as a plain recursive search does', () => {
    fc.assert(
      fc.property(json, text => {
        const parsed: unknown = JSON.parse(text);
        expect(findForbiddenKey(parsed)).toEqual(reference(parsed));
        // and the same when told the text it was parsed from
        expect(findForbiddenKey(parsed, text)).toEqual(reference(parsed));
      }),
      { numRuns: 500 },
    );
  });
});

/** The same value, keys in the same order, `Object.is` for every primitive. */
function identical(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
    return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [ka, kb] = [Reflect.ownKeys(a), Reflect.ownKeys(b)];
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i]) &&
    ka.every(k =>
      identical((a as Record<PropertyKey, unknown>)[k], (b as Record<PropertyKey, unknown>)[k]),
    )
  );
}

// plain data and every kind of value JSON writes otherwise than it holds it
const odd = fc.constantFrom<unknown>(
  undefined,
  Number.NaN,
  -0,
  Number.POSITIVE_INFINITY,
  new Date(0),
  new Uint8Array([1, 2]),
  Object.create(null),
  JSON.parse('{"__proto__":1}'),
  Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
  { [Symbol('s')]: 1 },
  new Array<number>(3).fill(1, 0, 1), // holes
  { toJSON: () => 'x' },
);
const { anything } = fc.letrec(tie => ({
  anything: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    odd,
    fc.array(tie('anything'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', '1', 'constructor'), tie('anything'), {
      maxKeys: 4,
    }),
  ),
}));

describe('readsBackUnchanged', () => {
  it('says yes only of a value JSON gives back identical, key order and all', () => {
    fc.assert(
      fc.property(anything, value => {
        const text = JSON.stringify(value);
        if (text === undefined || !readsBackUnchanged(value)) return;
        expect(identical(JSON.parse(text), value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('says yes of plain data, and no of each value JSON changes', () => {
    expect(readsBackUnchanged({ a: ['x', 1.5, true, null, { b: '\ud800' }], '1': 2 })).toBe(true);
    fc.assert(
      fc.property(odd, value => {
        expect(readsBackUnchanged({ a: [value] })).toBe(false);
      }),
    );
  });
});
