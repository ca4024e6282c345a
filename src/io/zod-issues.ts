import type { z } from 'zod';
import { importError, type ImportError, type ImportErrorCode, type JsonPath } from './import-error';

const count = (n: number | bigint) => Number(n).toLocaleString('en-US');

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/**
 * Human-readable messages for zod's built-in checks, for whatever the schema
 * does not word itself. Returns undefined to keep zod's own message.
 */
export const importErrorMap: z.core.$ZodErrorMap = issue => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `is missing (expected ${expected})`
        : `must be ${expected}, not ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return `must be ${issue.values.map(v => JSON.stringify(v)).join(' or ')}, not ${describeValue(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length =
          typeof issue.input === 'string' ? `${count(issue.input.length)} characters` : '';
        return `is too long${length && `: ${length}`}; at most ${count(issue.maximum)} are allowed`;
      }
      if (issue.origin === 'array') {
        const n = Array.isArray(issue.input) ? `: ${count(issue.input.length)}` : '';
        return `has too many entries${n}; at most ${count(issue.maximum)} are allowed`;
      }
      return `must be at most ${count(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'cannot be empty';
      if (issue.origin === 'array') return `needs at least ${count(issue.minimum)} entries`;
      return `must be at least ${count(issue.minimum)}`;
    default:
      return undefined;
  }
};

/** The ImportError of a zod issue: its path, its message and the code it carries or implies. */
export function issueToError(issue: z.core.$ZodIssue): ImportError {
  let code: ImportErrorCode = 'invalid';
  if (issue.code === 'custom') code = (issue.params?.code as ImportErrorCode | undefined) ?? code;
  else if (issue.code === 'too_big') code = issue.origin === 'array' ? 'too-many' : 'too-long';
  return importError(issue.path as JsonPath, code, issue.message);
}
