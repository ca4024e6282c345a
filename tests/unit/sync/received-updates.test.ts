import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import { describe, expect, it, vi } from 'vitest';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { skipReencoding } from '../../../src/sync/received-updates';

/** A Hocuspocus message as the desk sends one: the document's name, Sync, update (2), the update. */
function syncUpdateMessage(update: Uint8Array): ArrayBuffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'article:1');
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e).slice().buffer;
}

/** What the provider and y-indexeddb are to the document: an `update` listener each. */
function setUp() {
  const doc = new Y.Doc();
  const emitter = new ObservableV2<{ message: (m: { event: { data: unknown } }) => void }>();
  const sent = vi.fn<(update: Uint8Array, origin: unknown) => void>();
  const kept = vi.fn<(update: Uint8Array, origin: unknown) => void>();
  const provider = Object.assign(emitter, { boundDocumentUpdateHandler: sent });
  const persistence = { _storeUpdate: kept };
  doc.on('update', sent);
  doc.on('update', kept);
  const stop = skipReencoding(
    doc,
    provider as unknown as HocuspocusProvider,
    persistence as unknown as IndexeddbPersistence,
  );
  /** A change made elsewhere, arriving from the desk as the provider applies one. */
  const fromDesk = (write: (d: Y.Doc) => void) => {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(other);
    write(other);
    const update = Y.encodeStateAsUpdate(other, before);
    emitter.emit('message', [{ event: { data: syncUpdateMessage(update) } }]);
    Y.applyUpdate(doc, update, provider);
    return update;
  };
  return { doc, provider, persistence, sent, kept, stop, fromDesk };
}

describe('skipReencoding', () => {
  it('gives y-indexeddb a change from the desk as the desk sent it, and never encodes it again', () => {
    const { doc, provider, sent, kept, fromDesk } = setUp();
    const update = fromDesk(d => d.getMap('annotations').set('a', 'from Ben'));
    expect(doc.getMap('annotations').get('a')).toBe('from Ben');
    // the provider's listener was not called: Yjs had no listener to encode the update for
    expect(sent).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(kept.mock.calls[0]?.[0]).toEqual(update);
    expect(kept.mock.calls[0]?.[1]).toBe(provider);
  });

  it('encodes a local change for both listeners, as ever, after a change from the desk', () => {
    const { doc, sent, kept, fromDesk } = setUp();
    fromDesk(d => d.getMap('annotations').set('a', 'from Ben'));
    doc.transact(() => doc.getMap('annotations').set('b', 'mine'), 'local');
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]?.[1]).toBe('local');
    expect(kept).toHaveBeenCalledTimes(2);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, sent.mock.calls[0]?.[0] as Uint8Array);
    expect(copy.getMap('annotations').get('b')).toBe('mine');
  });

  it('sends a change made while a change from the desk is observed', () => {
    const { doc, sent, fromDesk } = setUp();
    // an observer writing at once: its transaction is cleaned up in the same loop as the desk's
    doc.getMap('annotations').observe((_, tr) => {
      if (tr.origin !== 'local') doc.transact(() => doc.getMap('seen').set('a', true), 'local');
    });
    fromDesk(d => d.getMap('annotations').set('a', 'from Ben'));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(sent.mock.calls[0]?.[1]).toBe('local');
  });

  it('leaves every update to the listeners when one is not the provider’s or y-indexeddb’s', () => {
    const { doc, sent, kept, fromDesk } = setUp();
    const other = vi.fn();
    doc.on('update', other);
    fromDesk(d => d.getMap('annotations').set('a', 'from Ben'));
    expect(other).toHaveBeenCalledTimes(1);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('does not send the document read back from IndexedDB: the handshake sends what the desk lacks', () => {
    const { doc, persistence, sent, kept } = setUp();
    const stored = new Y.Doc();
    stored.getMap('annotations').set('a', 'written offline');
    Y.transact(doc, () => Y.applyUpdate(doc, Y.encodeStateAsUpdate(stored)), persistence, false);
    expect(doc.getMap('annotations').get('a')).toBe('written offline');
    expect(sent).not.toHaveBeenCalled();
    expect(kept).not.toHaveBeenCalled();
  });

  it('a change from the desk whose message was not seen is encoded as ever', () => {
    const { doc, provider, sent, kept } = setUp();
    const other = new Y.Doc();
    other.getMap('annotations').set('a', 'from Ben');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), provider);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('stops: every update reaches the listeners again', () => {
    const { sent, kept, stop, fromDesk } = setUp();
    stop();
    fromDesk(d => d.getMap('annotations').set('a', 'from Ben'));
    expect(sent).toHaveBeenCalledTimes(1);
    expect(kept).toHaveBeenCalledTimes(1);
  });
});
