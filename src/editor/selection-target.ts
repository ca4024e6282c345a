import { describe } from '../model/describe';
import { trimRange } from '../model/trim-range';
import type { Target } from '../model/types';
import type { DocRange, TextMap } from './text-map';

/**
 * A selection in the article as the target of an annotation, without the
 * white space a drag often catches, and the range that target covers in the
 * document; null when only white space is selected.
 */
export function selectionTarget(
  map: TextMap,
  selection: DocRange,
): { range: DocRange; target: Target } | null {
  const trimmed = trimRange(map.index, map.toRange(selection));
  if (!trimmed) return null;
  return {
    range: { from: map.toPos(trimmed.start), to: map.toPos(trimmed.end) },
    target: describe(map.index, trimmed),
  };
}
