import type { Node as PmNode } from 'prosemirror-model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { articleSchema } from '../editor/schema';
import { TextMap } from '../editor/text-map';
import { fieldsOf } from '../model/annotation-fields';
import { describe } from '../model/describe';
import { unexportedSince } from '../model/export-reminder';
import { trimRange } from '../model/trim-range';
import type { Annotation, Article, Target } from '../model/types';
import { DEFAULT_VERDICT_SCALE } from '../model/verdict-scale';
import {
  confirmAnchoring,
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../store/annotations';
import { REVIEWER_NAME, exportedAtKey, setSetting } from '../store/settings';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationList } from './AnnotationList';
import { ArticleHeader } from './ArticleHeader';
import { ArticleView, type ArticleViewHandle, type DocRange } from './ArticleView';
import { ClaimReviewDialog } from './ClaimReviewDialog';
import { ExportReminder } from './ExportReminder';
import { HighlightPicker } from './HighlightPicker';
import { highlightsFor } from './highlights';
import { useArticleAnnotations, useSetting } from './hooks';
import { Legend } from './Legend';
import { NeedsReanchoring } from './NeedsReanchoring';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { StorageStatus } from './StorageStatus';
import { Toolbar } from './Toolbar';
import { UndoToast } from './UndoToast';
import type { NoticeMessage } from './Notice';
import { usePersistence } from './use-persistence';
import { useTransfer } from './use-transfer';

type Editing =
  | { mode: 'new'; range: DocRange; target: Target }
  | { mode: 'edit'; id: string; range: DocRange | null };

const scale = DEFAULT_VERDICT_SCALE;

interface Props {
  article: Article;
  /** Shows a message that outlives a switch of article. */
  notify: (notice: NoticeMessage) => void;
  onImportFile: (file: File) => void;
  onShowLibrary: () => void;
  onNewArticle: () => void;
}

