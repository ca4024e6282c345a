import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { annotationsMap } from '../../src/sync/shared-article';

/** A bare Yjs client in the page: no store, no gate, no React. */
interface Bare {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** When the last armed update was applied and a frame presented, on the shared clock. */
  seen?: number;
}

let bare: Bare | undefined;

function current(): Bare {
  if (!bare) throw new Error('no bare client: join first');
  return bare;
}

/** The shared clock two browsers on one machine compare (each set against Date.now() by the bench). */
const now = () => performance.timeOrigin + performance.now();

/**
 * Connects a bare Hocuspocus client of document `name` on the desk at `url`
 * with `token`; resolves with its number of annotations once it holds it.
 */
function join(url: string, name: string, token: string): Promise<number> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url });
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onSynced: ({ state }) => state && resolve(annotationsMap(doc).size),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
    provider.attach();
    bare = { doc, provider, socket };
  });
}

/** Waits for the next update to reach this page's bare document: applied, then a frame. */
function arm(): void {
  const b = current();
  b.seen = undefined;
  b.doc.once('update', () => requestAnimationFrame(() => setTimeout(() => (b.seen = now()))));
}

/** Types `text` at the start of annotation `id`'s note; returns when, on the shared clock. */
function send(id: string, text: string): number {
  const note = annotationsMap(current().doc).get(id)?.get('note');
  if (!(note instanceof Y.Text)) throw new Error(`no note for ${id}`);
  const t = now();
  note.insert(0, text);
  return t;
}

/** Disconnects the bare client. */
function leave(): void {
  const b = current();
  b.provider.destroy();
  b.socket.destroy();
  b.doc.destroy();
  bare = undefined;
}

/**
 * The floor of an edit seen in the other browser: a bare client in each
 * page on a copy of the article's document, one typing into a note, the
 * other seeing the update applied (then a frame). The same desk, rules and
 * journal on the way; none of the app's store, gate, list or editor.
 */
export const editFloor = { join, arm, send, seen: () => bare?.seen, leave };
