import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { newId } from '../model/ids';

/** The table of write marks: one row per marked table. */
export const WRITE_MARKS = 'writeMarks';

/** A marked table's last write, named by a random mark: a new one for each transaction that wrote. */
export interface WriteMark {
  table: string;
  mark: string;
}

/** The tables whose writes are marked: what a merge is planned from. */
const MARKED = ['annotations', 'tombstones'] as const;
const isMarked = (name: string) => (MARKED as readonly string[]).includes(name);

/**
 * Gives every read-write transaction over a marked table a new mark for it,
 * in that transaction. A reader that read a mark with some records, and reads
 * the same mark later, knows no transaction has written that table since: a
 * merge planned at its preview need not read 10,000 records again to learn
 * that they are unchanged (docs/team-review.md). A DBCore middleware, so no
 * write can forget it: every put, add, delete and clear, from any tab running
 * this version (an older one is closed by the upgrade that added the marks).
 */
export const writeMarks: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'writeMarks',
  create: down => {
    const marked = new WeakMap<DBCoreTransaction, Set<string>>();
    return {
      // the marks' table joins the scope of every read-write transaction over a marked table
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' && stores.some(isMarked) && !stores.includes(WRITE_MARKS)
            ? [...stores, WRITE_MARKS]
            : stores,
          mode,
          options,
        ),
      table: name => {
        const table = down.table(name);
        if (!isMarked(name)) return table;
        return {
          ...table,
          mutate: req => {
            // an upgrade's own transaction writes before the marks' table exists; no tab reads then
            if ((req.trans as unknown as IDBTransaction).mode === 'versionchange')
              return table.mutate(req);
            const done = marked.get(req.trans) ?? new Set<string>();
            if (done.has(name)) return table.mutate(req);
            marked.set(req.trans, done.add(name));
            const mark: WriteMark = { table: name, mark: newId() };
            const put = down
              .table(WRITE_MARKS)
              .mutate({ type: 'put', trans: req.trans, values: [mark] });
            return Promise.all([table.mutate(req), put]).then(([result]) => result);
          },
        };
      },
    };
  },
};