/** One article under review: the text with its highlights, and the annotation sidebar. */
export function Workspace({ article, notify, onImportFile, onShowLibrary, onNewArticle }: Props) {
  const doc = useMemo(() => articleSchema.nodeFromJSON(article.doc), [article.doc]);
  const map = useMemo(() => new TextMap(doc), [doc]);
  const { annotations, complete, feed } = useArticleAnnotations(article.id);
  const reviewer = useSetting<string>(REVIEWER_NAME)?.value;
  const view = useRef<ArticleViewHandle>(null);
  const allAnnotations = useCallback(
    async () => (complete ? annotations : listAnnotations(article.id)),
    [complete, annotations, article.id],
  );
  const transfer = useTransfer(article, allAnnotations, scale, notify);
  const { persistence, ask: askPersistence } = usePersistence();
  const exportedAt = useSetting<string>(exportedAtKey(article.id));
  const since = useMemo(
    () => (exportedAt ? unexportedSince(annotations, exportedAt.value) : null),
    [annotations, exportedAt],
  );

  const [selection, setSelection] = useState<DocRange | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [askName, setAskName] = useState(false);
  const [picker, setPicker] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(
    null,
  );
  const [deleted, setDeleted] = useState<Annotation | null>(null);

  const highlights = useMemo(() => highlightsFor(annotations, map, scale), [annotations, map]);
  const anchored = useMemo(() => new Set(highlights.map(h => h.id)), [highlights]);
  const orphans = useMemo(
    () => annotations.filter(a => !anchored.has(a.id)),
    [annotations, anchored],
  );
  const placed = useMemo(
    () => annotations.filter(a => anchored.has(a.id)),
    [annotations, anchored],
  );
  const rangeOf = (id: string) => highlights.find(h => h.id === id) ?? null;

  /** The selection as a target, without the white space a drag often catches. */
  const targetOf = (range: DocRange) => {
    const trimmed = trimRange(map.index, map.toRange(range.from, range.to));
    if (!trimmed) return null;
    const docRange = { from: map.toPos(trimmed.start), to: map.toPos(trimmed.end) };
    return { range: docRange, target: describe(map.index, trimmed) };
  };
  const startNew = (range: DocRange, name: string | undefined) => {
    if (!name) return setAskName(true);
    const found = targetOf(range);
    if (found) setEditing({ mode: 'new', ...found });
  };
  const annotate = (range = selection) => range && startNew(range, reviewer);

  const select = (id: string, reveal: boolean) => {
    setActiveId(id);
    setPicker(null);
    if (reveal) view.current?.reveal(id);
  };
  const open = (id: string) => {
    select(id, true);
    setEditing({ mode: 'edit', id, range: rangeOf(id) });
  };
  // stable callbacks for the list, so a selection change in the article does not redraw it
  const entryActions = useRef({ select, open });
  useEffect(() => {
    entryActions.current = { select, open };
  });
  const selectEntry = useCallback((id: string) => entryActions.current.select(id, true), []);
  const openEntry = useCallback((id: string) => entryActions.current.open(id), []);
  const confirmEntry = useCallback((id: string) => void confirmAnchoring(id), []);

  const close = (focusRange: DocRange | null) => {
    setEditing(null);
    view.current?.focus(focusRange ?? undefined);
  };

  const remove = async (id: string) => {
    const gone = await deleteAnnotation(id);
    feed?.remove(id);
    setEditing(null);
    setActiveId(null);
    if (gone) setDeleted(gone);
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await restoreAnnotation(deleted);
    feed?.put(deleted);
    setActiveId(deleted.id);
    setDeleted(null);
  };
  const dismissUndo = useCallback(() => setDeleted(null), []);
  const reattach = async (id: string) => {
    const found = selection && targetOf(selection);
    if (!found) return;
    await reattachAnnotation(id, found.target);
    select(id, true);
  };

  const edited = editing?.mode === 'edit' ? annotations.find(a => a.id === editing.id) : undefined;
  // an annotation deleted in another tab while open here closes its editor
  const editorTarget = editing?.mode === 'new' ? editing.target : edited?.target;
  const pending = editing?.mode === 'new' ? editing.range : null;

  return (
    <div className="workspace">
      <main className="reading" aria-label="Article">
        <Toolbar
          canAnnotate={!!selection}
          reviewer={reviewer}
          onAnnotate={() => annotate()}
          onExport={transfer.exportAs}
          onImport={onImportFile}
          onShowLibrary={onShowLibrary}
          onNewArticle={onNewArticle}
        />
        <ArticleHeader article={article} opensWithTitle={opensWith(doc, article.title)} />
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
            onSave={async (fields, opened) => {
              if (editing.mode === 'new') {
                // work worth keeping: ask the browser not to evict it
                askPersistence();
                // the highlight is shown while the write runs, and taken back if it fails
                let shown: string | null = null;
                try {
                  const created = await createAnnotation(
                    article.id,
                    editing.target,
                    fields,
                    reviewer ?? '',
                    scale,
                    record => {
                      shown = record.id;
                      feed?.put(record);
                      setActiveId(record.id);
                    },
                  );
                  feed?.put(created);
                } catch (err) {
                  if (shown) feed?.remove(shown);
                  setActiveId(null);
                  throw err;
                }
              } else {
                feed?.put(
                  await updateAnnotation(editing.id, fields, scale, reviewer ?? '', opened),
                );
              }
              // a caret after the annotated text: a selection there would turn the next drag into drag-and-drop
              const end = editing.range?.to;
              // the highlight is drawn first; the sidebar's list comes back in the frame after
              await nextFrame();
              close(end === undefined ? null : { from: end, to: end });
            }}
            onCancel={() => close(editing.range)}
            onDelete={() => editing.mode === 'edit' && void remove(editing.id)}
          />
        ) : (
          <>
            <ExportReminder since={since} onExport={() => transfer.exportAs('annotated-json')} />
            <NeedsReanchoring
              orphans={orphans}
              scale={scale}
              canReattach={!!selection}
              onReattach={id => void reattach(id)}
              onDelete={id => void remove(id)}
            />
            <h2 className="sidebar-title">
              Annotations <span className="count">{placed.length}</span>
            </h2>
            <AnnotationList
              annotations={placed}
              scale={scale}
              activeId={activeId}
              onSelect={selectEntry}
              onOpen={openEntry}
              onConfirm={confirmEntry}
            />
            <Legend scale={scale} />
            <StorageStatus persistence={persistence} />
          </>
        )}
      </aside>

      {picker && (
        <HighlightPicker
          annotations={picker.ids
            .map(id => annotations.find(a => a.id === id))
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
      {transfer.askClaimReview && (
        <ClaimReviewDialog
          counts={claimCounts(annotations)}
          defaultAuthor={reviewer ?? ''}
          onExport={transfer.exportClaimReviewTo}
          onCancel={() => transfer.setAskClaimReview(false)}
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

/** Resolves once the browser has drawn the next frame. */
const nextFrame = () =>
  new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve)));

/** Whether the document's first block is a heading that reads like the title. */
function opensWith(doc: PmNode, title: string): boolean {
  const first = doc.firstChild;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return first?.type.name === 'heading' && flat(first.textContent) === flat(title);
}

function claimCounts(annotations: readonly Annotation[]) {
  const claims = annotations.filter(a => a.kind === 'claim');
  const rated = claims.filter(
    a => scale.find(v => v.id === a.verdict)?.ratingValue !== undefined,
  ).length;
  return { rated, skipped: claims.length - rated };
}
