import type { AnchorResult } from '../../src/model/anchor';
import { textOffset } from '../../src/model/offsets';
import type { Target } from '../../src/model/types';
import type { Revision } from '../anchoring/edits';
import { expect, judge, type Expectation, type Verdict } from '../anchoring/judge';
import { tally } from './anchoring-compare';

interface ExportedItem {
  id: string;
  'factmark:anchoring'?: { method: AnchorResult['method'] };
  target: { selector: [unknown, { start: number; end: number }] };
}

/**
 * Judges the annotations of an exported annotated-JSON file (the app's re-anchored
 * version) against where the generator knows their text went. The n-th
 * original target is matched to the annotation whose id starts with n in hex.
 */
export function judgeExport(
  json: string,
  targets: readonly Target[],
  revision: Revision,
): Record<Verdict, number> & { missing: number } {
  const file = JSON.parse(json) as { first: { items: ExportedItem[] } };
  const expected = expect(targets, revision.edits);
  const verdicts: Verdict[] = [];
  for (const item of file.first.items) {
    const n = parseInt(item.id.replace('urn:uuid:', '').slice(0, 8), 16);
    const x = expected[n];
    if (!x) throw new Error(`an exported annotation the workload did not make: ${item.id}`);
    const method = item['factmark:anchoring']?.method ?? 'position';
    const { start, end } = item.target.selector[1];
    const result: AnchorResult =
      method === 'orphan'
        ? { method, confidence: 0 }
        : { method, start: textOffset(start), end: textOffset(end), confidence: 1 };
    verdicts.push(judge(result, x as Expectation));
  }
  return { ...tally(verdicts), missing: targets.length - verdicts.length };
}
