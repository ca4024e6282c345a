import type { Random } from './prng';
import { paragraph, sentence } from './prose';

/** Replace `remove` code points at `at` (old text) with `insert`; sorted, never overlapping. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A new version of the text and the edits that made it. */
export interface Revision {
  name: string;
  text: string;
  edits: Edit[];
  /** Code points removed or inserted, whichever is more, summed over the edits. */
  changed: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüéñ';
const cpLength = (s: string) => [...s].length;

/**
 * About `share` of the code points changed by scattered edits: typos (one
 * character substituted, inserted or deleted), replaced words, rewritten
 * phrases. Edits keep at least one untouched code point between them.
 */
export function scatteredEdits(r: Random, text: string, share: number): Revision {
  const cps = [...text];
  const budget = Math.round(cps.length * share);
  const edits: Edit[] = [];
  let changed = 0;
  while (changed < budget) {
    const roll = r.next();
    const at = r.int(0, cps.length - 1);
    let edit: Edit;
    if (roll < 0.4) {
      const kind = r.int(0, 2);
      edit = { at, remove: kind === 1 ? 0 : 1, insert: kind === 2 ? '' : r.pick([...LETTERS]) };
    } else if (roll < 0.8) {
      edit = { at, remove: r.int(0, 10), insert: word(r, r.int(0, 10)) };
    } else {
      edit = { at, remove: r.int(8, 40), insert: [...sentence(r)].slice(0, r.int(5, 40)).join('') };
    }
    edit.remove = Math.min(edit.remove, cps.length - at);
    if (edit.remove === 0 && edit.insert === '') continue;
    edits.push(edit);
    changed += Math.max(edit.remove, cpLength(edit.insert));
  }
  return revise('1 % of characters edited', cps, disjoint(edits));
}

/** `length` code points of new paragraphs inserted at the first paragraph break after `share` of the text. */
export function insertionNearStart(
  r: Random,
  text: string,
  length: number,
  share: number,
): Revision {
  const cps = [...text];
  const at = cps.indexOf('\n', Math.floor(cps.length * share)) + 1;
  let inserted: string[] = [];
  while (inserted.length < length) inserted = inserted.concat([...paragraph(r)], ['\n']);
  inserted = inserted.slice(0, length - 1).concat(['\n']);
  return revise(`${length} characters inserted near the start`, cps, [
    { at, remove: 0, insert: inserted.join('') },
  ]);
}

function word(r: Random, n: number): string {
  let w = '';
  for (let i = 0; i < n; i++) w += r.pick([...LETTERS, ' ']);
  return w;
}

/** The edits sorted, dropping any that touches or abuts an earlier one. */
function disjoint(edits: Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const kept: Edit[] = [];
  let free = 0;
  for (const e of sorted) {
    if (e.at < free) continue;
    kept.push(e);
    free = e.at + e.remove + 1;
  }
  return kept;
}

function revise(name: string, cps: string[], edits: Edit[]): Revision {
  const parts: string[] = [];
  let from = 0;
  let changed = 0;
  for (const e of edits) {
    parts.push(cps.slice(from, e.at).join(''), e.insert);
    from = e.at + e.remove;
    changed += Math.max(e.remove, cpLength(e.insert));
  }
  parts.push(cps.slice(from).join(''));
  return { name, text: parts.join(''), edits, changed };
}
