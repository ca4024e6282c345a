/**
 * One stretch of the old text and what became of it in the new one (UTF-16
 * indexes of each):
 * - `same`: identical text;
 * - `loose`: the same words in another form (whitespace, quote style, a
 *   decomposed letter, "%" for "percent"), see `looseKey`;
 * - `changed`: edited into the new range;
 * - `deleted`: gone; `newFrom` = `newTo` is where it was, or -1 if unknown;
 * - `inserted`: new text, `oldFrom` = `oldTo` being where it went in.
 */
export interface Hunk {
  kind: 'same' | 'loose' | 'changed' | 'deleted' | 'inserted';
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/**
 * What became of every part of an old text in a new one: hunks covering
 * the old text once each, in its order (the new ranges need not be in order:
 * text moves), with the insertions where they went in.
 */
export class DiffMap {
  private readonly hunks: Hunk[];

  constructor(hunks: readonly Hunk[]) {
    // insertions before the hunk starting at the same place: they come before its text
    this.hunks = [...hunks].sort(
      (p, q) => p.oldFrom - q.oldFrom || p.oldTo - p.oldFrom - (q.oldTo - q.oldFrom),
    );
  }

  /**
   * The hunks that touch `[from, to)` of the old text, in order: those that
   * overlap it, and insertions strictly inside it.
   */
  within(from: number, to: number): Hunk[] {
    const out: Hunk[] = [];
    for (let k = this.firstEndingAfter(from); k < this.hunks.length; k++) {
      const h = this.hunks[k] as Hunk;
      if (h.oldFrom >= to) break;
      const empty = h.oldFrom === h.oldTo;
      if (empty ? h.oldFrom > from : h.oldTo > from) out.push(h);
    }
    return out;
  }

  /** The `same` hunk that holds all of `[from, to)` with nothing inserted inside, if one does. */
  sameAround(from: number, to: number): Hunk | undefined {
    const [h, next] = this.within(from, to);
    return h?.kind === 'same' && h.oldFrom <= from && to <= h.oldTo && !next ? h : undefined;
  }

  /** The hunk of old text that holds the character at `pos`, if any. */
  holding(pos: number): Hunk | undefined {
    const h = this.hunks[this.firstEndingAfter(pos)];
    return h && h.oldFrom <= pos ? h : undefined;
  }

  /** The index of the first hunk that ends after `pos` (binary search: hunks end in order). */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.hunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.hunks[mid] as Hunk).oldTo <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Every hunk, in the order of the old text. */
  all(): readonly Hunk[] {
    return this.hunks;
  }
}
