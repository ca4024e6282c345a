// One batch of the bench's desk clients, in a Node process of its own (`fork`ed by
// sync-clients.ts): ten clients each holding a 10,000-annotation document ran the bench's own
// process out of its heap when all fifty lived there. Told what to do over IPC:
// { connect } → "holding" once every client holds the article; { edit } → "edited";
// { vectors } → each client's state vector and whether it has changes not yet sent.
import * as Y from 'yjs';
import { readSynced } from '../../src/sync/read-synced';
import { annotationsMap } from '../../src/sync/shared-article';
import { writeAnnotation, type SyncAuthor } from '../../src/sync/write-local';
import { connect, waitUntil, type DeskClient } from '../../tests/fixtures/desk-clients';

/** What the bench asks of a batch. */
export type BatchCommand =
  | {
      connect: {
        port: number;
        name: string;
        token: string;
        count: number;
        /** How many annotations the article holds: a client holds it once it has them all. */
        size: number;
      };
    }
  | { edit: { articleId: string; author: SyncAuthor; ids: string[]; edits: number; first: number } }
  | { vectors: true };

/** What a batch answers. */
export type BatchReply =
  | { holding: true }
  | { edited: true }
  | { vectors: string[]; unsent: boolean }
  | { failed: string };

const clients: DeskClient[] = [];
const reply = (message: BatchReply) => process.send?.(message);

async function run(command: BatchCommand): Promise<void> {
  if ('connect' in command) {
    const { port, name, token, count, size } = command.connect;
    for (let i = 0; i < count; i++) clients.push(connect(port, name, token));
    const holds = (c: DeskClient) => c.synced && annotationsMap(c.doc).size === size;
    await waitUntil('the batch holds the article', () => clients.every(holds), 600_000);
    reply({ holding: true });
  } else if ('edit' in command) {
    const { articleId, author, ids, edits, first } = command.edit;
    await Promise.all(
      clients.map(async (c, i) => {
        const id = ids[i] as string;
        for (let k = 0; k < edits; k++) {
          const [before] = readSynced(c.doc, articleId, [id]).annotations;
          if (!before) throw new Error(`client ${first + i} does not hold ${id}`);
          const note = `${before.note} [client ${first + i}, edit ${k + 1}]`;
          writeAnnotation(c.doc, before, { ...before, note }, author);
          await new Promise(r => setTimeout(r, 20 + Math.random() * 80));
        }
      }),
    );
    reply({ edited: true });
  } else {
    reply({
      vectors: clients.map(c => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64')),
      unsent: clients.some(c => c.provider.hasUnsyncedChanges),
    });
  }
}

process.on('message', (command: BatchCommand) => {
  run(command).catch((err: unknown) =>
    reply({ failed: err instanceof Error ? err.message : String(err) }),
  );
});
process.on('disconnect', () => {
  for (const c of clients) c.close();
  process.exit(0);
});
