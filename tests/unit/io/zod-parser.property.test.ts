import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportAnnotatedJson } from '../../../src/io/annotated-json-export';
import { annotatedJsonSchema, recordSchemas } from '../../../src/io/annotated-json-schema';
import { IMPORT_LIMITS } from '../../../src/io/import-limits';
import { compileParser, UnsupportedSchema, withCompiledParser } from '../../../src/io/zod-parser';
import { annotatedArticle } from '../../fixtures/formats/arbitraries';

// the runtime alone: a schema made afresh has no parser in front of it
const runtime = annotatedJsonSchema(IMPORT_LIMITS);
const fileParser = compileParser(runtime);
const { annotation, tombstone } = recordSchemas(annotatedJsonSchema(IMPORT_LIMITS));
const annotationRuntime = runtime.shape.first.shape.items.element;
const annotationParser = compileParser(annotationRuntime);

/** What the parser must never do: accept what zod refuses, or give other output than zod's. */
function expectAgreesWithRuntime(
  parse: (v: unknown) => unknown,
  schema: z.ZodType,
  input: unknown,
) {
  const fast = parse(input);
  if (fast === z.INVALID) return false;
  const slow = schema.safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toStrictEqual(slow.data);
  // the same keys in the same order
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  return true;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`, the root's included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const inner: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [at, ...inner.flatMap(([k, v]) => paths(v, [...at, k]))];
}

type Mutation =
  { op: 'set'; value: Json } | { op: 'delete' } | { op: 'add'; key: string; value: Json };

/** `file` (JSON text) with one change at the `pick`-th path, read back from JSON text. */
function mutated(file: string, pick: number, change: Mutation): unknown {
  const root = JSON.parse(file) as Json;
  const all = paths(root);
  const path = all[pick % all.length] ?? [];
  const text = (v: Json) => JSON.stringify(v);
  if (path.length === 0) return change.op === 'set' ? change.value : root;
  let parent = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1] ?? 0;
  if (change.op === 'set') parent[last] = change.value;
  else if (change.op === 'delete' && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (change.op === 'delete') Reflect.deleteProperty(parent, last);
  else {
    const target = parent[last];
    if (target === null || typeof target !== 'object' || Array.isArray(target)) return root;
    // through JSON text, so that "__proto__" becomes an own key as JSON.parse makes it
    const body = text(target).slice(1, -1);
    parent[last] = JSON.parse(
      `{${body}${body ? ',' : ''}${text(change.key)}:${text(change.value)}}`,
    ) as Json;
  }
  return root;
}

const jsonValue = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  jsonValue.map(value => ({ op: 'set' as const, value })),
  fc.constantFrom(
    ...['', 'x'.repeat(IMPORT_LIMITS.nameLength + 1), -1, 1.5, 2 ** 53, true, null, [], {}].map(
      value => ({ op: 'set' as const, value }),
    ),
  ),
  fc.constant({ op: 'delete' as const }),
  fc.record({
    op: fc.constant('add' as const),
    key: fc.constantFrom('__proto__', 'extra', 'type', 'factmark:note'),
    value: jsonValue,
  }),
);

describe('compileParser', () => {
  it("builds a parser for the file, an annotation and a tombstone: the app's schemas never fall back", () => {
    expect(() => compileParser(runtime)).not.toThrow();
    expect(() => compileParser(annotationRuntime)).not.toThrow();
    expect(() =>
      compileParser(runtime.shape['factmark:tombstones'].unwrap().element),
    ).not.toThrow();
    expect(annotation).not.toBe(annotationRuntime);
    expect(tombstone).not.toBe(runtime.shape['factmark:tombstones'].unwrap().element);
  });

  it("accepts every exported file and gives zod's output for it", () => {
    fc.assert(
      fc.property(annotatedArticle, ({ article, annotations }) => {
        const json: unknown = JSON.parse(exportAnnotatedJson(article, annotations));
        expect(expectAgreesWithRuntime(fileParser, runtime, json)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never accepts what zod refuses, nor gives other output, whatever one change makes of a file', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        annotatedArticle,
        fc.nat(),
        mutation,
        ({ article, annotations }, pick, change) => {
          const input = mutated(exportAnnotatedJson(article, annotations), pick, change);
          if (expectAgreesWithRuntime(fileParser, runtime, input)) accepted++;
        },
      ),
      { numRuns: 2000 },
    );
    // the property has teeth only if some changed files pass (an optional key removed, say)
    expect(accepted).toBeGreaterThan(0);
  });

  it('never accepts what zod refuses for an annotation of any JSON shape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => {
        expectAgreesWithRuntime(annotationParser, annotationRuntime, value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the semantics it shares with zod', () => {
  const agrees = (schema: z.ZodType, input: unknown) =>
    expectAgreesWithRuntime(compileParser(schema), schema, input);

  it('leaves out the keys a plain object lacks, keeps a loose object’s, refuses a strict one’s', () => {
    const shape = { a: z.string(), b: z.number().optional() };
    expect(agrees(z.object(shape), { a: 'x', extra: 1 })).toBe(true);
    expect(compileParser(z.object(shape))({ extra: 1, a: 'x' })).toStrictEqual({ a: 'x' });
    expect(agrees(z.looseObject(shape), { a: 'x', extra: 1 })).toBe(true);
    expect(compileParser(z.strictObject(shape))({ a: 'x', extra: 1 })).toBe(z.INVALID);
    // an own __proto__ key: zod's runtime decides what a loose object makes of it
    expect(compileParser(z.looseObject(shape))(JSON.parse('{"a":"x","__proto__":{}}'))).toBe(
      z.INVALID,
    );
  });

  it('keeps a present optional key that is undefined, as zod does, and refuses a missing required one', () => {
    const schema = z.object({ a: z.string(), b: z.number().optional() });
    expect(agrees(schema, { a: 'x', b: undefined })).toBe(true);
    expect(compileParser(schema)({ a: 'x', b: undefined })).toHaveProperty('b', undefined);
    expect(compileParser(schema)({ b: 1 })).toBe(z.INVALID);
  });

  it("runs zod's own checks: lengths in code points, patterns, refinements", () => {
    const short = z.string().max(2);
    expect(agrees(short, '😀😀')).toBe(true); // four UTF-16 units, two code points
    expect(compileParser(short)('abc')).toBe(z.INVALID);
    expect(compileParser(z.string().regex(/^a+$/))('ab')).toBe(z.INVALID);
    expect(compileParser(z.string().refine(v => v.startsWith('a')))('ba')).toBe(z.INVALID);
    expect(compileParser(z.number().int().nonnegative())(-1)).toBe(z.INVALID);
    expect(compileParser(z.number())(Infinity)).toBe(z.INVALID);
    expect(compileParser(z.array(z.string()).length(2))(['a'])).toBe(z.INVALID);
  });

  it('leaves a refinement that answers with a promise to the runtime', () => {
    const schema = z.string().refine(() => Promise.resolve(true));
    expect(compileParser(schema)('a')).toBe(z.INVALID);
  });

  it('picks the option of a discriminated union by its discriminator', () => {
    const schema = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), a: z.string() }),
      z.object({ kind: z.enum(['b', 'c']), b: z.number() }),
    ]);
    expect(agrees(schema, { kind: 'c', b: 1 })).toBe(true);
    expect(compileParser(schema)({ kind: 'a', b: 1 })).toBe(z.INVALID);
    expect(compileParser(schema)({ kind: 'd' })).toBe(z.INVALID);
  });

  it('refuses to build a parser for what it does not model, and the schema then stays as it was', () => {
    const schema = z.string().transform(s => s.length);
    expect(() => compileParser(schema)).toThrow(UnsupportedSchema);
    expect(withCompiledParser(schema)).toBe(schema);
    expect(() => compileParser(z.union([z.string(), z.number()]))).toThrow(UnsupportedSchema);
  });
});
