import { startArticleSync, type ArticleSync, type ArticleSyncOptions } from './article-sync';
import type { SyncReport } from './sync-state';

/** What the reviewer is told once a refused change was left out and the sync started over. */
const LEFT_OUT =
  'The desk refused a change made here, and it was left out: this browser took the desk’s copy of the article again, and what you write reaches your colleagues again. Tell the desk’s administrator (the reason is under Details).';

/**
 * Syncs one article with the desk as `startArticleSync` does, and starts over
 * once when the desk's rules refuse a change from here. This browser's copy
 * of the shared document holds the refused change and sent it again on every
 * reconnect, to be refused each time, so nothing else from here reached
 * anyone: the copy is deleted and made again from the desk, and the store's
 * records are written into it as when any sync begins (only what the desk
 * lacks). The refused change is left out, and the report says so. Refused
 * again after that (the store itself holds what the desk refuses), the sync
 * stays refused rather than starting over for ever.
 */
export function startDeskSync(options: ArticleSyncOptions): ArticleSync {
  let note: SyncReport['problem'] = null;
  let stopped = false;
  let startedOver = false;
  // reports from a sync that was discarded (its connection closing) are no longer the article's
  let generation = 0;
  const start = (): ArticleSync => {
    const mine = ++generation;
    return startArticleSync({
      ...options,
      onReport: r => {
        if (mine === generation) options.onReport(r.problem || !note ? r : { ...r, problem: note });
      },
      onRefusedChange: why => void startOver(why),
    });
  };
  let current = start();
  const startOver = async (why: string) => {
    if (startedOver || stopped) return;
    startedOver = true;
    note = {
      message: LEFT_OUT,
      details: `${options.url} refused a change from this browser: ${why}`,
    };
    await current.discard();
    if (!stopped) current = start();
  };
  return {
    get doc() {
      return current.doc;
    },
    stop: () => {
      stopped = true;
      current.stop();
    },
    discard: () => {
      stopped = true;
      return current.discard();
    },
  };
}
