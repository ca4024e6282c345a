import { escapeJsonForHtml } from './json-for-html';

/** JSON text written already (by `JSON.stringify`), placed as it is. */
export class RawJson {
  constructor(readonly json: string) {}
}

/**
 * JSON written indented down to `flatDepth` levels and one line per value
 * below that: in an annotated-JSON file, the collection and the article read
 * as a tree while each annotation is one line. A third of the size of full
 * indentation, half the work to write, and a diff still shows which
 * annotations changed.
 *
 * Gives what `JSON.stringify` gives for the same value (`undefined` members
 * are left out), only laid out differently and with `<`, `>`, `&`, U+2028
 * and U+2029 escaped (`escapeJsonForHtml`); a `RawJson` is written as it is.
 * No trailing newline.
 */
export function stringifyLayered(value: unknown, flatDepth: number, indent = '  '): string {
  return stringifyLayeredParts(value, flatDepth, indent).join('');
}

/**
 * `stringifyLayered`'s text in parts, in order, never joined: a `RawJson` is
 * a part of its own, so a file of 10,000 annotation lines can be handed to a
 * `Blob` without first building it as one string of megabytes.
 */
export function stringifyLayeredParts(value: unknown, flatDepth: number, indent = '  '): string[] {
  const out: string[] = [];
  // false where JSON.stringify would leave the value out (nothing is written)
  const write = (v: unknown, depth: number, pad: string, into: string[]): boolean => {
    if (v instanceof RawJson) return into.push(v.json) > 0;
    if (depth >= flatDepth || v === null || typeof v !== 'object') {
      const json = safeJson(v);
      return json !== undefined && into.push(json) > 0;
    }
    const inner = pad + indent;
    if (Array.isArray(v)) {
      if (v.length === 0) return into.push('[]') > 0;
      into.push('[\n');
      v.forEach((item, i) => {
        into.push(i === 0 ? inner : `,\n${inner}`);
        if (!write(item, depth + 1, inner, into)) into.push('null');
      });
      return into.push(`\n${pad}]`) > 0;
    }
    let members = 0;
    for (const [key, member] of Object.entries(v)) {
      const written: string[] = [];
      if (!write(member, depth + 1, inner, written)) continue;
      into.push(
        `${members++ === 0 ? '{\n' : ',\n'}${inner}${escapeJsonForHtml(JSON.stringify(key))}: `,
      );
      for (const part of written) into.push(part);
    }
    return into.push(members === 0 ? '{}' : `\n${pad}}`) > 0;
  };
  if (!write(value, 0, '', out)) out.push('null');
  return out;
}

/** `JSON.stringify(value)` safe to embed in HTML; undefined where JSON.stringify gives undefined. */
function safeJson(value: unknown): string | undefined {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : escapeJsonForHtml(json);
}
