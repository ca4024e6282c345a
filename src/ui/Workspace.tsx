import { useCallback, useMemo, useRef, useState } from 'react';
import { TextMap } from '../editor/text-map';
import { articleSchema } from '../editor/schema';
import { ANNOTATE_KEY } from '../editor/read-only-plugin';
import { describe } from '../model/describe';
import { fieldsOf } from '../model/annotation-fields';
import { trimRange } from '../model/trim-range';
import type { Annotation, Article, Target } from '../model/types';
import { DEFAULT_VERDICT_SCALE } from '../model/verdict-scale';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../store/annotations';
import { REVIEWER_NAME, setSetting } from '../store/settings';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationList } from './AnnotationList';
import { ArticleHeader } from './ArticleHeader';
import { ArticleView, type ArticleViewHandle, type DocRange } from './ArticleView';
import { HighlightPicker } from './HighlightPicker';
import { highlightsFor } from './highlights';
import { useAnnotations, useSetting } from './hooks';
import { Legend } from './Legend';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { UndoToast } from './UndoToast';

type Editing =
  | { mode: 'new'; range: DocRange; target: Target }
  | { mode: 'edit'; id: string; range: DocRange | null };

const scale = DEFAULT_VERDICT_SCALE;

/** One article under review: the text with its highlights, and the annotation sidebar. */
export function Workspace({ article }: { article: Article }) {
  const doc = useMemo(() => articleSchema.nodeFromJSON(article.doc), [article.doc]);
  const map = useMemo(() => new TextMap(doc), [doc]);
  const annotations = useAnnotations(article.id);
  const reviewer = useSetting<string>(REVIEWER_NAME);
  const view = useRef<ArticleViewHandle>(null);

  const [selection, setSelection] = useState<DocRange | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [askName, setAskName] = useState(false);
  const [picker, setPicker] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(
    null,
  );
  const [deleted, setDeleted] = useState<Annotation | null>(null);

  const highlights = useMemo(
    () => highlightsFor(annotations ?? [], map, scale),
    [annotations, map],
  );
  const rangeOf = useCallback(
    (id: string) => highlights.find(h => h.id === id) ?? null,
    [highlights],
  );
  const orphanIds = useMemo(() => {
    const drawn = new Set(highlights.map(h => h.id));
    return new Set((annotations ?? []).filter(a => !drawn.has(a.id)).map(a => a.id));
  }, [annotations, highlights]);

  const startNew = (range: DocRange, name: string | undefined) => {
    if (!name) return setAskName(true);
    const trimmed = trimRange(map.index, map.toRange(range.from, range.to));
    if (!trimmed) return;
    setEditing({
      mode: 'new',
      range: { from: map.toPos(trimmed.start), to: map.toPos(trimmed.end) },
      target: describe(map.index, trimmed),
    });
  };
  const annotate = (range = selection) => range && startNew(range, reviewer?.value);

  const select = (id: string, reveal: boolean) => {
    setActiveId(id);
    setPicker(null);
    if (reveal) view.current?.reveal(id);
  };
  const open = (id: string) => {
    select(id, true);
    setEditing({ mode: 'edit', id, range: rangeOf(id) });
  };
  const close = (focusRange: DocRange | null) => {
    setEditing(null);
    view.current?.focus(focusRange ?? undefined);
  };

  const remove = async (id: string) => {
    const gone = await deleteAnnotation(id);
    setEditing(null);
    setActiveId(null);
    if (gone) setDeleted(gone);
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await restoreAnnotation(deleted);
    setActiveId(deleted.id);
    setDeleted(null);
  };
  const dismissUndo = useCallback(() => setDeleted(null), []);

  const edited = editing?.mode === 'edit' ? annotations?.find(a => a.id === editing.id) : undefined;
  // an annotation deleted in another tab while open here closes its editor
  const editorTarget = editing?.mode === 'new' ? editing.target : edited?.target;
  const pending = editing?.mode === 'new' ? editing.range : null;

  return (
    <div className="workspace">
      <main className="reading" aria-label="Article">
        <div className="toolbar" role="toolbar" aria-label="Article tools">
          <span className="brand">Factmark</span>
          <button
            type="button"
            className="button button--primary"
            disabled={!selection}
            onMouseDown={e => e.preventDefault()}
            onClick={() => annotate()}
            title={`Annotate the selected text (${ANNOTATE_KEY.toUpperCase()})`}
            aria-keyshortcuts={ANNOTATE_KEY.toUpperCase()}
          >
            Annotate
          </button>
          <span className="toolbar-hint" aria-live="polite">
            {selection
              ? `Press ${ANNOTATE_KEY.toUpperCase()} to annotate.`
              : 'Select text to annotate it.'}
          </span>
          {reviewer?.value && <span className="reviewer">Reviewer: {reviewer.value}</span>}
        </div>
        <ArticleHeader article={article} />
        <ArticleView
          handle={view}
          doc={doc}
          highlights={highlights}
          activeId={activeId}
          pending={pending}
          onSelectionChange={setSelection}
          onAnnotate={annotate}
          onClickHighlights={(ids, at) =>
            ids.length === 1 ? select(ids[0] as string, false) : setPicker({ ids, at })
          }
        />
      </main>

      <aside className="sidebar" aria-label="Annotations">
        {editing && editorTarget ? (
          <AnnotationEditor
            key={
              editing.mode === 'new'
                ? `new:${editing.target.start}:${editing.target.end}`
                : editing.id
            }
            annotation={edited}
            target={editorTarget}
            initial={fieldsOf(edited)}
            scale={scale}
            onSave={async fields => {
              if (editing.mode === 'new') {
                const created = await createAnnotation(
                  article.id,
                  editing.target,
                  fields,
                  reviewer?.value ?? '',
                  scale,
                );
                setActiveId(created.id);
              } else {
                await updateAnnotation(editing.id, fields, scale);
              }
              // a caret after the annotated text: a selection there would turn the next drag into drag-and-drop
              const end = editing.range?.to;
              close(end === undefined ? null : { from: end, to: end });
            }}
            onCancel={() => close(editing.range)}
            onDelete={() => editing.mode === 'edit' && void remove(editing.id)}
          />
        ) : (
          <>
            <h2 className="sidebar-title">
              Annotations <span className="count">{annotations?.length ?? 0}</span>
            </h2>
            <AnnotationList
              annotations={annotations ?? []}
              orphanIds={orphanIds}
              scale={scale}
              activeId={activeId}
              onSelect={id => select(id, true)}
              onOpen={open}
            />
            <Legend scale={scale} />
          </>
        )}
      </aside>

      {picker && (
        <HighlightPicker
          annotations={picker.ids
            .map(id => annotations?.find(a => a.id === id))
            .filter((a): a is Annotation => !!a)}
          at={picker.at}
          scale={scale}
          onPick={id => select(id, false)}
          onClose={() => setPicker(null)}
        />
      )}
      {askName && (
        <ReviewerNameDialog
          onSubmit={async name => {
            await setSetting(REVIEWER_NAME, name);
            setAskName(false);
            if (selection) startNew(selection, name);
          }}
          onCancel={() => setAskName(false)}
        />
      )}
      {deleted && (
        <UndoToast
          message="Annotation deleted."
          onUndo={() => void undoDelete()}
          onDismiss={dismissUndo}
        />
      )}
    </div>
  );
}
