import type { Transaction } from 'dexie';
import type { Annotation } from '../model/types';

/**
 * What version 3 does to the annotations: before it, an import stored ids as
 * the file wrote them, so a file with upper-case UUIDs stored each annotation
 * a second time (issue 15, defect 6). Every id becomes lower case, as the
 * import gate now makes them; of two records that differ only in the case of
 * their id, the later edit is kept (the lower-case one on a tie). Returns the
 * records to write and the ids to delete; none when all ids are lower case
 * already, which makes the upgrade safe to run twice.
 */
export function lowerCaseIds(annotations: readonly Annotation[]): {
  put: Annotation[];
  remove: string[];
} {
  const kept = new Map<string, Annotation>();
  const changed = new Set<string>();
  const remove: string[] = [];
  // lower-case records first, so a tie keeps the one already lower case
  const ordered = [...annotations].sort(
    (a, b) => Number(a.id !== a.id.toLowerCase()) - Number(b.id !== b.id.toLowerCase()),
  );
  for (const a of ordered) {
    const id = a.id.toLowerCase();
    if (a.id !== id) {
      remove.push(a.id);
      changed.add(id);
    }
    const other = kept.get(id);
    if (!other || Date.parse(a.updatedAt) > Date.parse(other.updatedAt)) {
      kept.set(id, { ...a, id });
      if (other) changed.add(id);
    }
  }
  return { put: [...changed].map(id => kept.get(id) as Annotation), remove };
}

/** Version 3: a tombstones table (no records to change), and every annotation id in lower case. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const annotations = tx.table<Annotation, string>('annotations');
  const upper = await annotations.filter(a => a.id !== a.id.toLowerCase()).toArray();
  if (upper.length === 0) return;
  const lower = await annotations.bulkGet(upper.map(a => a.id.toLowerCase()));
  const { put, remove } = lowerCaseIds([...upper, ...lower.filter(a => a !== undefined)]);
  await annotations.bulkDelete(remove);
  await annotations.bulkPut(put);
}
