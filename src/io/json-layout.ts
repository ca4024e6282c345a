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
  const write = (v: unknown, depth: number, pad: string): string | undefined => {
    if (v instanceof RawJson) return v.json;
    if (depth >= flatDepth || v === null || typeof v !== 'object') return safeJson(v);
    const inner = pad + indent;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      const items = v.map(item => inner + (write(item, depth + 1, inner) ?? 'null'));
      return `[\n${items.join(',\n')}\n${pad}]`;
    }
    const members: string[] = [];
    for (const [key, member] of Object.entries(v)) {
      const written = write(member, depth + 1, inner);
      if (written !== undefined)
        members.push(`${inner}${escapeJsonForHtml(JSON.stringify(key))}: ${written}`);
    }
    return members.length === 0 ? '{}' : `{\n${members.join(',\n')}\n${pad}}`;
  };
  return write(value, 0, '') ?? 'null';
}

/** `JSON.stringify(value)` safe to embed in HTML; undefined where JSON.stringify gives undefined. */
function safeJson(value: unknown): string | undefined {
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : escapeJsonForHtml(json);
}
