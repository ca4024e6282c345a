import type { Highlight } from './highlight-plugin';
import type { TextMap } from './text-map';
import { anchor } from '../model/anchor';
import type { Annotation } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { annotationLabel } from '../model/labels';
import { highlightLook } from './highlight-look';

/** A highlight as computed for one record on one text: a save makes a new record, so a new entry. */
interface Cached {
  map: TextMap;
  scale: VerdictScale;
  highlight: Highlight | null;
}
const cache = new WeakMap<Annotation, Cached>();

/**
 * The highlights of the annotations that anchor in the text; orphans draw
 * nothing, and an unconfirmed fuzzy anchor is drawn as such. Each record's
 * highlight is computed once: with ten thousand annotations, a save
 * recomputes one, not all.
 */
export function highlightsFor(
  annotations: readonly Annotation[],
  map: TextMap,
  scale: VerdictScale,
): Highlight[] {
  const out: Highlight[] = [];
  for (const a of annotations) {
    const h = highlightOfCached(a, map, scale);
    if (h) out.push(h);
  }
  return out;
}

function highlightOfCached(a: Annotation, map: TextMap, scale: VerdictScale): Highlight | null {
  let entry = cache.get(a);
  if (!entry || entry.map !== map || entry.scale !== scale) {
    entry = { map, scale, highlight: highlightOf(a, map, scale) };
    cache.set(a, entry);
  }
  return entry.highlight;
}

/**
 * The annotations split, in one pass, into those with a highlight in the
 * text (`placed`) and those without (`orphans`), each in the given order.
 */
export function placedOrNot(
  annotations: readonly Annotation[],
  map: TextMap,
  scale: VerdictScale,
): { placed: Annotation[]; orphans: Annotation[] } {
  const placed: Annotation[] = [];
  const orphans: Annotation[] = [];
  for (const a of annotations) (highlightOfCached(a, map, scale) ? placed : orphans).push(a);
  return { placed, orphans };
}

function highlightOf(a: Annotation, map: TextMap, scale: VerdictScale): Highlight | null {
  if (a.anchoring?.method === 'orphan') return null;
  const found = anchor(map.index, a.target);
  if (found.method === 'orphan') return null;
  const look = highlightLook(a, scale);
  return {
    id: a.id,
    from: map.toPos(found.start),
    to: map.toPos(found.end),
    className: unconfirmed(a) ? `${look.className} fm-fuzzy` : look.className,
    ...(look.color && { style: `--fm-c: ${look.color}` }),
    label: annotationLabel(a, scale),
    ...(a.kind === 'correction' && a.correction && { correction: a.correction }),
  };
}

const unconfirmed = (a: Annotation) => a.anchoring?.method === 'fuzzy' && !a.anchoring.confirmed;
