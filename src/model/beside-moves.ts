import { DiffMap, type Hunk } from './diff-map';
import type { Leftover } from './find-moves';
import type { Region } from './text-diff';

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** Where an old position is in the new text, through the hunks that kept its text. */
class Kept {
  private readonly map: DiffMap;

  constructor(hunks: readonly Hunk[]) {
    this.map = new DiffMap(
      hunks.filter(h => (h.kind === 'same' || h.kind === 'loose') && h.oldTo > h.oldFrom),
    );
  }

  /** The new position of the character at old `pos`, if it was kept. */
  start(pos: number): number | undefined {
    const h = this.map.holding(pos);
    if (!h) return undefined;
    return h.kind === 'same' ? h.newFrom + pos - h.oldFrom : h.newFrom;
  }

  /** The new position just after the character at old `pos`, if it was kept. */
  end(pos: number): number | undefined {
    const h = this.map.holding(pos);
    if (!h) return undefined;
    return h.kind === 'same' ? h.newFrom + pos - h.oldFrom + 1 : h.newTo;
  }
}

/** The span without whitespace at its ends. */
function trimmed(text: string, l: Leftover): [number, number] {
  let [a, b] = [l.from, l.to];
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return [a, b];
}

/**
 * Leftovers of a diff that lie beside the same kept passage on both sides:
 * an old stretch whose next (or previous) passage went to just after (or
 * before) a new stretch. A paragraph edited as it moved with its neighbour
 * is then found as if in place: the neighbour that was found singles it
 * out. Each pair is returned once over the calls that share `seen`; the
 * leftovers are returned without those paired.
 */
export function besideMoves(
  oldText: string,
  oldLeft: readonly Leftover[],
  newText: string,
  newLeft: readonly Leftover[],
  hunks: readonly Hunk[],
  seen: Set<string>,
): { regions: Region[]; old: Leftover[]; new: Leftover[] } {
  const kept = new Kept(hunks);
  const byStart = new Map<number, Leftover>();
  const byEnd = new Map<number, Leftover>();
  for (const l of newLeft) {
    const [a, b] = trimmed(newText, l);
    if (a >= b) continue;
    byStart.set(a, l);
    byEnd.set(b, l);
  }
  const regions: Region[] = [];
  const used = new Set<Leftover>();
  const old: Leftover[] = [];
  for (const p of oldLeft) {
    const [a, b] = trimmed(oldText, p);
    let q: Leftover | undefined;
    if (a < b) {
      // the passage after it, and where it went
      let next = b;
      while (isSpace(oldText[next])) next++;
      let m = next < oldText.length ? kept.start(next) : undefined;
      while (m !== undefined && m > 0 && isSpace(newText[m - 1])) m--;
      q = m === undefined ? undefined : byEnd.get(m);
      // else the passage before it
      if (!q || used.has(q)) {
        let prev = a - 1;
        while (prev >= 0 && isSpace(oldText[prev])) prev--;
        let e = prev >= 0 ? kept.end(prev) : undefined;
        while (e !== undefined && isSpace(newText[e])) e++;
        q = e === undefined ? undefined : byStart.get(e);
      }
    }
    const key = q && `${p.from}:${q.from}`;
    if (!q || !key || used.has(q) || seen.has(key)) {
      old.push(p);
      continue;
    }
    seen.add(key);
    used.add(q);
    regions.push({ from: p.from, to: p.to, newFrom: q.from, newTo: q.to });
  }
  return { regions, old, new: newLeft.filter(l => !used.has(l)) };
}
