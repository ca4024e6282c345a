import { byPassage, creatorIdOf, iou, SAME_CLAIM_IOU, toUnit } from '../agreement/claim-units';
import type { Annotation } from '../types';
import type { SameClaim } from './same-claim';
import { isPlacedClaim, itemAlone, type Grouping } from './same-claim-groups';

/** More records changed than this, and the list is grouped again from scratch. */
const FEW_CHANGED = 8;

/**
 * `next` grouped from `last`, when it differs from `last`'s list by a few
 * records replaced, or by one record added or removed, in ways that change
 * no other record's claim; undefined otherwise.
 */
export function regrouped(last: Grouping, next: readonly Annotation[]): Grouping | undefined {
  const size = last.annotations.length;
  if (next.length === size) return replaced(last, next);
  if (next.length === size + 1) return added(last, next);
  if (next.length === size - 1) return removed(last, next);
  return undefined;
}

/**
 * `next` grouped from `last`, same length: each record that differs is a
 * new record of the same annotation that groups as it did (`groupsAlike`).
 * A changed annotation alone gets its own item; a changed member of a
 * shared claim gets its claim's item made again, its assessments merged as
 * `toUnit` merges them.
 */
function replaced(last: Grouping, next: readonly Annotation[]): Grouping | undefined {
  const was = last.annotations;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    if (next[i] === was[i]) continue;
    if (changed.length === FEW_CHANGED || !groupsAlike(was[i] as Annotation, next[i] as Annotation))
      return undefined;
    changed.push(i);
  }
  if (changed.length === 0) return { ...last, annotations: next };
  const items = last.items.slice();
  for (const i of changed) {
    const [before, after] = [was[i] as Annotation, next[i] as Annotation];
    const at = last.itemAt[i] as number;
    items[at] = last.shared.has(after.id)
      ? withMember(items[at] as SameClaim, before, after)
      : itemAlone(after);
  }
  return { annotations: next, items, itemAt: last.itemAt, shared: last.shared };
}

/** Where `next` differs from `was`: the length of their common start (by identity). */
function firstDifference(was: readonly Annotation[], next: readonly Annotation[]): number {
  let i = 0;
  while (i < was.length && i < next.length && was[i] === next[i]) i++;
  return i;
}

/** The rest of two lists is the same records, `was` from `i`, `next` from `j`. */
function sameFrom(was: readonly Annotation[], i: number, next: readonly Annotation[], j: number) {
  for (; i < was.length; i++, j++) if (was[i] !== next[j]) return false;
  return true;
}

/**
 * `next` grouped from `last`, one record longer: the new record is an item
 * alone, which it is when no placed claim here pairs with it (IoU ≥ 0.5),
 * since then it joins no unit and takes no member from one.
 */
function added(last: Grouping, next: readonly Annotation[]): Grouping | undefined {
  const was = last.annotations;
  const at = firstDifference(was, next);
  const record = next[at] as Annotation;
  if (!sameFrom(was, at, next, at + 1) || last.shared.has(record.id)) return undefined;
  if (
    isPlacedClaim(record) &&
    was.some(a => isPlacedClaim(a) && iou(a.target, record.target) >= SAME_CLAIM_IOU)
  )
    return undefined;
  // its item comes after the items led before it
  let item = 0;
  for (let i = 0; i < at; i++) item = Math.max(item, (last.itemAt[i] as number) + 1);
  const items = last.items.slice();
  items.splice(item, 0, itemAlone(record));
  const itemAt = new Int32Array(next.length);
  for (let i = 0; i < was.length; i++) {
    const had = last.itemAt[i] as number;
    itemAt[i < at ? i : i + 1] = had >= item ? had + 1 : had;
  }
  itemAt[at] = item;
  return { annotations: next, items, itemAt, shared: last.shared };
}

/**
 * `next` grouped from `last`, one record shorter: the record gone was an
 * item alone, so every other record's claim stays as it was (it never
 * joined one).
 */
function removed(last: Grouping, next: readonly Annotation[]): Grouping | undefined {
  const was = last.annotations;
  const at = firstDifference(was, next);
  if (!sameFrom(was, at + 1, next, at) || last.shared.has((was[at] as Annotation).id))
    return undefined;
  const item = last.itemAt[at] as number;
  const items = last.items.slice();
  items.splice(item, 1);
  const itemAt = new Int32Array(next.length);
  for (let i = 0; i < next.length; i++) {
    const had = last.itemAt[i < at ? i : i + 1] as number;
    itemAt[i] = had > item ? had - 1 : had;
  }
  return { annotations: next, items, itemAt, shared: last.shared };
}

/** A shared claim's item with one member's record replaced by its new record. */
function withMember(item: SameClaim, before: Annotation, after: Annotation): SameClaim {
  const members = item.members.map(m => (m === before ? after : m));
  const { assessments } = toUnit([...members].sort(byPassage));
  return { lead: item.lead === before ? after : item.lead, members, assessments };
}

/**
 * Whether two records of one annotation are grouped alike whatever else is
 * in the list: what `claimGroups` pairs by (kind, passage, placed or
 * orphan, creator) is the same in both.
 */
const groupsAlike = (a: Annotation, b: Annotation): boolean =>
  a.id === b.id &&
  a.kind === b.kind &&
  a.target.start === b.target.start &&
  a.target.end === b.target.end &&
  (a.anchoring?.method === 'orphan') === (b.anchoring?.method === 'orphan') &&
  creatorIdOf(a) === creatorIdOf(b);
