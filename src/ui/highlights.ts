import type { Highlight } from '../editor/highlight-plugin';
import type { TextMap } from '../editor/text-map';
import { anchor } from '../model/anchor';
import type { Annotation } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';
import { annotationLabel, highlightLook } from './annotation-labels';

/**
 * The highlights of the annotations that anchor in the text; orphans draw
 * nothing, and an unconfirmed fuzzy anchor is drawn as such.
 */
export function highlightsFor(
  annotations: readonly Annotation[],
  map: TextMap,
  scale: VerdictScale,
): Highlight[] {
  const out: Highlight[] = [];
  for (const a of annotations) {
    if (a.anchoring?.method === 'orphan') continue;
    const found = anchor(map.index, a.target);
    if (found.method === 'orphan') continue;
    const look = highlightLook(a, scale);
    out.push({
      id: a.id,
      from: map.toPos(found.start),
      to: map.toPos(found.end),
      className: unconfirmed(a) ? `${look.className} fm-fuzzy` : look.className,
      ...(look.color && { style: `--fm-c: ${look.color}` }),
      label: annotationLabel(a, scale),
      ...(a.kind === 'correction' && a.correction && { correction: a.correction }),
    });
  }
  return out;
}

const unconfirmed = (a: Annotation) => a.anchoring?.method === 'fuzzy' && !a.anchoring.confirmed;
