import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/model/desk/content-hash';

/** canonicalJson as first written, level by level with arrays of parts: revision ids were made with it. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter(k => record[k] !== undefined)
    .sort();
  return `{${keys.map(k => `${JSON.stringify(k)}:${reference(record[k])}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('gives the very text it gave before, so no revision id changes', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withSparseArray: true,
          withNullPrototype: true,
          withDate: true,
          withBoxedValues: true,
          withObjectString: true,
        }),
        value => {
          expect(canonicalJson(value)).toBe(reference(value));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('sorts keys and leaves out undefined at every level', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }, undefined], e: undefined })).toBe(
      '{"a":[{"c":"x"},null],"b":1}',
    );
  });
});
