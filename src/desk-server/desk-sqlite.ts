import { SQLite, selectQuery, upsertQuery } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';
import * as Y from 'yjs';

// every change the desk passes on, kept until a stored document surely holds it
const journalSchema = `CREATE TABLE IF NOT EXISTS "journal" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT,
  "name" varchar(255) NOT NULL,
  "data" blob NOT NULL
)`;
const journalIndex = `CREATE INDEX IF NOT EXISTS "journal_name" ON "journal" ("name", "id")`;
const appendQuery = `INSERT INTO "journal" ("name", "data") VALUES ($name, $data)`;
const journalQuery = `SELECT id, data FROM "journal" WHERE name = $name ORDER BY id`;
const lastQuery = `SELECT MAX(id) AS id FROM "journal" WHERE name = $name`;
const upToQuery = `SELECT id, data FROM "journal" WHERE name = $name AND id <= $id ORDER BY id`;
const dropUpToQuery = `DELETE FROM "journal" WHERE name = $name AND id <= $id`;
const dropOneQuery = `DELETE FROM "journal" WHERE id = $id`;

// the desk's list of articles: one row per article document, written when it first holds one
const catalogSchema = `CREATE TABLE IF NOT EXISTS "articles" (
  "name" varchar(255) PRIMARY KEY,
  "entry" text NOT NULL
)`;
const catalogueQuery = `INSERT OR IGNORE INTO "articles" ("name", "entry") VALUES ($name, $entry)`;
const catalogQuery = `SELECT name, entry FROM "articles" ORDER BY rowid`;
const unlistedQuery = `SELECT name FROM "documents" WHERE name NOT IN (SELECT name FROM "articles")
  UNION SELECT DISTINCT name FROM "journal" WHERE name NOT IN (SELECT name FROM "articles")`;

/**
 * Hocuspocus's SQLite extension, made to wait for the database. Its own
 * creates the table without waiting, and Hocuspocus does not wait for that
 * either: a document opened at once was read before the table existed ("no
 * such table") and never synced. It also stored without waiting (a stop
 * could leave before the write, and a failed write went unseen) and never
 * closed the file.
 *
 * And it keeps a journal: Hocuspocus stores a document half a second after
 * its last change, but passes each change on at once, so a desk killed in
 * between had lost what its clients already held, and a client sending it
 * back (another reviewer's decision, say) was refused as if it wrote it
 * itself. Each change is appended (`append`) before it is passed on, and
 * read back with the stored document.
 */
export class DeskSQLite extends SQLite {
  /** Settles once the file is open and its table exists. */
  opened: Promise<void> = new Promise(() => {});

  /** Per document, the journal's last entry when it was last stored. */
  private readonly journaled = new Map<string, number>();

  constructor(file: string) {
    super({ database: file });
    this.configuration.fetch = ({ documentName }) => this.stored(documentName);
    this.configuration.store = async ({ documentName, document, state }) => {
      await this.opened;
      const $name = documentName;
      const last = (await this.query<{ id: number | null }>(lastQuery, { $name }))?.id ?? 0;
      await this.run(upsertQuery, { $name, $data: state });
      // what was journaled before the store before this one is dropped once this one holds it:
      // this desk applies its own entries the moment they are written, but another instance's
      // reach it through Redis, and a store made before one arrived does not hold it
      const before = this.journaled.get(documentName);
      if (before !== undefined) await this.dropHeld($name, before, Y.snapshot(document));
      this.journaled.set(documentName, last);
    };
  }

  override async onConfigure(): Promise<void> {
    this.db = new sqlite3.Database(this.configuration.database);
    this.opened = (async () => {
      // a write-ahead log, synced at checkpoints: each journaled change is one append, not one
      // flush to the disk, and a killed process loses nothing written (the system has it)
      await this.run('PRAGMA journal_mode = WAL');
      await this.run('PRAGMA synchronous = NORMAL');
      await this.run(this.configuration.schema);
      await this.run(journalSchema);
      await this.run(journalIndex);
      await this.run(catalogSchema);
    })();
    await this.opened;
  }

  /** What is stored of a document: its last whole state and the journal after it, as one update. */
  async stored(documentName: string): Promise<Uint8Array | null> {
    await this.opened;
    const $name = documentName;
    const row = await this.query<{ data: Uint8Array }>(selectQuery, { $name });
    const journal = await this.all<{ data: Uint8Array }>(journalQuery, { $name });
    const parts = [...(row ? [row.data] : []), ...journal.map(j => j.data)];
    return parts.length > 0 ? Y.mergeUpdates(parts) : null;
  }

  /** Drops the journal's entries of `$name` up to `$id` that `held` (a stored state) holds. */
  private async dropHeld($name: string, $id: number, held: Y.Snapshot): Promise<void> {
    const entries = await this.all<{ id: number; data: Uint8Array }>(upToQuery, { $name, $id });
    const holds = entries.map(({ data }) => Y.snapshotContainsUpdate(held, data));
    if (holds.every(Boolean)) return this.run(dropUpToQuery, { $name, $id });
    for (const [i, { id }] of entries.entries())
      if (holds[i]) await this.run(dropOneQuery, { $id: id });
  }

  /** Writes `update` of `documentName` to the journal; resolves once it is in the file. */
  async append(documentName: string, update: Uint8Array): Promise<void> {
    await this.opened;
    await this.run(appendQuery, { $name: documentName, $data: update });
  }

  /** Lists an article document (`entry` as JSON); a document listed already keeps its row. */
  async catalogue(documentName: string, entry: object): Promise<void> {
    await this.opened;
    await this.run(catalogueQuery, { $name: documentName, $entry: JSON.stringify(entry) });
  }

  /** The desk's list of articles, in the order they came, by document name. */
  async catalog(): Promise<Map<string, unknown>> {
    await this.opened;
    const rows = await this.all<{ name: string; entry: string }>(catalogQuery, {});
    return new Map(rows.map(r => [r.name, JSON.parse(r.entry) as unknown]));
  }

  /** Stored documents not listed yet (a desk's data from before its list was kept). */
  async unlisted(): Promise<string[]> {
    await this.opened;
    return (await this.all<{ name: string }>(unlistedQuery, {})).map(r => r.name);
  }

  async onDestroy(): Promise<void> {
    const { db } = this;
    if (db)
      await new Promise<void>((resolve, reject) => db.close(e => (e ? reject(e) : resolve())));
  }

  private run(sql: string, params: Record<string, unknown> = {}): Promise<void> {
    return new Promise((resolve, reject) =>
      this.open().run(sql, params, e => (e ? reject(e) : resolve())),
    );
  }

  private query<Row>(sql: string, params: Record<string, unknown>): Promise<Row | undefined> {
    return new Promise((resolve, reject) =>
      this.open().get(sql, params, (e, row: Row | undefined) => (e ? reject(e) : resolve(row))),
    );
  }

  private all<Row>(sql: string, params: Record<string, unknown>): Promise<Row[]> {
    return new Promise((resolve, reject) =>
      this.open().all(sql, params, (e, rows: Row[]) => (e ? reject(e) : resolve(rows))),
    );
  }

  private open(): sqlite3.Database {
    if (!this.db) throw new Error('the desk database is not open');
    return this.db;
  }
}
