import type { JsonPath } from './import-error';

/** Keys refused anywhere in an imported file: they are how prototype pollution gets in. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

interface Visit {
  value: unknown;
  key: string | number;
  parent: Visit | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) path.push(v.key);
  return path.reverse();
}

/** Whether any object in a parsed JSON value has a forbidden key: a walk that allocates little. */
function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}

/** The path of the first forbidden key in document order; null if there is none. */
function firstForbiddenKey(root: unknown): JsonPath | null {
  const stack: Visit[] = [{ value: root, key: '', parent: null }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    if (typeof visit.key === 'string' && FORBIDDEN_KEYS.has(visit.key)) return pathOf(visit);
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    const children: Visit[] = Array.isArray(value)
      ? value.map((item: unknown, i) => ({ value: item, key: i, parent: visit }))
      : Object.keys(value).map(key => ({
          value: (value as Record<string, unknown>)[key],
          key,
          parent: visit,
        }));
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Visit);
  }
  return null;
}

/**
 * The path of the first key named `__proto__`, `constructor` or `prototype`
 * anywhere in a parsed JSON value (in document order), or null if there is
 * none. Iterative, so no nesting depth can overflow the stack. Files almost
 * never hold one, so a lean walk answers first and only a hit pays for the path;
 * given `jsonText`, the text `root` was parsed from, there is no walk at all
 * when that text cannot name one (`mayNameForbiddenKey`).
 */
export function findForbiddenKey(root: unknown, jsonText?: string): JsonPath | null {
  if (jsonText !== undefined && !mayNameForbiddenKey(jsonText)) return null;
  return hasForbiddenKey(root) ? firstForbiddenKey(root) : null;
}

// a forbidden key is written as it is or with some of its letters or underscores escaped
// (\u0041 to \u007F): a text with neither holds none
const MAY_NAME_FORBIDDEN = /__proto__|constructor|prototype|\\u00[4-7]/;

/**
 * False when JSON text certainly names no `__proto__`, `constructor` or
 * `prototype` key, so `findForbiddenKey` need not walk what it parses to:
 * one search of the text instead of a walk of every node (a file of 10,000
 * annotations). True otherwise, also for a text that only mentions one.
 */
export function mayNameForbiddenKey(jsonText: string): boolean {
  return MAY_NAME_FORBIDDEN.test(jsonText);
}

/** True for a non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True if `JSON.parse(JSON.stringify(value))` gives `value` back as it is:
 * the same keys in the same order and the same primitives, so a caller may
 * skip the parse (the desk sync's gate parsed every record it wrote, a third
 * of its time). Only plain data is: strings, finite numbers but -0, booleans,
 * null, arrays without holes and plain objects whose own keys are all
 * enumerable strings, none of them `__proto__`, with no `toJSON`. Anything
 * else is false, never an error. Call it only on a value `JSON.stringify` has
 * written: a cycle would never end the walk.
 */
export function readsBackUnchanged(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Object.is(value, -0)) return false;
      continue;
    }
    if (typeof value !== 'object') return false; // undefined, a bigint, a symbol, a function
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return false;
      // a hole reads as undefined, which is refused like any undefined
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
      continue;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value) return false;
    const keys = Object.keys(value);
    if (Reflect.ownKeys(value).length !== keys.length) return false;
    for (const key of keys) {
      if (key === '__proto__') return false;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}
