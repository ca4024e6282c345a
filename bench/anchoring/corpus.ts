import { describe } from '../../src/model/describe';
import { CodePointIndex, textOffset } from '../../src/model/offsets';
import type { Target } from '../../src/model/types';
import type { Random } from './prng';
import * as V from './vocabulary';

/** How an annotation's range was chosen; `entity` quotes repeat across the article. */
export type AnnotationShape = 'sentence' | 'phrase' | 'entity' | 'overlap';

export interface Annotated {
  target: Target;
  shape: AnnotationShape;
}

/**
 * `count` targets on `text` (via `describe`, so in code points): whole
 * sentences, runs of words, names and organisations (the same quote at many
 * places), and ranges that overlap an earlier one.
 */
export function annotate(r: Random, text: string, count: number): Annotated[] {
  const index = new CodePointIndex(text);
  const out: Annotated[] = [];
  const entities = [...V.FAMOUS, ...V.ORGS.map(o => o.replace(/^the /, '')), ...V.PLACES];
  while (out.length < count) {
    const roll = r.next();
    const at = r.int(0, text.length - 1);
    let range: [number, number] | null;
    let shape: AnnotationShape;
    if (roll < 0.4) [shape, range] = ['sentence', sentenceAround(text, at)];
    else if (roll < 0.7) [shape, range] = ['phrase', words(text, wordStart(text, at), r.int(2, 9))];
    else if (roll < 0.88) [shape, range] = ['entity', occurrence(text, r.pick(entities), at)];
    else {
      const base = out.length > 0 ? r.pick(out).target : null;
      const from = base ? index.toIndex(r.int(base.start, base.end - 1)) : at;
      [shape, range] = ['overlap', words(text, wordStart(text, from), r.int(3, 12))];
    }
    if (!range || range[1] <= range[0]) continue;
    const start = textOffset(index.toOffset(range[0]));
    const end = textOffset(index.toOffset(range[1]));
    out.push({ target: describe(index, { start, end }), shape });
  }
  return out;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n';

function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** `n` words from `start`, ending before the space or line break after the last. */
function words(text: string, start: number, n: number): [number, number] | null {
  let i = start;
  for (let w = 0; w < n && i < text.length; w++) {
    while (i < text.length && !isSpace(text[i])) i++;
    if (text[i] === '\n') break;
    if (w < n - 1) while (i < text.length && text[i] === ' ') i++;
  }
  return i > start ? [start, i] : null;
}

/** The sentence holding `at`: from after the previous ". " or line break through its full stop. */
function sentenceAround(text: string, at: number): [number, number] | null {
  const before = Math.max(text.lastIndexOf('. ', at - 1) + 2, text.lastIndexOf('\n', at - 1) + 1);
  const stop = text.indexOf('.', at);
  const line = text.indexOf('\n', at);
  if (stop === -1 || (line !== -1 && line < stop)) return null;
  return [before, stop + 1];
}

/** The first occurrence of `needle` at or after `at`, if any. */
function occurrence(text: string, needle: string, at: number): [number, number] | null {
  const found = text.indexOf(needle, at);
  return found === -1 ? null : [found, found + needle.length];
}
