import { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import { db } from './db';

/** The single keys in a mutated range set, or null when it holds a range (a bulk change). */
function singleKeys(tree: IntervalTree | undefined): string[] | null {
  if (!tree || !('from' in tree)) return [];
  const keys: string[] = [];
  for (const node of RangeSet(tree)) {
    if (node.from !== node.to || typeof node.from !== 'string') return null;
    keys.push(node.from);
  }
  return keys;
}

/**
 * The keys of `table` that a Dexie `storagemutated` event says were written
 * or deleted: an empty list when the table is not named, null when a range
 * of it changed (a bulk change, to be read again in full).
 */
export function mutatedKeys(parts: ObservabilitySet, table: string): string[] | null {
  const prefix = `idb://${db.name}/${table}/`;
  const puts = singleKeys(parts[prefix]);
  const deletes = singleKeys(parts[`${prefix}:dels`]);
  return puts && deletes ? [...new Set([...puts, ...deletes])] : null;
}
