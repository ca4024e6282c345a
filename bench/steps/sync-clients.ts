import * as Y from 'yjs';
import { readSynced } from '../../src/sync/read-synced';
import { annotationsMap, documentName } from '../../src/sync/shared-article';
import { writeAnnotation, type SyncAuthor } from '../../src/sync/write-local';
import { connect, waitUntil, type DeskClient } from '../../tests/fixtures/desk-clients';
import { loadAverage, type BenchDesk, type ProcessUsage } from '../harness/bench-desk';

/**
 * The most annotations the 50 clients are run on: each holds the whole document in the bench's
 * own Node process, and 50 of 10,000 annotations ran out of its 4 GB heap (December 2026).
 */
export const CLIENTS_UP_TO = 2_000;

/** The desk server's memory and CPU time around fifty clients on one article. */
export interface ClientsLoad {
  clients: number;
  edits: number;
  /** With one client on the article (the bench's own), before the fifty. */
  before: ProcessUsage;
  /** Once all fifty had the article. */
  connected: ProcessUsage;
  /** Once every edit had reached every client. */
  edited: ProcessUsage;
  /** Wall time from the first connection to the last client holding the article, ms. */
  connectMs: number;
  /** Wall time from the first edit to every client holding every edit, ms. */
  convergeMs: number;
  /** The machine's load average once they had converged (/proc/loadavg). */
  load: string;
}

/** Clients that connect together. */
const BATCH = 10;

const vector = (c: DeskClient) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64');

/**
 * Connects `clients` Yjs clients (Hocuspocus's provider over `ws`, as the
 * desk-load test does) to the article's document on the desk, ten at a
 * time, each ten holding it before the next connect, then has each make `edits` edits to the note of an
 * annotation of its own (through the app's `writeAnnotation`, so the desk's
 * rules accept them), and waits until every client holds every edit. The
 * server's resident memory and CPU time are read from /proc before, once
 * connected and once converged. `watcher` is a client already on the article.
 */
export async function clientsOnOneArticle(
  desk: BenchDesk,
  articleId: string,
  watcher: DeskClient,
  clients: number,
  edits: number,
): Promise<ClientsLoad> {
  const { load } = desk.reviewers;
  const who: SyncAuthor = { reviewer: { id: load.id, name: load.name }, canDecide: false };
  const ids = [...annotationsMap(watcher.doc).keys()];
  const before = desk.usage();
  const t0 = Date.now();
  const all: DeskClient[] = [];
  const holds = (c: DeskClient) => c.synced && annotationsMap(c.doc).size === ids.length;
  try {
    // ten at a time, each ten holding the article before the next come: arrivals over a few
    // seconds, as a desk's morning is, rather than fifty full syncs in the same instant
    while (all.length < clients) {
      const batch = Array.from({ length: Math.min(BATCH, clients - all.length) }, () =>
        connect(desk.port, documentName(articleId), load.token),
      );
      all.push(...batch);
      await waitUntil(`${all.length} clients hold the article`, () => batch.every(holds), 600_000);
    }
    const connectMs = Date.now() - t0;
    const connected = desk.usage();
    const t1 = Date.now();
    await Promise.all(
      all.map(async (c, i) => {
        const id = ids[(i * 7919) % ids.length] as string;
        for (let k = 0; k < edits; k++) {
          const [before] = readSynced(c.doc, articleId, [id]).annotations;
          if (!before) throw new Error(`client ${i} does not hold ${id}`);
          const note = `${before.note} [client ${i}, edit ${k + 1}]`;
          writeAnnotation(c.doc, before, { ...before, note }, who);
          await new Promise(r => setTimeout(r, 20 + Math.random() * 80));
        }
      }),
    );
    const everyone = [...all, watcher];
    await waitUntil(
      'every client holds every edit',
      () =>
        all.every(c => !c.provider.hasUnsyncedChanges) && new Set(everyone.map(vector)).size === 1,
      300_000,
    );
    const convergeMs = Date.now() - t1;
    const edited = desk.usage();
    return {
      clients,
      edits,
      before,
      connected,
      edited,
      connectMs,
      convergeMs,
      load: loadAverage(),
    };
  } finally {
    for (const c of all) c.close();
  }
}
