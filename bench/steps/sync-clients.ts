import { fork } from 'node:child_process';
import path from 'node:path';
import * as Y from 'yjs';
import { annotationsMap, documentName } from '../../src/sync/shared-article';
import type { SyncAuthor } from '../../src/sync/write-local';
import type { DeskClient } from '../../tests/fixtures/desk-clients';
import { loadAverage, type BenchDesk, type ProcessUsage } from '../harness/bench-desk';
import type { BatchCommand, BatchReply } from './sync-client-batch';

/**
 * The most annotations the 50 clients are run on: ten clients of 10,000 annotations take a
 * process about a gigabyte; the --scale run's 50,000 would take five (not tried).
 */
export const CLIENTS_UP_TO = 10_000;

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

/** Clients that connect together, each ten in a Node process of their own. */
const BATCH = 10;

const vector = (c: DeskClient) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64');

/** A batch of clients in its own process (`sync-client-batch.ts`), asked one thing at a time. */
function startBatch() {
  const child = fork(path.join(import.meta.dirname, 'sync-client-batch.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let waiting: ((reply: BatchReply) => void) | null = null;
  const answer = (reply: BatchReply) => {
    const w = waiting;
    waiting = null;
    w?.(reply);
  };
  child.on('message', answer);
  child.on('exit', code => answer({ failed: `a batch of clients exited (${code})` }));
  return {
    ask: <R extends BatchReply>(command: BatchCommand) =>
      new Promise<R>((resolve, reject) => {
        waiting = reply =>
          'failed' in reply ? reject(new Error(reply.failed)) : resolve(reply as R);
        child.send(command);
      }),
    stop: () => child.kill(),
  };
}

/**
 * Connects `clients` Yjs clients (Hocuspocus's provider over `ws`, as the
 * desk-load test does) to the article's document on the desk, ten at a
 * time in a Node process of their own (fifty of 10,000 annotations each
 * ran one process out of its 4 GB heap), each ten holding it before the
 * next connect; then has each make `edits` edits to the note of an
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
  const author: SyncAuthor = { reviewer: { id: load.id, name: load.name }, canDecide: false };
  const ids = [...annotationsMap(watcher.doc).keys()];
  const before = desk.usage();
  const t0 = Date.now();
  const batches: ReturnType<typeof startBatch>[] = [];
  try {
    // ten at a time, each ten holding the article before the next come: arrivals over a few
    // seconds, as a desk's morning is, rather than fifty full syncs in the same instant
    for (let first = 0; first < clients; first += BATCH) {
      const batch = startBatch();
      batches.push(batch);
      const count = Math.min(BATCH, clients - first);
      const name = documentName(articleId);
      await batch.ask({
        connect: { port: desk.port, name, token: load.token, count, size: ids.length },
      });
    }
    const connectMs = Date.now() - t0;
    const connected = desk.usage();
    const t1 = Date.now();
    await Promise.all(
      batches.map((batch, b) => {
        const first = b * BATCH;
        const mine = Array.from(
          { length: Math.min(BATCH, clients - first) },
          (_, i) => ids[((first + i) * 7919) % ids.length] as string,
        );
        return batch.ask({ edit: { articleId, author, ids: mine, edits, first } });
      }),
    );
    // every client holds every edit: all state vectors the watcher's, nothing left to send
    for (const end = Date.now() + 300_000; ;) {
      const replies = await Promise.all(
        batches.map(b => b.ask<Extract<BatchReply, { vectors: string[] }>>({ vectors: true })),
      );
      const held = vector(watcher);
      if (replies.every(r => !r.unsent && r.vectors.every(v => v === held))) break;
      if (Date.now() > end)
        throw new Error('timed out waiting until every client holds every edit');
      await new Promise(r => setTimeout(r, 100));
    }
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
    for (const b of batches) b.stop();
  }
}
