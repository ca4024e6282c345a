// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pmPos, TextMap } from '../../../../src/editor/text-map';
import { docFromPlainText } from '../../../../src/io/plain-text';
import { fieldsOf } from '../../../../src/model/annotation-fields';
import { DEFAULT_VERDICT_SCALE } from '../../../../src/model/verdict-scale';
import { db } from '../../../../src/store/db';
import { loadDraft } from '../../../../src/store/drafts';
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

function session() {
  return renderHook(() =>
    useAnnotationSession({
      review,
      map,
      view: { current: null },
      annotations: [],
      highlights: [],
      listed: [],
    }),
  );
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
      await act(async () => {
        result.current.annotate({ from: pmPos(5), to: pmPos(13) });
      });
      const form = result.current.editor;
      if (!form) throw new Error('the form did not open');
      const typed = { ...fieldsOf(), verdict: 'true', note: 'Checked against the record.' };
      await act(async () => form.keepDraft(typed, form.opened, true));
      expect(await loadDraft('art')).not.toBeNull();

      await act(async () => {
        if (how === 'save') await result.current.save(typed, form.opened);
        else result.current.cancel();
      });
      // the timer of the form that was open fires now, with what it held
      await act(async () => form.keepDraft(typed, form.opened, true));
      expect(await loadDraft('art')).toBeNull();
    },
  );
});
