/**
 * How a code point of a version came to be:
 * - `kept`: the original code point, unchanged;
 * - `cosmetic`: the original changed only in form (a quote style, a space
 *   that became a line break, a decomposed letter), or whitespace added;
 *   a reader reads the same words;
 * - `style`: house style rewrote it with the same meaning ("%" → " percent");
 * - `inserted`: new text, or an edit of the original.
 */
export type How = 'kept' | 'cosmetic' | 'style' | 'inserted';

/** One code point of a version, and where it came from in the original text. */
export interface Cell {
  c: string;
  /** Code-point index in the original text; -1 for text that was not there. */
  origin: number;
  how: How;
  /**
   * For text that was not there: the original range [from, to) it replaced,
   * from === to for a pure insertion at that place.
   */
  replaced?: readonly [number, number];
  /** Other original code points this one stands for (a letter composed with its marks). */
  merged?: readonly number[];
}

/**
 * A version of a text that knows where every code point came from: the
 * ground truth of the revision corpus. Positions are code points.
 */
export class Tracked {
  constructor(readonly cells: Cell[]) {}

  static of(text: string): Tracked {
    return new Tracked([...text].map((c, origin) => ({ c, origin, how: 'kept' })));
  }

  get text(): string {
    return this.cells.map(cell => cell.c).join('');
  }

  get length(): number {
    return this.cells.length;
  }

  /** The code points [from, to) as a string. */
  slice(from: number, to: number): string {
    return this.cells
      .slice(from, to)
      .map(cell => cell.c)
      .join('');
  }

  /**
   * Replaces [from, to) with `insert`. New text records the original range it
   * replaced; `cosmetic` or `style` say it reads the same as what it replaced.
   */
  replace(from: number, to: number, insert: string, how: How = 'inserted'): void {
    const removed = this.cells.slice(from, to);
    const replaced = removed.length ? spanOf(removed) : this.placeAt(from);
    const cells: Cell[] = [...insert].map(c => ({ c, origin: -1, how, replaced }));
    this.cells.splice(from, to - from, ...cells);
  }

  /** Changes one code point's form, keeping its origin (a quote style, a line break for a space). */
  restyle(at: number, into: string): void {
    const cell = this.cells[at] as Cell;
    const parts = [...into];
    const how: How = cell.how === 'kept' ? 'cosmetic' : cell.how;
    const cells: Cell[] = parts.map(c => ({ ...cell, c, how }));
    this.cells.splice(at, 1, ...cells);
  }

  /** Composes [from, to) into `into`, which stands for all of their origins. */
  merge(from: number, to: number, into: string): void {
    const run = this.cells.slice(from, to);
    const origins = run.flatMap(cell => [cell.origin, ...(cell.merged ?? [])]).filter(o => o >= 0);
    const [first] = run as [Cell];
    const cells: Cell[] = [...into].map((c, k) => ({
      ...first,
      c,
      how: 'cosmetic',
      ...(k === 0 && { merged: origins.slice(1) }),
    }));
    this.cells.splice(from, to - from, ...cells);
  }

  /** Moves [from, to) so that it starts where `at` (a position before the move) is. */
  move(from: number, to: number, at: number): void {
    const block = this.cells.slice(from, to);
    if (at >= from && at <= to) return;
    if (at > to) {
      this.cells.splice(at, 0, ...block);
      this.cells.splice(from, to - from);
    } else {
      this.cells.splice(from, to - from);
      this.cells.splice(at, 0, ...block);
    }
  }

  /** A copy, so that a chain's first version stays as it was. */
  clone(): Tracked {
    return new Tracked(this.cells.map(cell => ({ ...cell })));
  }

  /** The original place an insertion at `at` goes to: just before the next original code point. */
  private placeAt(at: number): readonly [number, number] {
    for (let i = at; i < this.cells.length; i++) {
      const cell = this.cells[i] as Cell;
      if (cell.origin >= 0) return [cell.origin, cell.origin];
      if (cell.replaced) return [cell.replaced[0], cell.replaced[0]];
    }
    for (let i = at - 1; i >= 0; i--) {
      const cell = this.cells[i] as Cell;
      if (cell.origin >= 0) return [cell.origin + 1, cell.origin + 1];
      if (cell.replaced) return [cell.replaced[1], cell.replaced[1]];
    }
    return [0, 0];
  }
}

/** The original range the cells cover: their origins, or what they replaced. */
function spanOf(cells: readonly Cell[]): readonly [number, number] {
  let from = Infinity;
  let to = -Infinity;
  for (const cell of cells) {
    const [a, b] = cell.origin >= 0 ? [cell.origin, cell.origin + 1] : (cell.replaced ?? [0, 0]);
    from = Math.min(from, a);
    to = Math.max(to, b);
  }
  return [from, to];
}
