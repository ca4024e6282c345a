// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import Dexie, { RangeSet, type IntervalTree } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pmPos, TextMap } from '../../../../src/editor/text-map';
import { docFromPlainText } from '../../../../src/io/plain-text';
import { fieldsOf } from '../../../../src/model/annotation-fields';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { draftKey, loadDraft } from '../../../../src/store/drafts';
import type { ArticleViewHandle } from '../../../../src/ui/article/article-view-handle';
import type { Review } from '../../../../src/ui/common/review-context';
import { useAnnotationSession } from '../../../../src/ui/workspace/use-annotation-session';

const who = { id: '6f1c2b8e-5d4a-4c3b-9a2e-1f0d9c8b7a6e', name: 'Ada' };
const review: Review = {
  articleId: 'art',
  scale: DEFAULT_VERDICT_SCALE,
  reviewer: who.name,
  who,
  withReviewer: then => then(who),
  announce: () => {},
  notify: () => {},
  keepData: () => {},
};
const map = new TextMap(docFromPlainText('The minister said the plan was the first of its kind.'));

beforeEach(async () => {
  await Promise.all(db.tables.map(t => t.clear()));
});
afterEach(cleanup);

type Session = ReturnType<typeof useAnnotationSession>;

/** The hook, each render of it shown to `rendered`; `view` stands for the article's view. */
function session(rendered: (s: Session) => void = () => {}, view: ArticleViewHandle | null = null) {
  return renderHook(() => {
    const s = useAnnotationSession({
      review,
      map,
      view: { current: view },
      annotations: [],
      highlights: [],
      listed: [],
    });
    rendered(s);
    return s;
  });
}

const typed = { ...fieldsOf(), verdict: 'true', note: 'Checked against the record.' };

/** Opens a new annotation's form and keeps a draft of what was typed in it. */
async function formWithDraft(result: { current: Session }) {
  await act(async () => {
    result.current.annotate({ from: pmPos(5), to: pmPos(13) });
  });
  const form = result.current.editor;
  if (!form) throw new Error('the form did not open');
  await act(async () => form.keepDraft(typed, form.opened, true));
  expect(await loadDraft('art')).not.toBeNull();
  return form;
}

describe('the drafts of the annotation form', () => {
  // the form keeps its draft 250 ms after the last change: on a loaded machine that timer can
  // fire after Save (or Discard) closed the form and before React unmounts it
  it.each([
    ['saved', 'save'],
    ['discarded', 'discard'],
  ] as const)(
    'keeps no draft once the form is %s, whenever the form’s timer fires',
    async (_, how) => {
      const { result } = session();
      const form = await formWithDraft(result);

      await act(async () => {
        if (how === 'save') await result.current.save(typed, form.opened);
        else result.current.cancel();
      });
      // the timer of the form that was open fires now, with what it held
      await act(async () => form.keepDraft(typed, form.opened, true));
      expect(await loadDraft('art')).toBeNull();
    },
  );

  // a page that unloads (a reload as soon as the list shows) aborts an IndexedDB write still in
  // flight: a form closed before its draft's deletion committed came back after the reload, over
  // the list, as a new annotation of what was just saved (an e2e failed so on a loaded machine)
  it('closes a saved form only once the deletion of its draft is committed', async () => {
    const events: string[] = [];
    let opened = false;
    const { result } = session(s => {
      if (s.editor) opened = true;
      else if (opened && !events.includes('closed')) events.push('closed');
    });
    const form = await formWithDraft(result);

    // Dexie tells of a write once its transaction has committed
    const committed = (parts: Record<string, IntervalTree>) => {
      const settings = parts['idb://factmark/settings/'];
      if (settings && RangeSet(settings).hasKey(draftKey('art'))) events.push('draft deleted');
    };
    Dexie.on('storagemutated', committed);
    try {
      await act(async () => {
        await result.current.save(typed, form.opened);
      });
    } finally {
      Dexie.on('storagemutated').unsubscribe(committed);
    }
    expect(await loadDraft('art')).toBeNull();
    expect(events).toEqual(['draft deleted', 'closed']);
  });
});

describe('where the focus goes when the form closes', () => {
  /** An article view that has the focus or not, and notes where it was asked to put it. */
  function articleView(focused: boolean) {
    const focusedAt: unknown[] = [];
    const view: ArticleViewHandle = {
      reveal: () => {},
      revealSuggestion: () => {},
      focus: range => focusedAt.push(range),
      caret: () => ({ pos: pmPos(0), focused }),
    };
    return { view, focusedAt };
  }

  async function saveAnnotation(view: ArticleViewHandle) {
    const { result } = session(undefined, view);
    await act(async () => {
      result.current.annotate({ from: pmPos(5), to: pmPos(13) });
    });
    const form = result.current.editor;
    if (!form) throw new Error('the form did not open');
    await act(async () => {
      await result.current.save(typed, form.opened);
    });
    expect(result.current.editor).toBeNull();
  }

  it('goes back to the article, the caret after the annotated words', async () => {
    const { view, focusedAt } = articleView(false);
    await saveAnnotation(view);
    expect(focusedAt).toEqual([{ from: 13, to: 13 }]);
  });

  // a save takes a moment on a slow machine: the caret was put back after the reviewer had
  // started dragging over the next claim, and their selection was lost
  it('leaves the article alone when the reviewer is back in it already', async () => {
    const { view, focusedAt } = articleView(true);
    await saveAnnotation(view);
    expect(focusedAt).toEqual([]);
  });
});
