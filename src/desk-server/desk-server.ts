import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serveAppFile } from './app-files';
import { asksForList, DeskList } from './desk-list';
import { DeskSQLite } from './desk-sqlite';
import * as Y from 'yjs';
import { admit } from '../sync/desk-rules';
import { sentUpdateOf } from '../sync/sync-message';
import { deskHello, deskRefused } from '../sync/desk-hello';
import { STORE_DELAY, type DeskConfig } from './config';
import { reviewerOfToken, type DeskReviewer } from './reviewers';

/** One shared document per article: "article:" and the article's id. */
export const ARTICLE_DOCUMENT =
  /^article:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An update that holds nothing (a client with nothing the desk lacks answers with one). */
const isEmptyUpdate = (update: Uint8Array) => update.length <= 2;

/** What the server writes to its log: never a token, never a document's content. */
export type DeskLog = (line: string) => void;

/** A running desk server. */
export interface Desk {
  /** The port it listens on (the one given, or the free one it got). */
  port: number;
  /** Stores every open document and closes every connection. */
  stop(): Promise<void>;
}

/** What a connection knows of who opened it, for the hooks after authentication. */
export interface DeskContext {
  reviewer: Pick<DeskReviewer, 'id' | 'name' | 'role'>;
}

/**
 * Starts a desk server: Hocuspocus with the SQLite extension (and Redis,
 * when configured, so several instances are one desk), every connection
 * authenticated by a reviewer's token, a reader's connection read-only, and
 * the built app served on the same origin.
 */
export async function startDesk(
  config: DeskConfig,
  log: DeskLog = line => console.log(line),
): Promise<Desk> {
  mkdirSync(config.dataDir, { recursive: true });
  const database = new DeskSQLite(join(config.dataDir, 'desk.sqlite'));
  const list = new DeskList(database, log);
  const extensions: Extension[] = [database];
  if (config.redis) extensions.push(new Redis({ ...config.redis, identifier: config.name }));
  const server = new Server({
    name: config.name,
    port: config.port,
    address: config.host,
    quiet: true,
    stopOnSignals: false,
    // stored whole two seconds after the last change (by default), at least every 30 s while
    // changes go on; each change is in the journal before that. Encoding a document of 10,000
    // annotations holds this thread 0.2 s, every message waiting: a store every half second
    // (the old delay) was what made one edit in ten reach the other reviewers late
    debounce: config.storeDelay ?? STORE_DELAY,
    maxDebounce: Math.max(30_000, 4 * (config.storeDelay ?? STORE_DELAY)),
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig }): Promise<DeskContext> {
      const reviewer = reviewerOfToken(token, config.reviewers);
      if (!reviewer || !ARTICLE_DOCUMENT.test(documentName)) {
        log(
          `refused a connection to ${ARTICLE_DOCUMENT.test(documentName) ? documentName : 'an unknown document'}`,
        );
        // Hocuspocus answers "permission-denied" and sends nothing of the document
        throw new Error('not allowed');
      }
      connectionConfig.readOnly = reviewer.role === 'reader';
      log(`${reviewer.name} (${reviewer.role}) opened ${documentName}`);
      return { reviewer: { id: reviewer.id, name: reviewer.name, role: reviewer.role } };
    },
    async connected({ connection, context }) {
      // the client learns who the desk knows it as: its id for its assessments, and its role
      connection.sendStateless(deskHello((context as DeskContext).reviewer));
    },
    async beforeHandleMessage({ update, document, documentName, context, connection }) {
      const { reviewer } = context as DeskContext;
      const sent = reviewer.role === 'reader' ? null : sentUpdateOf(update);
      if (!sent) return;
      const writer = { id: reviewer.id, curator: reviewer.role === 'curator' };
      const admission = admit(document, sent, writer, merge => {
        // a map created here dropped for one another instance passed on: merged, journaled
        log(`merged an annotation created twice in ${documentName}`);
        database.append(documentName, merge).catch(e => log(`could not journal a merge: ${e}`));
      });
      if ('refused' in admission) {
        log(`refused a change by ${reviewer.name} to ${documentName}: ${admission.refused}`);
        // the client is told why (its sidebar says so) before the connection closes
        connection.sendStateless(deskRefused(admission.refused));
        // Hocuspocus closes the connection with this reason, before the update is applied or passed on
        throw Object.assign(new Error(admission.refused), {
          code: 4403,
          reason: 'permission-denied',
        });
      }
      if (isEmptyUpdate(sent.update)) return;
      // kept before it is passed on: a desk killed before its store still has it when back
      await database.append(documentName, sent.update);
      if (!admission.merge) return;
      // an annotation two clients created offline: both maps written into the one Yjs keeps,
      // journaled like the change, and applied with it (as the sender's, so that it is stored)
      await database.append(documentName, admission.merge);
      log(`merged an annotation ${reviewer.name} created again in ${documentName}`);
      Y.applyUpdate(document, admission.merge, connection);
    },
    async onChange({ documentName, document, context }) {
      // a change from another instance (through Redis) has no reviewer here
      await list.note(documentName, document, (context as Partial<DeskContext>)?.reviewer?.name);
    },
    async onRequest({ request, response }) {
      if (asksForList(request)) {
        await list.answer(request, response, config.reviewers);
        throw null;
      }
      if (!config.appDir) return;
      await serveAppFile(config.appDir, request, response);
      // a rejection without an error tells Hocuspocus the request is answered
      throw null;
    },
  });
  await server.listen();
  await database.opened;
  await list.start();
  return {
    port: server.address.port,
    stop: async () => {
      await server.destroy();
    },
  };
}
