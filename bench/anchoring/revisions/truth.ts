import type { Cell, Tracked } from './tracked';

/**
 * What became of a target's text in a version:
 * - `intact`: every code point still there, together, unchanged;
 * - `equivalent`: the same words in another form (quote style, whitespace,
 *   line breaks, Unicode normalization, house style such as "%" → " percent");
 * - `edited`: some of it survives, changed;
 * - `gone`: nothing of it is left.
 */
export type Status = 'intact' | 'equivalent' | 'edited' | 'gone';

/** Where a target's text is in a version (code points), and what became of it. */
export interface Truth {
  status: Status;
  start: number;
  end: number;
  /**
   * [start, end) less the text at its edges that replaced more than the
   * target (a corrected name that ran past it, a rewritten headline): where
   * in such text the target now begins or ends, nothing can say.
   */
  core: readonly [number, number];
}

/** A target's result as a reviewer would see it: where, and whether flagged for confirmation. */
export interface Placed {
  start: number;
  end: number;
  flagged: boolean;
}

/**
 * correct: on the target's text and unflagged (or flagged, if it was
 * edited); fuzzy: there, flagged for confirmation; orphan: not anchored, where
 * the text was edited or is gone; lost: orphaned although its text is still
 * there (lost work: a careful person would re-attach it); wrong: anchored
 * anywhere else, or unflagged on text that is not what was checked.
 */
export type Verdict = 'correct' | 'fuzzy' | 'orphan' | 'lost' | 'wrong';

const originsOf = (cell: Cell) => [cell.origin, ...(cell.merged ?? [])].filter(o => o >= 0);

/**
 * Follows the original code points [s, e) into a version. Text that replaced
 * part of the range, or was inserted strictly inside it, belongs to it;
 * whitespace added around it does not.
 */
export function truthOf(t: Tracked, s: number, e: number): Truth {
  const cells = t.cells;
  const belongs = (cell: Cell) => {
    if (originsOf(cell).some(o => o >= s && o < e)) return true;
    if (cell.origin >= 0 || !cell.replaced || cell.how === 'cosmetic') return false;
    const [a, b] = cell.replaced;
    return a === b ? a > s && a < e : a < e && b > s;
  };
  const at: number[] = [];
  cells.forEach((cell, i) => {
    if (belongs(cell)) at.push(i);
  });
  if (!at.length) return { status: 'gone', start: 0, end: 0, core: [0, 0] };
  // runs of belonging cells with nothing but added whitespace between them
  const groups: number[][] = [];
  for (const i of at) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev === undefined ? [] : cells.slice(prev + 1, i);
    if (last && gap.every(c => c.origin < 0 && c.how === 'cosmetic')) last.push(i);
    else groups.push([i]);
  }
  const best = groups.reduce((a, b) => (b.length > a.length ? b : a));
  const start = best[0] as number;
  const end = (best[best.length - 1] as number) + 1;
  const span = cells.slice(start, end);
  const seen = new Set(span.flatMap(originsOf));
  const missing: number[] = [];
  for (let o = s; o < e; o++) if (!seen.has(o)) missing.push(o);
  const styled = span.filter(c => c.how === 'style' && c.replaced);
  const restyled = (o: number) =>
    styled.some(
      c =>
        (c.replaced as readonly [number, number])[0] <= o &&
        o < (c.replaced as readonly [number, number])[1],
    );
  const edited =
    groups.length > 1 ||
    span.some(c => c.how === 'inserted') ||
    !missing.every(restyled) ||
    !isIncreasing(span.flatMap(originsOf));
  const straddles = (c: Cell) => !!c.replaced && (c.replaced[0] < s || c.replaced[1] > e);
  let coreStart = start;
  let coreEnd = end;
  while (coreStart < coreEnd && straddles(cells[coreStart] as Cell)) coreStart++;
  while (coreEnd > coreStart && straddles(cells[coreEnd - 1] as Cell)) coreEnd--;
  const core = [coreStart, coreEnd] as const;
  if (edited) return { status: 'edited', start, end, core };
  const plain = span.every(c => c.how === 'kept');
  return { status: plain ? 'intact' : 'equivalent', start, end, core };
}

function isIncreasing(xs: readonly number[]): boolean {
  return xs.every((x, i) => i === 0 || x >= (xs[i - 1] as number));
}

/** The text with whitespace runs as one space, quotes straight, letters composed: what a reader compares. */
export function loose(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[“”„"]/gu, '"')
    .replace(/[‘’']/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A result against the truth; `cells` are the version's, `checked` the quote as a person checked it. */
export function judge(
  truth: Truth,
  placed: Placed | null,
  cells: readonly Cell[],
  checked: string,
): Verdict {
  const text = cells.map(c => c.c);
  const fine = truth.status === 'intact' || truth.status === 'equivalent';
  if (!placed) return fine ? 'lost' : 'orphan';
  if (truth.status === 'gone') return 'wrong';
  const got = trim(text, placed.start, placed.end);
  const want = trim(text, truth.start, truth.end);
  if (fine) {
    if (got[0] !== want[0] || got[1] !== want[1]) return 'wrong';
    return placed.flagged ? 'fuzzy' : 'correct';
  }
  // edited: most of what is known to be the target's (its surviving and replacing text; text
  // inserted inside it may be left out), little beyond its text
  const core = trim(text, ...truth.core);
  let need = 0;
  let covered = 0;
  for (let i = core[0]; i < core[1]; i++) {
    const cell = cells[i] as Cell;
    const inserted = cell.origin < 0 && (!cell.replaced || cell.replaced[0] === cell.replaced[1]);
    if (inserted || /\s/u.test(cell.c)) continue;
    need++;
    if (i >= got[0] && i < got[1]) covered++;
  }
  const inside = Math.max(0, Math.min(got[1], want[1]) - Math.max(got[0], want[0]));
  const extra = got[1] - got[0] - inside;
  if (got[1] <= got[0] || covered < 0.8 * need || extra > 0.2 * Math.max(1, need)) return 'wrong';
  if (placed.flagged) return 'fuzzy';
  // unflagged on edited text: only if it still reads as checked
  return loose(text.slice(got[0], got[1]).join('')) === loose(checked) ? 'correct' : 'wrong';
}

/** [from, to) without whitespace at either end. */
function trim(text: string[], from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && /\s/u.test(text[a] as string)) a++;
  while (b > a && /\s/u.test(text[b - 1] as string)) b--;
  return [a, b];
}
