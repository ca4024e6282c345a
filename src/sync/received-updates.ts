import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { bytesOf, updateOfMessage } from './sync-message';

/** The update a message from the desk carries, copied out of it, or null. */
function receivedUpdate(data: unknown): Uint8Array | null {
  const bytes = bytesOf(data);
  if (!bytes) return null;
  try {
    return updateOfMessage(bytes)?.slice() ?? null;
  } catch {
    return null;
  }
}

type Listeners = Set<unknown>;
interface Observed {
  _observers: Map<string, Listeners>;
}

/**
 * Keeps Yjs from encoding again a change no listener of the document needs
 * encoded. After every transaction Yjs writes its update for the document's
 * `update` listeners; here those are the provider (which sends local changes
 * to the desk) and y-indexeddb (which keeps every change for the next start).
 * - A change from the desk: the provider ignores it, and y-indexeddb is given
 *   the update exactly as the desk sent it. A first sync of 10,000 annotations
 *   (a 12 MB update) spent half a second of the page encoding it again.
 * - The document read back from IndexedDB at start: y-indexeddb ignores it,
 *   and the provider would send all of it to the desk on every start (12 MB
 *   for the desk to read and check again). Its sync handshake already sends
 *   what the desk lacks of it: the desk asks with its own state (sync step 1)
 *   and the provider answers with the difference.
 * Only while the listeners are these two and no other: any other listener
 * gets every update, as ever. Returns a function that stops it.
 */
export function skipReencoding(
  doc: Y.Doc,
  provider: HocuspocusProvider,
  persistence: IndexeddbPersistence | null,
): () => void {
  const observers = (doc as unknown as Observed)._observers;
  const known = new Set<unknown>([provider.boundDocumentUpdateHandler, persistence?._storeUpdate]);
  let received: Uint8Array | null = null;
  const skipped = new WeakMap<Y.Transaction, Uint8Array | 'loaded'>();
  let hidden: Listeners | null = null;
  let toKeep: Uint8Array | null = null;

  const onMessage = ({ event }: { event: MessageEvent }) => {
    received = receivedUpdate(event.data);
  };
  const onBegin = (tr: Y.Transaction) => {
    if (tr.origin === provider && received) skipped.set(tr, received);
    else if (persistence && tr.origin === persistence) skipped.set(tr, 'loaded');
    received = null;
  };
  // Yjs asks whether there are `update` listeners right after this event, for this transaction only
  const onCleanup = (tr: Y.Transaction) => {
    const skip = skipped.get(tr);
    const listeners = observers.get('update');
    if (!skip || !listeners || [...listeners].some(l => !known.has(l))) return;
    hidden = listeners;
    observers.delete('update');
    toKeep = skip === 'loaded' ? null : skip;
  };
  // the first events Yjs sends after that question: the next transaction's, or the end of them all
  const restore = () => {
    if (!hidden) return;
    const added = observers.get('update');
    if (added) for (const l of added) hidden.add(l);
    observers.set('update', hidden);
    hidden = null;
    if (toKeep) persistence?._storeUpdate(toKeep, provider);
    toKeep = null;
  };
  provider.on('message', onMessage);
  doc.on('beforeTransaction', onBegin);
  doc.on('afterTransactionCleanup', onCleanup);
  doc.on('beforeObserverCalls', restore);
  doc.on('afterAllTransactions', restore);
  return () => {
    restore();
    provider.off('message', onMessage);
    doc.off('beforeTransaction', onBegin);
    doc.off('afterTransactionCleanup', onCleanup);
    doc.off('beforeObserverCalls', restore);
    doc.off('afterAllTransactions', restore);
  };
}
