import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { recordGate, type RecordGate } from '../io/record-gate';
import { getArticle } from '../store/articles';
import { setDeskRole } from '../store/desk-sync-settings';
import { watchArticleChanges, type ArticleChange } from '../store/article-changes';
import { adoptDeskReviewer, applySynced } from '../store/sync-store';
import { sameJson } from '../model/same-json';
import { mergeDiverged } from '../model/desk/merge-diverged';
import { relate, revisionsOf } from '../model/desk/revision';
import { readDeskHello, readDeskRefused, type DeskIdentity } from './desk-hello';
import { readSynced, type SyncedState } from './read-synced';
import { skipReencoding } from './received-updates';
import { isSyncStatus } from './sync-message';
import { annotationsMap, documentName, putArticle, tombstonesMap } from './shared-article';
import { checkSynced, type GateResult } from './sync-gate';
import { peersOf, statusOf, type SyncReport } from './sync-state';
import { writeAnnotation, writeDeletion, type SyncAuthor } from './write-local';
import type { Annotation, Article } from '../model/types';
import type { VerdictScale } from '../model/verdict-scale';

/**
 * A User Timing mark of the sync's steps, for the bench to break an edit's
 * way down (docs/performance.md): only the latest of each is kept, so a long
 * session does not pile them up.
 */
function markLatest(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}

/** How to sync one article. */
export interface ArticleSyncOptions {
  url: string;
  token: string;
  articleId: string;
  onReport: (report: SyncReport) => void;
  /** For Node, which has no WebSocket of its own (tests). */
  WebSocketPolyfill?: unknown;
  /** Keep the shared document in IndexedDB, so offline edits outlive a reload (default true). */
  persist?: boolean;
  /** Told, with the desk's reason, when the desk's rules refuse a change from here. */
  onRefusedChange?: (why: string) => void;
}

/** A running sync; `stop` ends it (what was written stays, in Dexie and in IndexedDB). */
export interface ArticleSync {
  stop: () => void;
  /** Ends it and deletes this browser's copy of the shared document (the store keeps its records). */
  discard: () => Promise<void>;
  /** The shared document (tests read it). */
  doc: Y.Doc;
}

const LOCAL = Symbol('local change');

/** How long a sync waits for the desk's answer to its sync step before it begins anyway. */
const ANSWER_WAIT_MS = 5000;

/**
 * Syncs one article with the desk: the store's changes go into the shared
 * document (only the fields that changed), the document's changes from
 * others come back through the import's gate into the store, and the
 * document is kept in IndexedDB so edits made offline are sent on reconnect.
 */
