import { assessmentsOf, claimGroups, toUnit, type ClaimUnit } from '../agreement/claim-units';
import type { Annotation } from '../types';
import type { SameClaim } from './same-claim';

/** One call's answer, kept so that the next call on nearly the same list can be answered from it. */
export interface Grouping {
  annotations: readonly Annotation[];
  items: SameClaim[];
  /** For each annotation given, the index of its item among `items`. */
  itemAt: Int32Array;
  /** The ids of the annotations that share their claim with another. */
  shared: ReadonlySet<string>;
}

/** Groups `annotations` from scratch (but for the runs of overlapping claims kept in `lastRuns`). */
export function grouped(annotations: readonly Annotation[]): Grouping {
  const placedClaims = annotations.filter(isPlacedClaim);
  const unitOf = new Map<string, ClaimUnit>();
  for (const unit of sharedUnits(placedClaims))
    for (const m of unit.members) unitOf.set(m.id, unit);
  // each unit's members in the order given: only the few annotations that share a claim
  const ordered = new Map<ClaimUnit, Annotation[]>();
  if (unitOf.size > 0)
    for (const a of annotations) {
      const unit = unitOf.get(a.id);
      if (!unit) continue;
      const members = ordered.get(unit);
      if (members) members.push(a);
      else ordered.set(unit, [a]);
    }
  const items: SameClaim[] = [];
  const itemAt = new Int32Array(annotations.length);
  const itemOfUnit = new Map<ClaimUnit, number>();
  annotations.forEach((a, i) => {
    const unit = unitOf.get(a.id);
    if (!unit) {
      itemAt[i] = items.push(itemAlone(a)) - 1;
      return;
    }
    const listed = itemOfUnit.get(unit);
    if (listed !== undefined) {
      itemAt[i] = listed; // led by the first of them, already listed
      return;
    }
    const members = ordered.get(unit) as Annotation[];
    itemAt[i] = items.push({ lead: a, members, assessments: unit.assessments }) - 1;
    itemOfUnit.set(unit, itemAt[i] as number);
  });
  return { annotations, items, itemAt, shared: new Set(unitOf.keys()) };
}

export const isPlacedClaim = (a: Annotation) =>
  a.kind === 'claim' && a.anchoring?.method !== 'orphan';

// An annotation that is an item alone makes the same item while it is the same record (records
// are immutable): a save among 10,000 makes one new item, not 10,000, and the list's entries are
// given the very item they had.
const alone = new WeakMap<Annotation, SameClaim>();

/** The item of an annotation that shares its claim with no other. */
export function itemAlone(a: Annotation): SameClaim {
  let item = alone.get(a);
  if (!item) {
    item = { lead: a, members: [a], assessments: a.kind === 'claim' ? assessmentsOf(a) : [] };
    alone.set(a, item);
  }
  return item;
}

/** The units of a run of overlapping passages that have more than one member. */
const unitsOfRun = (run: readonly Annotation[]): ClaimUnit[] =>
  claimGroups(run)
    .filter(group => group.length > 1)
    .map(toUnit);

/** One run's units, kept for the next call: the same records in a run make the same units. */
interface RunMemo {
  run: readonly Annotation[];
  units: ClaimUnit[];
}

// The runs of the last call, by their first record's id. A save changes one record, and the
// sidebar and the progress card group the same claims again after it: every run but the one
// or two it touched is found here (records are immutable, so the same objects are the same
// content). Bounded by one call's claims; results never depend on it (same-claim.test.ts).
let lastRuns = new Map<string, RunMemo>();

const sameRecords = (a: readonly Annotation[], b: readonly Annotation[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The units of `claims` with more than one member: `claimUnits` taken apart
 * on each run of overlapping passages (only they can share a unit; most
 * claims overlap none), each run's units reused from the last call when it
 * holds the same records.
 */
function sharedUnits(claims: readonly Annotation[]): ClaimUnit[] {
  const memo = new Map<string, RunMemo>();
  const units: ClaimUnit[] = [];
  for (const run of overlapRuns(claims)) {
    const key = (run[0] as Annotation).id;
    const had = lastRuns.get(key);
    const kept = had && sameRecords(had.run, run) ? had : { run, units: unitsOfRun(run) };
    memo.set(key, kept);
    units.push(...kept.units);
  }
  lastRuns = memo;
  return units;
}

/**
 * The runs of claims whose passages overlap, each of two claims or more, in
 * order of start (sort and sweep): a claim that overlaps no other is in none.
 */
function overlapRuns(claims: readonly Annotation[]): Annotation[][] {
  const sorted = [...claims].sort((a, b) => a.target.start - b.target.start);
  const runs: Annotation[][] = [];
  let run: Annotation[] = [];
  let end = -Infinity;
  for (const a of sorted) {
    if (a.target.start >= end) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(a);
    end = Math.max(end, a.target.end);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}
