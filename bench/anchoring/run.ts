// Re-anchoring benchmark: npx tsx bench/anchoring/run.ts
// Exits non-zero if Factmark's engine anchors any annotation to a wrong place.
import { anchor, type AnchorResult } from '../../src/model/anchor';
import { anchorAll } from '../../src/model/anchor-all';
import { mapTarget } from '../../src/model/map-target';
import { diffTexts } from '../../src/model/text-diff';
import { CodePointIndex } from '../../src/model/offsets';
import type { Target } from '../../src/model/types';
import { annotate } from './corpus';
import { insertionNearStart, scatteredEdits, type Revision } from './edits';
import { hypothesisAnchor } from './hypothesis-baseline';
import { expect, judge, type Expectation, type Verdict } from './judge';
import { mulberry32 } from './prng';
import { article } from './prose';

const seedArg = process.argv.indexOf('--seed');
const SEED = seedArg === -1 ? 20240611 : Number(process.argv[seedArg + 1]);
const ARTICLE_CODE_POINTS = 1_000_000;
const ANNOTATIONS = 10_000;
const BASELINE_SAMPLE = 200;
const SINGLE_SAMPLE = 1000;

const r = mulberry32(SEED);
const text = article(r, ARTICLE_CODE_POINTS);
const annotated = annotate(r, text, ANNOTATIONS);
const targets = annotated.map(a => a.target);
const quoteUses = new Map<string, number>();
for (const t of targets) quoteUses.set(t.exact, (quoteUses.get(t.exact) ?? 0) + 1);
const shared = targets.filter(t => (quoteUses.get(t.exact) ?? 0) > 1).length;
const cps = new CodePointIndex(text).length;

console.log(`article: ${cps} code points (${text.length} UTF-16 units), seed ${SEED}`);
console.log(
  `annotations: ${targets.length} (${count(annotated.map(a => a.shape))}); ${shared} share their quote with another`,
);

let wrongTotal = 0;
for (const revision of [scatteredEdits(r, text, 0.01), insertionNearStart(r, text, 20_000, 0.02)]) {
  const index = new CodePointIndex(revision.text);
  const expected = expect(targets, revision.edits);
  const touched = expected.filter(x => x.touched).length;
  console.log(`\n## ${revision.name}`);
  console.log(
    `${revision.edits.length} edits, ${revision.changed} code points changed (${pct(revision.changed, cps)}); ${touched} quotes touched`,
  );

  const times: number[] = [];
  let results: AnchorResult[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    results = anchorAll(index, targets);
    times.push(performance.now() - t0);
  }
  const verdicts = results.map((res, i) => judge(res, expected[i] as Expectation));
  const wrong = verdicts.filter(v => v === 'wrong').length;
  wrongTotal += wrong;
  console.log(
    `Factmark anchorAll: ${ms(times[0] as number)} cold, ${ms(Math.min(...times))} warm (best of 3) — ${tally(verdicts)}`,
  );
  console.log(`  methods: ${count(results.map(res => res.method))}`);
  console.log(`  ${details(results, expected, verdicts)}`);
  reportWrong(results, expected, verdicts, revision);

  // what the app runs on a new version, where the old text is known: the diff decides
  const oldIndex = new CodePointIndex(text);
  const diffTimes: number[] = [];
  let mapped: AnchorResult[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const map = diffTexts(text, revision.text);
    mapped = targets.map(t => mapTarget(map, oldIndex, index, t));
    diffTimes.push(performance.now() - t0);
  }
  const mappedVerdicts = mapped.map((res, i) => judge(res, expected[i] as Expectation));
  wrongTotal += mappedVerdicts.filter(v => v === 'wrong').length;
  console.log(
    `Factmark through the diff (old text known): ${ms(diffTimes[0] as number)} cold, ${ms(Math.min(...diffTimes))} warm (best of 3) — ${tally(mappedVerdicts)}`,
  );
  console.log(`  methods: ${count(mapped.map(res => res.method))}`);
  console.log(`  ${details(mapped, expected, mappedVerdicts)}`);
  reportWrong(mapped, expected, mappedVerdicts, revision);

  // anchor() alone cannot learn from neighbours where the text moved: slower, more orphans.
  const some = sampleOf(targets.length, SINGLE_SAMPLE);
  const t1 = performance.now();
  const single = some.map(i => anchor(index, targets[i] as Target));
  const singleTime = performance.now() - t1;
  const singleVerdicts = single.map((res, k) =>
    judge(res, expected[some[k] as number] as Expectation),
  );
  wrongTotal += singleVerdicts.filter(v => v === 'wrong').length;
  console.log(
    `Factmark anchor() one at a time, sample of ${some.length}: ${ms(singleTime)} — ${tally(singleVerdicts)}`,
  );
  console.log(
    `  extrapolated to ${targets.length}: ~${ms((singleTime * targets.length) / some.length)} (estimate)`,
  );

  const sample = sampleOf(targets.length, BASELINE_SAMPLE);
  const t0 = performance.now();
  const baseline = sample.map(i => hypothesisAnchor(index, targets[i] as Target));
  const elapsed = performance.now() - t0;
  const baseVerdicts = baseline.map((res, k) =>
    judge(res, expected[sample[k] as number] as Expectation),
  );
  console.log(
    `approx-string-match (Hypothesis approach), sample of ${sample.length}: ${ms(elapsed)} — ${tally(baseVerdicts)}`,
  );
  console.log(
    `  extrapolated to ${targets.length}: ~${ms((elapsed * targets.length) / sample.length)} (estimate, not measured)`,
  );
}