export function startArticleSync(options: ArticleSyncOptions): ArticleSync {
  const { url, token, articleId, onReport } = options;
  const doc = new Y.Doc();
  const report: SyncReport = { status: 'connecting', peers: [], problem: null };
  const facts = { connected: false, everConnected: false, synced: false, unsent: false };
  // a refusal stays until the sync stops: reconnecting sends the refused change again (the
  // session, desk-sync-session.ts, starts over once without it)
  const final = () => report.status === 'refused' || report.status === 'rejected';
  const tell = () => onReport({ ...report, status: final() ? report.status : statusOf(facts) });
  let author: SyncAuthor | null = null;
  let stopped = false;
  let stopWatching: (() => void) | null = null;
  let last = new Map<string, Annotation>();
  // each record as this sync last stored it from the document: the store's change event for it
  // is no change made here, and writing it would put it over what came from the desk meanwhile
  const fromDesk = new Map<string, Annotation>();
  const deferred = new Set<string>();
  let lastTombstones = new Set<string>();

  const problem = (message: string, details: string) => {
    report.problem = { message, details };
    tell();
  };

  /**
   * What of the store's record `a` goes into the document, by their revision
   * chains: nothing when the document holds it or is ahead of it (a store
   * behind the desk, opened again after colleagues' changes: writing it undid
   * them); both merged when each changed since their last common revision,
   * so that neither side's words, tags or sources are lost (`mergeDiverged`,
   * as a file merge does); the record as it is otherwise.
   */
  const againstDocument = (a: Annotation): Annotation | null => {
    const revs = annotationsMap(doc).get(a.id)?.get('revs');
    if (!Array.isArray(revs) || revs.length === 0) return a;
    const relation = relate(revisionsOf(a), revs as string[]);
    if (relation === 'same' || relation === 'theirs-ahead') return null;
    if (relation === 'here-ahead') return a;
    const held = readSynced(doc, articleId, [a.id]).annotations[0];
    return held ? { ...mergeDiverged({ ...held, articleId }, a), articleId } : a;
  };

  /** The store's changes since the last state seen, into the document. */
  const writeLocal = (change: ArticleChange) => {
    if (!author || stopped) return;
    const who = author;
    const read = (id: string) => change.ids === null || change.ids.has(id);
    const changed = new Map(change.annotations.map(a => [a.id, a]));
    // what the store holds after this change: `last` is updated in place once it is written, where
    // copying it for each change cost a walk of every record (10,000) per save
    const holds = (id: string) => changed.has(id) || (!read(id) && last.has(id));
    let wrote = false;
    doc.transact(() => {
      for (const a of change.annotations) {
        const before = last.get(a.id);
        // compared field by field: a first sync's 10,000 were each written as canonical JSON twice
        if (sameJson(fromDesk.get(a.id), a) || sameJson(before, a)) continue;
        const next = againstDocument(a);
        if (next) wrote = writeAnnotation(doc, before ?? undefined, next, who) || wrote;
      }
      for (const t of change.tombstones)
        if (!lastTombstones.has(t.id) && annotationsMap(doc).has(t.id) && !holds(t.id))
          if (!tombstonesMap(doc).has(t.id)) writeDeletion(doc, t.id, who.reviewer, t.at);
    }, LOCAL);
    // the provider sent the update as the transaction ended
    if (wrote) markLatest('fm:sync:sent');
    if (change.ids === null) last = changed;
    else {
      for (const id of change.ids) last.delete(id);
      for (const [id, a] of changed) last.set(id, a);
    }
    if (change.ids === null) lastTombstones = new Set();
    else for (const id of lastTombstones) if (read(id)) lastTombstones.delete(id);
    for (const t of change.tombstones) lastTombstones.add(t.id);
    if (deferred.size > 0) {
      for (const id of deferred) pending.add(id);
      deferred.clear();
      applyRemote();
    }
  };

  /**
   * The gate for this article's records, made once per sync and verdict
   * scale: the article's id and text never change (a new text is a new
   * article), and reading its megabyte again for each change from the desk
   * was most of what an edit cost here. The scale is read with the records.
   */
  let gate: { scale: string; gate: RecordGate } | null = null;
  const gateFor = async (scale: VerdictScale, read: () => Promise<Article | undefined>) => {
    const key = JSON.stringify(scale);
    if (gate?.scale === key) return gate.gate;
    const article = await read();
    if (!article) return null;
    gate = { scale: key, gate: recordGate(article, scale) };
    return gate.gate;
  };

  // every record read at `begin` serves the first apply if no transaction has changed the
  // document since (a first sync's 10,000 were read from it twice, 40–110 ms each); one that
  // changed nothing does not count: `writeLocal` transacts for every change of the store
  let changes = 0;
  doc.on('afterTransaction', tr => {
    if (tr.changed.size > 0) changes++;
  });
  let readAtBegin: { changes: number; state: SyncedState } | null = null;
  const readRecords = (ids: ReadonlySet<string>) => {
    const read = readAtBegin;
    readAtBegin = null;
    const all = annotationsMap(doc);
    const whole =
      read?.changes === changes && ids.size === all.size && [...ids].every(id => all.has(id));
    return whole ? read.state : readSynced(doc, articleId, ids);
  };

  /** The document's records (`ids`) through the gate into the store. */
  const applyOnce = async (ids: ReadonlySet<string>) => {
    if (stopped || ids.size === 0) return;
    const state = readRecords(ids);
    const undecided = new Set(
      state.annotations
        .filter(
          a =>
            (annotationsMap(doc).get(a.id)?.get('decisions') as Y.Array<unknown> | undefined)
              ?.length === 0,
        )
        .map(a => a.id),
    );
    let refused: GateResult['refused'] = [];
    const applied = await applySynced(articleId, {
      ids: [...ids],
      check: async (scale, article) => {
        const articleGate = await gateFor(scale, article);
        if (!articleGate || stopped) return null;
        const checked = checkSynced(articleGate, state);
        refused = checked.refused;
        return {
          ...checked,
          undecided,
          seen: id => last.get(id),
          // before the store's change event, which may come before this await's end
          stored: a => fromDesk.set(a.id, a),
        };
      },
    });
    if (applied) markLatest('fm:sync:stored');
    // changed here meanwhile: applied again once the change is in the document
    for (const id of applied?.skipped ?? []) deferred.add(id);
    if (refused.length > 0)
      problem(
        `${refused.length} change${refused.length === 1 ? '' : 's'} from the desk could not be accepted: what is stored here stays as it was.`,
        refused.map(r => `${r.id}: ${r.why}`).join('\n'),
      );
  };

  /**
   * Applies what the document changed (`pending`), one apply at a time: what
   * arrives while one runs is gathered and applied after it in one go, so a
   * burst of updates is one transaction, and a lone edit waits for nothing
   * (a fixed 30 ms pause gathered bursts before, and every edit waited it).
   */
  let pending = new Set<string>();
  let applying: Promise<void> = Promise.resolve();
  let queued = false;
  const applyRemote = () => {
    if (queued) return;
    queued = true;
    applying = applying.then(async () => {
      queued = false;
      const ids = pending;
      pending = new Set();
      await applyOnce(ids).catch((err: unknown) => {
        // kept for the next change to try again; the chain of applies goes on
        for (const id of ids) pending.add(id);
        problem('Changes from the desk could not be stored here yet.', String(err));
      });
    });
  };
  let began = false;
  const observeRemote = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (tr.origin === LOCAL) return;
    markLatest('fm:sync:received');
    for (const e of events) {
      const [id] = e.path as string[];
      if (id !== undefined) pending.add(id);
      else for (const key of e.changes.keys.keys()) pending.add(key);
    }
    // until `begin`, which takes every record of the document once: the first sync's records came twice
    if (began) applyRemote();
  };
  annotationsMap(doc).observeDeep(observeRemote);
  tombstonesMap(doc).observe((e, tr) =>
    observeRemote([e as unknown as Y.YEvent<Y.AbstractType<unknown>>], tr),
  );

  /** Once the reviewer is known and the document is up to date: the store's state into it, and the watch. */
  const begin = async (who: DeskIdentity) => {
    await adoptDeskReviewer({ id: who.id, name: who.name });
    author = { reviewer: { id: who.id, name: who.name }, canDecide: who.role === 'curator' };
    if (stopWatching || stopped) return;
    const article = await getArticle(articleId);
    if (article) putArticle(doc, article);
    const fromDoc = readSynced(doc, articleId);
    readAtBegin = { changes, state: fromDoc };
    last = new Map(fromDoc.annotations.map(a => [a.id, a]));
    lastTombstones = new Set();
    // what the store holds that the document lacks (edits made while sync was off), then each change
    const watch = watchArticleChanges(articleId, writeLocal);
    stopWatching = watch.stop;
    await watch.first;
    // and what the document holds that the store lacks
    pending = new Set(annotationsMap(doc).keys());
    began = true;
    applyRemote();
  };

  const persistence =
    options.persist === false
      ? null
      : new IndexeddbPersistence(`factmark-desk:${url}:${articleId}`, doc);
  const socket = new HocuspocusProviderWebsocket({
    url,
    // back within a few seconds of the desk's return, however long it was gone
    maxDelay: 4000,
    ...(options.WebSocketPolyfill !== undefined && {
      WebSocketPolyfill: options.WebSocketPolyfill,
    }),
  });
  let identity: DeskIdentity | null = null;
  // Begins once the desk has answered this browser's own sync step (a sync status): the desk's
  // merge of a map of this browser's that Yjs dropped for a colleague's (`mergeCreations`) comes
  // before that answer. Compared before it, the store merged the same words again.
  let answered = false;
  let waited: ReturnType<typeof setTimeout> | undefined;
  const beginWhenAnswered = () => {
    if (!answered || !provider.synced || !identity || stopWatching || stopped) return;
    void begin(identity);
  };
  const onDeskMessage = ({ event }: { event: MessageEvent }) => {
    if (answered || !isSyncStatus(event.data)) return;
    answered = true;
    beginWhenAnswered();
  };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName(articleId),
    document: doc,
    token,
    onStatus: ({ status }) => {
      facts.connected = status === 'connected';
      facts.everConnected ||= facts.connected;
      if (!facts.connected) facts.synced = false;
      tell();
    },
    onSynced: ({ state }) => {
      facts.synced = state;
      tell();
      if (!state) return;
      beginWhenAnswered();
      // a desk that never answers is not waited for long
      waited ??= setTimeout(() => {
        answered = true;
        beginWhenAnswered();
      }, ANSWER_WAIT_MS);
    },
    onUnsyncedChanges: ({ number }) => {
      facts.unsent = number > 0;
      tell();
    },
    onAuthenticationFailed: () => {
      report.status = 'refused';
      problem(
        'The desk refused this token: check it in Desk sync, or ask the desk’s administrator for a new one.',
        `${url} answered permission-denied`,
      );
    },
    onStateless: ({ payload }) => {
      const why = readDeskRefused(payload);
      if (why !== null) {
        report.status = 'rejected';
        problem(
          'The desk refused the changes made here, so what you write on this article no longer reaches your colleagues. Your work stays in this browser: export the annotated JSON to share it, and tell the desk’s administrator (the reason is under Details).',
          `${url} refused a change from this browser: ${why}`,
        );
        options.onRefusedChange?.(why);
        return;
      }
      const hello = readDeskHello(payload);
      if (!hello) return;
      identity = hello;
      void setDeskRole(hello.role);
      provider.setAwarenessField('user', { id: hello.id, name: hello.name });
      beginWhenAnswered();
    },
    onAwarenessChange: ({ states }) => {
      report.peers = peersOf(states, doc.clientID);
      tell();
    },
  });
  provider.on('message', onDeskMessage);
  const stopSkipping = skipReencoding(doc, provider, persistence);
  void (persistence?.whenSynced ?? Promise.resolve()).then(() => {
    if (stopped) return;
    provider.attach();
  });
  // a socket may outlive the network for a long while: the browser's word that it is offline is taken at once
  const goOffline = () => socket.disconnect();
  const goOnline = () => void socket.connect();
  globalThis.addEventListener?.('offline', goOffline);
  globalThis.addEventListener?.('online', goOnline);

  const stop = () => {
    stopped = true;
    clearTimeout(waited);
    provider.off('message', onDeskMessage);
    globalThis.removeEventListener?.('offline', goOffline);
    globalThis.removeEventListener?.('online', goOnline);
    stopWatching?.();
    stopSkipping();
    provider.destroy();
    socket.destroy();
  };
  return {
    doc,
    stop: () => {
      stop();
      void persistence?.destroy();
    },
    discard: async () => {
      stop();
      // y-indexeddb deletes the database without waiting: an open of the same name after this
      // waits for the deletion (IndexedDB keeps requests on one name in order)
      await persistence?.clearData();
    },
  };
}
