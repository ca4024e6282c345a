import { anchorAll } from '../../src/model/anchor-all';
import { mapTarget } from '../../src/model/map-target';
import { diffTexts } from '../../src/model/text-diff';
import type { AnchorResult } from '../../src/model/anchor';
import { CodePointIndex } from '../../src/model/offsets';
import type { Target } from '../../src/model/types';
import type { Revision } from '../anchoring/edits';
import { hypothesisAnchor } from '../anchoring/hypothesis-baseline';
import { expect, judge, type Expectation, type Verdict } from '../anchoring/judge';
import { mulberry32 } from '../anchoring/prng';
import { bareDiff } from '../floors/diff-floor';

/** Factmark's engine against the Hypothesis approach on one edited version. */
export interface Comparison {
  revision: string;
  /** anchorAll over every target, each run. */
  factmarkMs: number[];
  factmark: Record<Verdict, number>;
  /** The diff of the old and new text, then every target mapped through it, each run. */
  diffMs: number[];
  diff: Record<Verdict, number>;
  /** The diff's floor: a bare jsdiff of the two texts (bench/floors/diff-floor.ts), each run. */
  bareDiffMs: number[];
  /** approx-string-match on a sample, and its time scaled to every target (an estimate). */
  baselineSample: number;
  baselineSampleMs: number;
  baselineExtrapolatedMs: number;
  baseline: Record<Verdict, number>;
}

const BASELINE_SAMPLE = 200;

export function tally(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const out = { correct: 0, orphan: 0, wrong: 0 };
  for (const v of verdicts) out[v]++;
  return out;
}

function sampleOf(n: number, k: number, seed: number): number[] {
  const pick = mulberry32(seed);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(pick.int(0, n - 1));
  return [...chosen];
}

/**
 * bench/anchoring/run.ts's comparison, in this process: `anchorAll` over every
 * target (`runs` times, judged on the last), the diff of the old and new text
 * with every target mapped through it (the same), and the Hypothesis approach on a
 * sample (it takes tens of seconds for all of them), judged the same way.
 */
export function compareAnchoring(
  oldText: string,
  targets: readonly Target[],
  revision: Revision,
  seed: number,
  runs = 3,
): Comparison {
  const index = new CodePointIndex(revision.text);
  const expected = expect(targets, revision.edits);
  const factmarkMs: number[] = [];
  let results: AnchorResult[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    results = anchorAll(index, targets);
    factmarkMs.push(performance.now() - t0);
  }
  // what the app does on a new version, where the old text is known
  const oldIndex = new CodePointIndex(oldText);
  const diffMs: number[] = [];
  let mapped: AnchorResult[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const map = diffTexts(oldText, revision.text);
    mapped = targets.map(t => mapTarget(map, oldIndex, index, t));
    diffMs.push(performance.now() - t0);
  }
  const bareDiffMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    bareDiff(oldText, revision.text);
    bareDiffMs.push(performance.now() - t0);
  }
  const sample = sampleOf(targets.length, BASELINE_SAMPLE, seed + 1);
  const t0 = performance.now();
  const baseline = sample.map(i => hypothesisAnchor(index, targets[i] as Target));
  const baselineSampleMs = performance.now() - t0;
  return {
    revision: revision.name,
    factmarkMs,
    factmark: tally(results.map((res, i) => judge(res, expected[i] as Expectation))),
    diffMs,
    diff: tally(mapped.map((res, i) => judge(res, expected[i] as Expectation))),
    bareDiffMs,
    baselineSample: sample.length,
    baselineSampleMs,
    baselineExtrapolatedMs: (baselineSampleMs * targets.length) / sample.length,
    baseline: tally(
      baseline.map((res, k) => judge(res, expected[sample[k] as number] as Expectation)),
    ),
  };
}
