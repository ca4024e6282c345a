import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Highlight } from '../../editor/highlight-plugin';
import { selectionTarget } from '../../editor/selection-target';
import { pmPos, type DocRange, type TextMap } from '../../editor/text-map';
import { anchor } from '../../model/anchor';
import { fieldsOf, type AnnotationFields } from '../../model/annotation-fields';
import type { AnnotationOrigin } from '../../model/origin';
import type { Proposal } from '../common/proposal';
import { reviewStep } from '../../model/review-step';
import type { Annotation, Target } from '../../model/types';
import {
  confirmAnchoring,
  deleteAnnotation,
  reattachAnnotation,
  restoreAnnotation,
} from '../../store/annotations';
import { dropDraft, keepDraft, loadDraft } from '../../store/drafts';
import { saveAnnotation, type SaveResult } from '../../store/save-annotation';
import type { ArticleViewHandle } from '../article/article-view-handle';
import { focusEntry } from '../common/focus-entry';
import { nextFrame } from '../common/next-frame';
import { problemOf } from '../common/problem';
import type { Review } from '../common/review-context';
import { useLatest } from '../common/use-latest';
import { useUndo } from './use-undo';

/** A form restored from its draft: the fields as typed, and as they were when it opened. */
interface Restored {
  fields: AnnotationFields;
  opened: AnnotationFields;
}

/** What the editor is open on: a new annotation of a selection, or a stored one. */
type Editing = (
  | { mode: 'new'; range: DocRange; target: Target; origin?: AnnotationOrigin | undefined }
  | { mode: 'edit'; id: string; range: DocRange | null }
) & { restored?: Restored; proposal?: Proposal };

interface Deps {
  review: Review;
  map: TextMap;
  view: RefObject<ArticleViewHandle | null>;
  /** Every annotation of the article, and the highlights of those that anchor. */
  annotations: readonly Annotation[];
  highlights: readonly Highlight[];
  /** The annotations the sidebar lists, in reading order: what n and p step through. */
  listed: readonly Annotation[];
}

/**
 * The reviewer's work on the annotations of one article: the selection, the
 * annotation that is active, the one open in the editor, the menu of
 * overlapping highlights and the last deletion; and what they do with them
 * (annotate, select, open, save, delete and undo, confirm, re-attach, step
 * with n and p). The callbacks the sidebar's list gets stay the same objects.
 */
