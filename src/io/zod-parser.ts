import { z } from 'zod';
import { isPlainObject } from './json-guards';

/**
 * A parser for zod's `withParser`, built from a schema's definition out of
 * closures, for where zod may not compile one: the app's CSP forbids `eval`,
 * and zod's jitless runtime takes about 45 µs per annotation in a browser
 * worker, most of a 10,000-annotation file's check.
 *
 * It answers only what it is sure of. It returns zod's own output for input
 * the runtime accepts, built the same way (fresh objects, keys in the shape's
 * order), and `z.INVALID` for anything else, also for input the runtime might
 * accept after work this parser does not do. zod then runs its runtime on
 * that input, so every message and every refusal is still zod's. Each check
 * (length, pattern, refinement) is answered as zod answers it (`predicate`).
 */
type Parse = (input: unknown) => unknown;

const INVALID: unknown = z.INVALID;

/** Thrown while building a parser for a schema with a part this module does not model. */
export class UnsupportedSchema extends Error {}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type Check = z.core.$ZodCheck<unknown>;

/** zod's own check, run on a value apart from a parse. */
function zodCheck(check: Check): (value: unknown) => boolean {
  return value => {
    const payload: z.core.ParsePayload = { value, issues: [] };
    // a refine that returns a promise would need an async parse: the runtime decides
    return !(check._zod.check(payload) instanceof Promise) && payload.issues.length === 0;
  };
}

/**
 * A check as a predicate. The commonest are answered here as zod answers
 * them, without its payload: a refinement, a pattern, and a length well
 * within its maximum (zod counts code points, which only an overflow of
 * UTF-16 units needs); the rest by zod's check itself.
 */
function predicate(check: Check): (value: unknown) => boolean {
  const def = check._zod.def as z.core.$ZodCheckDef & Record<string, unknown>;
  const { fn, pattern, maximum } = def;
  if (def.check === 'custom' && typeof fn === 'function')
    return value => {
      const answer: unknown = fn(value);
      return !(answer instanceof Promise) && Boolean(answer);
    };
  if (def.check === 'string_format' && def.format === 'regex' && pattern instanceof RegExp)
    return value => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  const byZod = zodCheck(check);
  if (def.check === 'max_length' && typeof maximum === 'number')
    return value => (value as { length: number }).length <= maximum || byZod(value);
  return byZod;
}

function withChecks(checks: readonly Check[], parse: Parse): Parse {
  if (checks.length === 0) return parse;
  const tests = checks.map(predicate);
  return input => {
    const out = parse(input);
    if (out === INVALID) return INVALID;
    for (const test of tests) if (!test(out)) return INVALID;
    return out;
  };
}

function leaf(def: Def, schema: z.core.$ZodType): Parse {
  if (def.coerce) throw new UnsupportedSchema(`a coerced ${def.type}`);
  switch (def.type) {
    case 'string':
      return v => (typeof v === 'string' ? v : INVALID);
    case 'number':
      return v => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
    case 'boolean':
      return v => (typeof v === 'boolean' ? v : INVALID);
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) throw new UnsupportedSchema(`a ${def.type} without values`);
      if (values.size === 1) {
        const [only] = values;
        return v => (v === only ? v : INVALID);
      }
      return v => (values.has(v as never) ? v : INVALID);
    }
    case 'unknown':
      return v => v;
    default:
      throw new UnsupportedSchema(`a schema of type ${String(def.type)}`);
  }
}

function objectParser(def: Def, build: (s: z.core.$ZodType) => Parse): Parse {
  const shape = def.shape as Record<string, z.core.$ZodType>;
  const fields = Object.entries(shape).map(([key, schema]) => ({
    key,
    parse: build(schema),
    // absent is fine only where zod leaves an absent key out of its output
    mayBeAbsent: schema._zod.optin === 'optional' && schema._zod.optout === 'optional',
  }));
  const known = new Set(Object.keys(shape));
  const catchall = (def.catchall as z.core.$ZodType | undefined)?._zod.def.type;
  if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'never')
    throw new UnsupportedSchema(`an object whose other keys are of type ${catchall}`);
  return input => {
    // any non-null object but an array, as zod's own test
    if (!isPlainObject(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const { key, parse, mayBeAbsent } of fields) {
      const found = input[key];
      if (found === undefined && !(key in input)) {
        if (mayBeAbsent) continue;
        return INVALID;
      }
      const value = parse(found);
      if (value === INVALID) return INVALID;
      out[key] = value;
    }
    // zod leaves out keys the shape lacks, as here; it refuses them in a strict object
    if (catchall === undefined) return out;
    for (const key in input) {
      if (known.has(key)) continue;
      // a loose object keeps them, but never __proto__: its runtime decides that case
      if (catchall === 'never' || key === '__proto__') return INVALID;
      out[key] = input[key];
    }
    return out;
  };
}

function arrayParser(def: Def, build: (s: z.core.$ZodType) => Parse): Parse {
  const element = build(def.element as z.core.$ZodType);
  return input => {
    if (!Array.isArray(input)) return INVALID;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const value = element(input[i]);
      if (value === INVALID) return INVALID;
      out[i] = value;
    }
    return out;
  };
}

function discriminatedParser(def: Def, build: (s: z.core.$ZodType) => Parse): Parse {
  const key = def.discriminator;
  if (typeof key !== 'string') throw new UnsupportedSchema('a union without a discriminator');
  const byValue = new Map<unknown, Parse>();
  for (const option of def.options as z.core.$ZodType[]) {
    const values = option._zod.propValues?.[key];
    if (!values) throw new UnsupportedSchema(`a union option without "${key}"`);
    const parse = build(option);
    for (const value of values) byValue.set(value, parse);
  }
  return input => {
    if (!isPlainObject(input)) return INVALID;
    const parse = byValue.get(input[key]);
    return parse ? parse(input) : INVALID;
  };
}

/** The parser of `schema`; throws `UnsupportedSchema` where a part of it is not modelled. */
export function compileParser(schema: z.core.$ZodType): Parse {
  const built = new Map<z.core.$ZodType, Parse>();
  const build = (s: z.core.$ZodType): Parse => {
    let parse = built.get(s);
    if (parse) return parse;
    const def = s._zod.def as Def;
    const checks = (def.checks ?? []) as Check[];
    switch (def.type) {
      case 'object':
        parse = objectParser(def, build);
        break;
      case 'array':
        parse = arrayParser(def, build);
        break;
      case 'union':
        parse = discriminatedParser(def, build);
        break;
      case 'optional': {
        const inner = build(def.innerType as z.core.$ZodType);
        parse = v => (v === undefined ? undefined : inner(v));
        break;
      }
      default:
        parse = leaf(def, s);
    }
    parse = withChecks(checks, parse);
    built.set(s, parse);
    return parse;
  };
  const parse = build(schema);
  // a refinement that throws is for zod's runtime to report as it does
  return input => {
    try {
      return parse(input);
    } catch {
      return INVALID;
    }
  };
}

/**
 * `schema` with `compileParser`'s parser in front of zod's runtime, or
 * `schema` as it is where the parser cannot be built (a test makes sure the
 * app's schemas can).
 */
export function withCompiledParser<T extends z.ZodType>(schema: T): T {
  try {
    return z.withParser(schema, compileParser(schema) as (input: unknown) => z.output<T>);
  } catch (e) {
    if (e instanceof UnsupportedSchema) return schema;
    throw e;
  }
}
