import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { SECURITY_HEADERS } from '../security-policy';
import { DESK_LIST_PATH, deskArticleEntry } from '../sync/desk-catalog';
import type { DeskSQLite } from './desk-sqlite';
import { reviewerOfToken, type DeskReviewer } from './reviewers';
import type { DeskLog } from './desk-server';

/** True for a request of the list: `GET /desk/articles`. */
export const asksForList = (request: IncomingMessage): boolean =>
  new URL(request.url ?? '/', 'http://desk').pathname === `/${DESK_LIST_PATH}`;

/**
 * The desk's list of articles: which article documents it holds, so that a
 * reviewer can get an article a colleague put on the desk without a file.
 * An article is listed the first time a change leaves its document holding
 * it, or, for a desk's data from before the list, once at start; a row is
 * never rewritten, as an article never changes. (Listing also when a
 * document is loaded, in `afterLoadDocument`, delayed the Redis extension's
 * own hook there: a colleague on another instance was seen up to 15 s late.)
 */
export class DeskList {
  private readonly listed = new Set<string>();

  constructor(
    private readonly database: DeskSQLite,
    private readonly log: DeskLog,
  ) {}

  /** Reads the list, then lists the stored documents it lacks. */
  async start(): Promise<void> {
    for (const name of (await this.database.catalog()).keys()) this.listed.add(name);
    for (const name of await this.database.unlisted()) {
      const state = await this.database.stored(name);
      if (!state) continue;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      await this.note(name, doc, undefined);
      doc.destroy();
    }
  }

  /** Lists the document's article if it holds one and is not listed yet. */
  async note(documentName: string, doc: Y.Doc, addedBy: string | undefined): Promise<void> {
    if (this.listed.has(documentName)) return;
    const entry = deskArticleEntry(doc, documentName, addedBy, new Date().toISOString());
    if (!entry) return;
    this.listed.add(documentName);
    await this.database
      .catalogue(documentName, entry)
      .catch((e: unknown) => this.log(`could not list ${documentName}: ${String(e)}`));
  }

  /**
   * Answers `GET /desk/articles` with the list, to a request that carries a
   * reviewer's token (`Authorization: Bearer …`); anything else gets a 401
   * and nothing of the list.
   */
  async answer(
    request: IncomingMessage,
    response: ServerResponse,
    reviewers: readonly DeskReviewer[],
  ): Promise<void> {
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const reviewer = reviewerOfToken(bearer, reviewers);
    const headers = { 'Cache-Control': 'no-store', ...SECURITY_HEADERS };
    if (request.method !== 'GET') {
      response.writeHead(405, { Allow: 'GET', ...headers }).end();
      return;
    }
    if (!reviewer) {
      this.log('refused a request for the list of articles');
      response.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      response.end('A reviewer’s token is needed.');
      return;
    }
    const articles = [...(await this.database.catalog()).values()];
    response.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    response.end(JSON.stringify({ articles }));
  }
}
