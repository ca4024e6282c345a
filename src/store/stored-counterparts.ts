import type { EntityTable, IDType } from 'dexie';
import type { Tombstone } from '../model/tombstone';
import type { Annotation } from '../model/types';
import { db } from './db';

/** The stored annotations and tombstones that a file's ids name, by id. */
export interface StoredCounterparts {
  here: Map<string, Annotation>;
  tombstones: Map<string, Tombstone>;
}

/** Gets asked for in one task of the page. */
const GETS_AT_ONCE = 1000;
/** Up to this many ids are simply asked for: reading every key first is for many. */
const GETS_ALONE = 64;

/**
 * The records of `table` whose ids are in `wanted`: the table's keys read in
 * one request, then only the records that are there, each by its key. In
 * Chromium, with 5,000 of 10,000 file ids stored (loaded 2-core machine),
 * this took 0.7–1.4 s where a cursor jumping from id to id (`anyOf`) took
 * 1.1–2.3 s and reading all the article's 10,000 records 1.3–3.6 s: decoding
 * records is what costs, on the page's thread, so only those needed are read.
 * A few ids (a colleague's edit) are asked for alone, without the keys.
 */
async function readWanted<T extends { id: string }>(
  table: EntityTable<T, 'id'>,
  wanted: ReadonlySet<string>,
): Promise<Map<string, T>> {
  const present =
    wanted.size <= GETS_ALONE
      ? ([...wanted] as IDType<T, 'id'>[])
      : (await table.toCollection().primaryKeys()).filter(id => wanted.has(id));
  const found = new Map<string, T>();
  // a slice of keys at a time: asking for 5,000 gets took 0.2 s of one task on a loaded machine
  for (let start = 0; start < present.length; start += GETS_AT_ONCE)
    for (const r of await table.bulkGet(present.slice(start, start + GETS_AT_ONCE)))
      if (r) found.set(r.id, r);
  return found;
}

/**
 * The stored annotations and tombstones with the ids `ids`, on any article.
 * Call inside a transaction over both tables to read one state.
 */
export async function readCounterparts(ids: readonly string[]): Promise<StoredCounterparts> {
  const wanted = new Set(ids);
  const [here, tombstones] = await Promise.all([
    readWanted<Annotation>(db.annotations, wanted),
    readWanted<Tombstone>(db.tombstones, wanted),
  ]);
  return { here, tombstones };
}

/**
 * The marks of the last writes to annotations and tombstones (`writeMarks`):
 * the same marks read later mean nothing was written to either since. Call
 * inside the transaction that reads the records they vouch for.
 */
export async function readMarks(): Promise<string> {
  const marks = await db.writeMarks.bulkGet(['annotations', 'tombstones']);
  return marks.map(m => m?.mark ?? '').join(' ');
}

/** Counterparts read ahead of a merge's preview, the ids they were read for, and the marks when read. */
export interface CounterpartsAhead {
  ids: ReadonlySet<string>;
  stored: StoredCounterparts;
  marks: string;
}

/**
 * `readCounterparts` in a read transaction of its own, ahead of a merge's
 * preview: while a file is checked (a second at 10,000 annotations, in a
 * worker) the page is idle, and reading the records its ids name takes
 * a few hundred milliseconds. Resolves to null if the read failed: the
 * preview then reads them itself.
 */
export function readCounterpartsAhead(ids: readonly string[]): Promise<CounterpartsAhead | null> {
  return db
    .transaction('r', db.annotations, db.tombstones, db.writeMarks, async () => ({
      ids: new Set(ids),
      stored: await readCounterparts(ids),
      marks: await readMarks(),
    }))
    .catch(() => null);
}