if (wrongTotal > 0) {
  console.error(`\nFAIL: Factmark anchored ${wrongTotal} annotations to a wrong place`);
  process.exit(1);
}

function sampleOf(n: number, k: number): number[] {
  const pick = mulberry32(SEED + 1);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, n)) chosen.add(pick.int(0, n - 1));
  return [...chosen];
}

function details(results: AnchorResult[], expected: Expectation[], verdicts: Verdict[]): string {
  const lost = verdicts.filter((v, i) => v === 'orphan' && !(expected[i] as Expectation).touched);
  const fuzzy = results.filter(res => res.method === 'fuzzy');
  const low = fuzzy.length ? Math.min(...fuzzy.map(f => f.confidence)).toFixed(3) : '–';
  return `surviving quotes orphaned: ${lost.length}; fuzzy anchors: ${fuzzy.length} (lowest confidence ${low})`;
}

function reportWrong(
  results: AnchorResult[],
  expected: Expectation[],
  verdicts: Verdict[],
  revision: Revision,
): void {
  const index = new CodePointIndex(revision.text);
  verdicts.forEach((v, i) => {
    if (v !== 'wrong') return;
    const res = results[i] as AnchorResult;
    const x = expected[i] as Expectation;
    const got = res.method === 'orphan' ? '' : index.slice(res.start, res.end);
    console.log(`  WRONG ${JSON.stringify(targets[i]?.exact)} ${res.method} ${res.confidence}`);
    console.log(
      `    got ${JSON.stringify(got)}, expected ${JSON.stringify(index.slice(x.start, x.end))}`,
    );
  });
}

function tally(verdicts: Verdict[]): string {
  const n = (v: Verdict) => verdicts.filter(x => x === v).length;
  return `correct ${n('correct')}, orphan ${n('orphan')}, wrong ${n('wrong')}`;
}

function count(items: string[]): string {
  const m = new Map<string, number>();
  for (const s of items) m.set(s, (m.get(s) ?? 0) + 1);
  return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
}

function ms(t: number): string {
  return t < 10_000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(1)} s`;
}

function pct(a: number, b: number): string {
  return `${((100 * a) / b).toFixed(2)} %`;
}
