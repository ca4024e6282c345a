import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { exportAnnotatedJson } from '../io/annotated-json-export';
import type { Article } from '../model/types';
import { DESK_LIST_PATH, readDeskCatalog, type DeskArticleEntry } from './desk-catalog';
import { documentName, readArticleFields } from './shared-article';

/** Why the desk's list or an article could not be had: `message` in plain words, `details` for Details. */
export class DeskFetchError extends Error {
  constructor(
    message: string,
    readonly details: string,
  ) {
    super(message);
  }
}

/** The list's address: beside the desk's WebSocket address, over HTTP(S). */
export function deskListUrl(url: string): string {
  const base = new URL(url);
  base.protocol = base.protocol === 'wss:' ? 'https:' : 'http:';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  base.search = '';
  return new URL(DESK_LIST_PATH, base).href;
}

/** The articles on the desk, as it lists them; throws a `DeskFetchError`. */
export async function listDeskArticles(url: string, token: string): Promise<DeskArticleEntry[]> {
  const where = deskListUrl(url);
  let response: Response;
  try {
    response = await fetch(where, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch (e) {
    throw new DeskFetchError('The desk could not be reached.', `${where}: ${String(e)}`);
  }
  if (response.status === 401)
    throw new DeskFetchError(
      'The desk refused this token: check it in Desk sync.',
      `${where} answered 401`,
    );
  if (!response.ok)
    throw new DeskFetchError(
      'The desk did not give its list of articles.',
      `${where} answered ${response.status}`,
    );
  try {
    return readDeskCatalog(await response.json());
  } catch (e) {
    throw new DeskFetchError('The desk’s list of articles could not be read.', String(e));
  }
}

/** How long getting an article may take before the reviewer is told. */
const ARTICLE_WAIT_MS = 30_000;

/**
 * The fields of an article as its document on the desk holds them,
 * unchecked (the caller puts them through the import's checks). Opens the
 * document for as long as it takes to sync it, and writes nothing into it.
 */
export function readDeskArticle(
  url: string,
  token: string,
  articleId: string,
  WebSocketPolyfill?: unknown,
): Promise<Record<string, unknown>> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url,
    ...(WebSocketPolyfill !== undefined && { WebSocketPolyfill }),
  });
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    let finished = false;
    // settled once, whichever way first: the connection goes with it
    const finish = (outcome: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      doc.destroy();
      outcome();
    };
    const fail = (message: string, details: string) =>
      finish(() =>
        reject(new DeskFetchError(message, `${url}, ${documentName(articleId)}: ${details}`)),
      );
    const timer = setTimeout(
      () => fail('The desk did not send the article in time.', `no sync in ${ARTICLE_WAIT_MS} ms`),
      ARTICLE_WAIT_MS,
    );
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName(articleId),
      document: doc,
      token,
      onSynced: ({ state }) => {
        if (!state) return;
        const fields = readArticleFields(doc);
        if (fields) finish(() => resolve(fields));
        else fail('The desk does not hold this article.', 'its document holds no article');
      },
      onAuthenticationFailed: () =>
        fail('The desk refused this token: check it in Desk sync.', 'permission-denied'),
    });
    provider.attach();
  });
}

const REQUIRED = ['id', 'title', 'createdAt', 'updatedAt', 'text', 'textHash'] as const;
const OPTIONAL = ['sourceUrl', 'publisher', 'author', 'publishedAt', 'previousVersionId'] as const;

/**
 * The article a desk document holds, as an annotated-JSON file with no
 * annotations: what the reviewer's app then imports as any file, through
 * all of the import's checks (the text against its hash and its document,
 * every limit). Only the shape an export needs is checked here; throws a
 * `DeskFetchError` without it.
 */
export function deskArticleFile(fields: Record<string, unknown>): File {
  const wrong = [...REQUIRED, 'doc'].filter(key =>
    key === 'doc'
      ? typeof fields.doc !== 'object' || fields.doc === null
      : typeof fields[key] !== 'string',
  );
  const stray = OPTIONAL.filter(
    key => fields[key] !== undefined && typeof fields[key] !== 'string',
  );
  if (wrong.length + stray.length > 0)
    throw new DeskFetchError(
      'The article on the desk is not one Factmark can read.',
      `fields missing or of the wrong type: ${[...wrong, ...stray].join(', ')}`,
    );
  const article = Object.fromEntries(
    [...REQUIRED, ...OPTIONAL, 'doc'].flatMap(key =>
      fields[key] === undefined ? [] : [[key, fields[key]]],
    ),
  ) as unknown as Article;
  let text: string;
  try {
    text = exportAnnotatedJson(article, []);
  } catch (e) {
    throw new DeskFetchError('The article on the desk is not one Factmark can read.', String(e));
  }
  const name = `${article.title.slice(0, 80).replace(/[\\/:*?"<>|\n]/g, ' ')} (from the desk).json`;
  return new File([text], name, { type: 'application/json' });
}
