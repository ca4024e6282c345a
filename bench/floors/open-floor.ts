import { Node as PmNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleSchema } from '../../src/editor/schema';
import { APP_DB, done, nextFrame, openDb } from './raw-idb';

/** A floor's time and what it worked on. */
export interface FloorTiming {
  ms: number;
  /** Records, code points or bytes the floor handled: a check that it saw the same data. */
  size: number;
}

/**
 * Open's floor: the article record read from IndexedDB (its store opened
 * already), its document built and shown by a bare ProseMirror `EditorView`
 * with no plugin, next to the app's own view and under the same CSS, until
 * the frame after it was presented. What the app adds to this: its scripts,
 * React, the annotations' first page and the first highlights.
 */
export async function openFloor(articleId: string): Promise<FloorTiming> {
  const db = await openDb(APP_DB);
  try {
    const t0 = performance.now();
    const store = db.transaction('articles', 'readonly').objectStore('articles');
    const article = (await done(store.get(articleId))) as
      { doc: unknown; text: string } | undefined;
    if (!article) throw new Error(`no article ${articleId} in the app's database`);
    const doc = PmNode.fromJSON(articleSchema, article.doc);
    const host = document.createElement('div');
    host.className = 'article-text';
    const beside = document.querySelector('.article-text');
    if (beside) beside.after(host);
    else document.body.append(host);
    const view = new EditorView(host, {
      state: EditorState.create({ doc }),
      attributes: { class: 'article-prose' },
      editable: () => false,
    });
    await nextFrame();
    const ms = performance.now() - t0;
    view.destroy();
    host.remove();
    return { ms, size: article.text.length };
  } finally {
    db.close();
  }
}