export function useAnnotationSession({ review, map, view, annotations, highlights, listed }: Deps) {
  // the range is read only when acted on: each Shift+arrow would otherwise redraw the workspace
  const selection = useRef<DocRange | null>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const onSelectionChange = useCallback((range: DocRange | null) => {
    selection.current = range;
    setHasSelection(range !== null);
  }, []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [picker, setPicker] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(
    null,
  );
  const undo = useUndo(review.announce);
  const rangeOf = (id: string) => highlights.find(h => h.id === id) ?? null;
  const { articleId } = review;

  // whether the open form holds changes not saved (the form says so as they are typed)
  const dirty = useRef(false);
  // an action that would throw those changes away, waiting for the reviewer's answer
  const [asking, setAsking] = useState<(() => void) | null>(null);
  /** Runs `action` at once, or, if it would throw away typed changes, after asking. */
  const guard = (action: () => void) => {
    if (editing && dirty.current) setAsking(() => action);
    else action();
  };
  // the form whose drafts are kept: none once it is saved or thrown away, because the form's
  // draft timer can still fire in the moment before it unmounts, and would keep it again
  const drafting = useRef<Editing | null>(null);
  useEffect(() => {
    drafting.current = editing;
  }, [editing]);
  const discard = () => {
    dirty.current = false;
    drafting.current = null;
    void dropDraft(articleId);
  };

  // a draft left by a reload or a crash opens again, as it was typed: once, when the article
  // opens (the text map is made again when the stored article is read again)
  const restoredFor = useRef<string | null>(null);
  useEffect(() => {
    if (restoredFor.current === articleId) return;
    restoredFor.current = articleId;
    let live = true;
    void loadDraft(articleId).then(draft => {
      if (!live || !draft) return;
      const restored = { fields: draft.fields, opened: draft.opened };
      const { on } = draft;
      if (on.mode === 'edit') {
        setEditing(e => e ?? { mode: 'edit', id: on.id, range: null, restored });
        return;
      }
      const { target } = on;
      const found = anchor(map.index, target);
      // the text changed under it: the draft stays stored, but is not shown on the wrong words
      if (found.method === 'orphan') return;
      const range = { from: map.toPos(found.start), to: map.toPos(found.end) };
      setEditing(e => e ?? { mode: 'new', range, target, origin: on.origin, restored });
    });
    return () => {
      live = false;
    };
  }, [articleId, map]);

  const annotate = (range = selection.current) =>
    range &&
    guard(() =>
      review.withReviewer(() => {
        const found = selectionTarget(map, range);
        if (!found) return;
        discard();
        setEditing({ mode: 'new', ...found });
      }),
    );
  const propose = (proposal: Proposal) =>
    guard(() =>
      review.withReviewer(() => {
        const found = selectionTarget(map, proposal.range);
        if (!found) return;
        discard();
        const { origin } = proposal;
        setEditing({ mode: 'new', ...found, origin, proposal });
      }),
    );
  const select = (id: string, reveal: boolean) => {
    setActiveId(id);
    setPicker(null);
    if (reveal) view.current?.reveal(id);
  };
  const open = (id: string) =>
    guard(() => {
      discard();
      select(id, true);
      setEditing({ mode: 'edit', id, range: rangeOf(id) });
    });
  const close = (focus: DocRange | null, saved: boolean) => {
    // a save has dropped its draft already, and waited for it
    if (saved) dirty.current = false;
    else discard();
    setEditing(null);
    // a proposal says where the focus goes (the next suggestion); a selection goes back to the
    // text, unless the reviewer is back there already: a save takes a moment on a slow machine,
    // and a caret put back then cut short the drag over the next claim
    if (editing?.proposal) editing.proposal.closed(saved);
    else if (!view.current?.caret().focused) view.current?.focus(focus ?? undefined);
  };
  const save = async (fields: AnnotationFields, opened: AnnotationFields): Promise<SaveResult> => {
    if (!editing) throw new Error('No annotation is being edited.');
    const { scale, who } = review;
    const before = editing.mode === 'edit' ? annotations.find(a => a.id === editing.id) : undefined;
    const saved = await saveAnnotation(editing, fields, opened, {
      articleId,
      scale,
      reviewer: who ?? '',
      mark: setActiveId,
    });
    if (!saved.ok) return saved;
    // the draft is gone before the form closes: a page unloaded once the list shows (a reload at
    // once) aborts a deletion still in flight, and the saved form came back as a new draft. A
    // deletion that fails leaves the draft, which the reviewer can discard: the save stands
    drafting.current = null;
    await dropDraft(articleId).catch(() => undefined);
    const id = saved.annotation.id;
    undo.offer({
      message: editing.mode === 'new' ? 'Annotation saved.' : 'Changes saved.',
      toast: false,
      // a new one goes again; an edit puts the record back as it was
      undo: async () =>
        void (before ? await restoreAnnotation(before) : await deleteAnnotation(id, who ?? '')),
    });
    // work worth keeping: ask the browser not to evict it
    if (editing.mode === 'new') review.keepData();
    // a caret after the annotated text: a selection there would turn the next drag into drag-and-drop
    const end = editing.range?.to;
    // the highlight is drawn first; the sidebar's list comes back in the frame after
    await nextFrame();
    close(end === undefined ? null : { from: end, to: end }, true);
    return saved;
  };
  const remove = async (id: string) => {
    // the one after it in the list (or before, at the end) takes the focus it had
    const at = listed.findIndex(a => a.id === id);
    const next = listed[at + 1] ?? listed[at - 1];
    const gone = await deleteAnnotation(id, review.who ?? '');
    if (editing?.mode === 'edit' && editing.id === id) discard();
    setEditing(null);
    setActiveId(next?.id ?? null);
    void focusEntry(next?.id, () => view.current?.focus());
    if (!gone) return;
    undo.offer({
      message: 'Annotation deleted.',
      toast: true,
      undo: async () => {
        await restoreAnnotation(gone);
        setActiveId(gone.id);
      },
    });
  };
  const reattach = async (id: string) => {
    const found = selection.current && selectionTarget(map, selection.current);
    if (!found) return;
    try {
      await reattachAnnotation(id, found.target);
    } catch (err) {
      // a passage too long to annotate, or the annotation deleted in another tab
      const { message, technical } = problemOf(
        err,
        'Select the passage again and choose Re-attach once more.',
      );
      return review.notify({
        tone: 'error',
        title: 'The annotation was not re-attached',
        detail: message,
        ...(technical !== undefined && { technical }),
      });
    }
    select(id, true);
  };
  const step = (direction: 1 | -1, onlyOpen: boolean) => {
    const caret = view.current?.caret() ?? { pos: pmPos(0), focused: false };
    const { to, message } = reviewStep(listed, {
      direction,
      onlyOpen,
      currentId: activeId,
      caret: map.toOffset(caret.pos),
      scale: review.scale,
    });
    if (to) {
      select(to.id, true);
      const range = rangeOf(to.id);
      // a caret at its start: Shift+arrows select from there, and the next n continues from there
      if (range && caret.focused) view.current?.focus({ from: range.from, to: range.from });
    }
    review.announce(message);
  };

  // stable callbacks for the list, so a selection change in the article does not redraw it
  const latest = useLatest({ select, open });
  const selectEntry = useCallback((id: string) => latest.current.select(id, true), [latest]);
  const openEntry = useCallback((id: string) => latest.current.open(id), [latest]);
  const confirmEntry = useCallback((id: string) => void confirmAnchoring(id), []);

  const edited = editing?.mode === 'edit' ? annotations.find(a => a.id === editing.id) : undefined;
  // an annotation deleted in another tab while open here closes its editor
  const target = editing?.mode === 'new' ? editing.target : edited?.target;
  const opening = { ...fieldsOf(edited), ...editing?.proposal?.fields };
  return {
    activeId,
    mark: setActiveId,
    hasSelection,
    onSelectionChange,
    annotate,
    /** Opens the form on a proposed annotation (an accepted suggestion), filled in. */
    propose,
    /** Where highlights overlap, a click asks which annotation the reviewer meant. */
    clickHighlights: (ids: string[], at: { x: number; y: number }) =>
      ids.length === 1 ? select(ids[0] as string, false) : setPicker({ ids, at }),
    picker: picker && {
      annotations: picker.ids
        .map(id => annotations.find(a => a.id === id))
        .filter((a): a is Annotation => !!a),
      at: picker.at,
    },
    /** The menu's choice: marked, and the caret at its start, where the click was. */
    pick: (id: string) => {
      select(id, false);
      const range = rangeOf(id);
      view.current?.focus(range ? { from: range.from, to: range.from } : undefined);
    },
    closePicker: () => setPicker(null),
    /** The range being annotated, marked in the article while the form has the focus. */
    pending: editing?.mode === 'new' ? editing.range : null,
    editor: editing &&
      target && {
        key: editing.mode === 'new' ? `new:${target.start}:${target.end}` : editing.id,
        annotation: edited,
        target,
        initial: editing.restored?.fields ?? opening,
        opened: editing.restored?.opened ?? opening,
        origin: editing.mode === 'new' ? editing.origin : edited?.origin,
        restored: editing.restored !== undefined,
        /** Keeps the form as typed (or forgets it once it matches what it opened with). */
        changed: (changed: boolean) => {
          dirty.current = changed;
        },
        keepDraft: (fields: AnnotationFields, opened: AnnotationFields, changed: boolean) => {
          if (drafting.current !== editing) return;
          const on =
            editing.mode === 'new'
              ? { mode: 'new' as const, target: editing.target, origin: editing.origin }
              : { mode: 'edit' as const, id: editing.id };
          const savedAt = new Date().toISOString();
          void (changed
            ? keepDraft({ articleId, on, fields, opened, savedAt })
            : dropDraft(articleId));
        },
      },
    /** Runs an action that would close the form: at once, or after asking if it has changes. */
    guard,
    /** The action waiting for the reviewer to say whether their changes may go. */
    asking: asking !== null,
    answer: (discardChanges: boolean) => {
      const action = asking;
      setAsking(null);
      if (discardChanges && action) {
        discard();
        setEditing(null);
        action();
      }
    },
    save,
    /** Closes the form, throwing away what it holds (the form asked already, if needed). */
    cancel: () => close(editing?.range ?? null, false),
    deleteEdited: () => editing?.mode === 'edit' && void remove(editing.id),
    selectEntry,
    openEntry,
    confirmEntry,
    reattach: (id: string) => void reattach(id),
    remove: (id: string) => void remove(id),
    undo,
    step,
    /** Enter in the article: opens the active annotation, unless the editor is open. */
    openCurrent: () => {
      if (!activeId || editing) return false;
      open(activeId);
      return true;
    },
  };
}

export type AnnotationSession = ReturnType<typeof useAnnotationSession>;
