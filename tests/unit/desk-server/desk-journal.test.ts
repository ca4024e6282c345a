// @vitest-environment node
// The desk's journal in its real SQLite file: an entry is dropped only once a stored document
// holds it. With two instances on one file, another instance's entry reaches this one through
// Redis; a store of this one made before it arrived does not hold it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import sqlite3 from 'sqlite3';
import * as Y from 'yjs';
import { DeskSQLite } from '../../../src/desk-server/desk-sqlite';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

async function openDesk() {
  const folder = mkdtempSync(join(tmpdir(), 'factmark-journal-'));
  folders.push(folder);
  const file = join(folder, 'desk.sqlite');
  const database = new DeskSQLite(file);
  await database.onConfigure();
  return { database, file };
}

/** The ids of a document's journal entries, read from the file itself. */
function journalIds(file: string, name: string): Promise<number[]> {
  const reader = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return new Promise((resolve, reject) =>
    reader.all<{ id: number }>('SELECT id FROM "journal" WHERE name = ?', [name], (err, rows) => {
      reader.close();
      if (err) reject(err);
      else resolve(rows.map(r => r.id));
    }),
  );
}

/** A note written in a document of its own client, as the update that writes it. */
function noteUpdate(clientID: number, note: string): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getMap('notes').set(String(clientID), note);
  return Y.encodeStateAsUpdate(doc);
}

const store = (database: DeskSQLite, documentName: string, document: Y.Doc) =>
  database.configuration.store({
    documentName,
    document,
    state: Buffer.from(Y.encodeStateAsUpdate(document)),
  } as never);

describe('the desk’s journal', () => {
  it('keeps an entry until a stored document holds it', async () => {
    const { database, file } = await openDesk();
    const name = 'article:one';
    const here = new Y.Doc(); // this instance's copy of the document
    const own = noteUpdate(1, 'applied here');
    const another = noteUpdate(2, 'from the other instance, not here yet');
    await database.append(name, own);
    Y.applyUpdate(here, own);
    await database.append(name, another); // journaled by the other instance
    await store(database, name, here);
    await store(database, name, here); // the store after: what the one before held is dropped
    await store(database, name, here);
    const back = new Y.Doc();
    Y.applyUpdate(back, (await database.stored(name)) as Uint8Array);
    expect(back.getMap('notes').toJSON()).toEqual({
      1: 'applied here',
      2: 'from the other instance, not here yet',
    });
    // once here and stored, it goes from the journal
    Y.applyUpdate(here, another);
    await store(database, name, here);
    await store(database, name, here);
    expect(await journalIds(file, name)).toEqual([]);
    await database.onDestroy?.();
  });
});
