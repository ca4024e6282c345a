import { SQLite, selectQuery, upsertQuery } from '@hocuspocus/extension-sqlite';
import sqlite3 from 'sqlite3';

/**
 * Hocuspocus's SQLite extension, made to wait for the database. Its own
 * creates the table without waiting, and Hocuspocus does not wait for that
 * either: a document opened at once was read before the table existed ("no
 * such table") and never synced. It also stored without waiting (a stop
 * could leave before the write, and a failed write went unseen) and never
 * closed the file.
 */
export class DeskSQLite extends SQLite {
  /** Settles once the file is open and its table exists. */
  opened: Promise<void> = new Promise(() => {});

  constructor(file: string) {
    super({ database: file });
    this.configuration.fetch = async ({ documentName }) => {
      await this.opened;
      const row = await this.query<{ data: Uint8Array }>(selectQuery, { $name: documentName });
      return row?.data ?? null;
    };
    this.configuration.store = async ({ documentName, state }) => {
      await this.opened;
      await this.run(upsertQuery, { $name: documentName, $data: state });
    };
  }

  override async onConfigure(): Promise<void> {
    this.db = new sqlite3.Database(this.configuration.database);
    this.opened = this.run(this.configuration.schema);
    await this.opened;
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

  private open(): sqlite3.Database {
    if (!this.db) throw new Error('the desk database is not open');
    return this.db;
  }
}
