import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { articleSchema } from '../../editor/schema';
import { TextMap } from '../../editor/text-map';
import { selectionTarget } from '../../editor/selection-target';
import { fieldsOf } from '../../model/annotation-fields';
import { unexportedSince } from '../../model/export-reminder';
import type { Annotation, Article, Target } from '../../model/types';
import { isClaimChecked } from '../../model/verdict-scale';
import {
  confirmAnchoring,
  deleteAnnotation,
  listAnnotations,
  reattachAnnotation,
  restoreAnnotation,
} from '../../store/annotations';
import { REVIEWER_NAME, exportedAtKey, setSetting } from '../../store/settings';
import { reviewProgress, stepThrough } from '../../model/review-progress';
import { filterAnnotations, isFilterActive } from '../../model/annotation-filter';
import type { VerdictScale } from '../../model/verdict-scale';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationsTab } from '../annotations/AnnotationsTab';
import { saveAnnotation } from '../../store/save-annotation';
import { ReferenceNamesDialog } from '../suggestions/ReferenceNamesDialog';
import { SuggestionsPanel, undismissedCount } from '../suggestions/SuggestionsPanel';
import { SidebarTabs, panelId, tabId } from './SidebarTabs';
import { useSuggestionActions } from '../suggestions/use-suggestion-actions';
import { useSpotting } from '../suggestions/use-spotting';
import { PrintReport } from '../transfer/PrintReport';
import { ScaleSettings } from '../scale/ScaleSettings';
import { usePrinting } from '../transfer/use-printing';
import { useVerdictScale } from '../scale/use-verdict-scale';
import { fadeFilteredOut } from '../../editor/filtered-highlights';
import { useArticleFilter } from '../annotations/use-article-filter';
import { Announcer } from '../common/Announcer';
import { annotationLabel } from '../../model/labels';
import { shorten } from '../../model/white-space';
import { ReviewProgress } from '../annotations/ReviewProgress';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useReviewKeys } from './use-review-keys';
import { ArticleHeader } from '../article/ArticleHeader';
import { ArticleView } from '../article/ArticleView';
import type { ArticleViewHandle } from '../article/article-view-handle';
import { pmPos, type DocRange } from '../../editor/text-map';
import { ClaimReviewDialog } from '../transfer/ClaimReviewDialog';
import { HighlightPicker } from '../article/HighlightPicker';
import { highlightsFor, placedOrNot } from '../../editor/highlights';
import { useArticleAnnotations, useSetting } from '../common/hooks';
import { Legend } from '../scale/Legend';
import { ReviewerNameDialog } from './ReviewerNameDialog';
import { StorageStatus } from './StorageStatus';
import { Toolbar } from './Toolbar';
import { UndoToast } from '../annotations/UndoToast';
import type { NoticeMessage } from '../common/Notice';
import { usePersistence } from './use-persistence';
import { useTransfer } from '../transfer/use-transfer';

type SidebarTabId = 'annotations' | 'suggestions';

type Editing =
  | { mode: 'new'; range: DocRange; target: Target }
  | { mode: 'edit'; id: string; range: DocRange | null };

interface Props {
  article: Article;
  /** Shows a message that outlives a switch of article. */
  notify: (notice: NoticeMessage) => void;
  /** Opens the file chooser of an import. */
  onChooseImport: () => void;
  onShowLibrary: () => void;
  onNewArticle: () => void;
}

/** One article under review: the text with its highlights, and the annotation sidebar. */
export function Workspace({ article, notify, onChooseImport, onShowLibrary, onNewArticle }: Props) {
  const doc = useMemo(() => articleSchema.nodeFromJSON(article.doc), [article.doc]);
  const map = useMemo(() => new TextMap(doc), [doc]);
  const scale = useVerdictScale();
  // highlights computed a slice at a time as the annotations load, not all in the frame they arrive
  const { annotations, complete } = useArticleAnnotations(article.id, slice =>
    highlightsFor(slice, map, scale),
  );
  const reviewer = useSetting<string>(REVIEWER_NAME)?.value;
  const view = useRef<ArticleViewHandle>(null);
  const allAnnotations = useCallback(
    async () => (complete ? annotations : listAnnotations(article.id)),
    [complete, annotations, article.id],
  );
  const transfer = useTransfer(article, allAnnotations, scale, reviewer, notify);
  const { persistence, ask: askPersistence } = usePersistence();
  // the sidebar follows a change a moment later, in time React can interrupt:
  // a saved highlight is drawn in the article without waiting for ten thousand entries
  const listed = useDeferredValue(annotations);
  const exportedAt = useSetting<string>(exportedAtKey(article.id));
  const since = useMemo(
    () => (exportedAt ? unexportedSince(listed, exportedAt.value) : null),
    [listed, exportedAt],
  );

  // the range is read only when acted on: each Shift+arrow would otherwise redraw the workspace
  const selection = useRef<DocRange | null>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const onSelectionChange = useCallback((range: DocRange | null) => {
    selection.current = range;
    setHasSelection(range !== null);
  }, []);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  // the reviewer's name is asked for before the first annotation, then what waited goes on
  const [askName, setAskName] = useState(false);
  const afterName = useRef<((name: string) => void) | null>(null);
  const askForName = (then: (name: string) => void) => {
    afterName.current = then;
    setAskName(true);
  };
  const [picker, setPicker] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(
    null,
  );
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [announced, setAnnounced] = useState<{ text: string } | null>(null);
  const [showShortcuts, setShowShortcuts] = useState(false);
  const [editScale, setEditScale] = useState(false);
  const printing = usePrinting();
  const announce = (text: string) => setAnnounced({ text });

  const highlights = useMemo(
    () => highlightsFor(annotations, map, scale),
    [annotations, map, scale],
  );
  const { placed, orphans } = useMemo(() => placedOrNot(listed, map, scale), [listed, map, scale]);
  const rangeOf = (id: string) => highlights.find(h => h.id === id) ?? null;

  const [filter, setFilter] = useArticleFilter(article.id);
  const visibleIds = useMemo(
    () =>
      isFilterActive(filter)
        ? new Set(filterAnnotations(annotations, filter).map(a => a.id))
        : null,
    [annotations, filter],
  );
  const placedShown = useMemo(() => filterAnnotations(placed, filter), [placed, filter]);
  // the orphan list's own criterion is "does not anchor now", whatever the record says
  const orphansShown = useMemo(
    () => filterAnnotations(orphans, { ...filter, needsReanchoring: false }),
    [orphans, filter],
  );
  const drawn = useMemo(() => fadeFilteredOut(highlights, visibleIds), [highlights, visibleIds]);

  const startNew = (range: DocRange, name: string | undefined) => {
    if (!name) return askForName(n => startNew(range, n));
    const found = selectionTarget(map, range);
    if (found) setEditing({ mode: 'new', ...found });
  };
  const annotate = (range = selection.current) => range && startNew(range, reviewer);

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

  // spotting takes a core for a second or two a megabyte: not while the annotations load
  const spotting = useSpotting(article, map, listed, complete);
  const [editNames, setEditNames] = useState(false);
  const suggestion = useSuggestionActions({
    articleId: article.id,
    map,
    scale,
    reviewer,
    askName: askForName,
    keepData: askPersistence,
    mark: setActiveId,
    announce,
    notify,
    reveal: id => view.current?.revealSuggestion(id),
  });
  const [tab, setTab] = useState<SidebarTabId>('annotations');
  const suggestionCount = useMemo(
    () => undismissedCount(spotting.suggestions, spotting.dismissed),
    [spotting.suggestions, spotting.dismissed],
  );
  const onEditNames = useCallback(() => setEditNames(true), []);

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
  const reattach = async (id: string) => {
    const found = selection.current && selectionTarget(map, selection.current);
    if (!found) return;
    await reattachAnnotation(id, found.target);
    select(id, true);
  };

  // n / p: through the annotations in reading order, as the sidebar lists them
  const stepTo = (direction: 1 | -1, onlyOpen: boolean) => {
    const pool = onlyOpen ? placedShown.filter(a => a.status === 'open') : placedShown;
    const caret = view.current?.caret() ?? { pos: pmPos(0), focused: false };
    const next = stepThrough(
      pool.map(a => ({ id: a.id, start: a.target.start })),
      activeId,
      map.toOffset(caret.pos),
      direction,
    );
    const which = onlyOpen ? 'open annotations' : 'annotations';
    if (!next) {
      if (pool.length === 0) return announce(`No ${which}.`);
      return announce(
        direction === 1 ? `No more ${which} after this one.` : `No ${which} before this one.`,
      );
    }
    const a = pool.find(x => x.id === next.id) as Annotation;
    select(a.id, true);
    const range = rangeOf(a.id);
    // a caret at its start: Shift+arrows select from there, and the next n continues from there
    if (range && caret.focused) view.current?.focus({ from: range.from, to: range.from });
    announce(
      `${pool.indexOf(a) + 1} of ${pool.length}: ${annotationLabel(a, scale)}. “${shorten(a.target.exact, 90)}”`,
    );
  };
  useReviewKeys({
    step: stepTo,
    openCurrent: () => {
      if (!activeId || editing) return false;
      open(activeId);
      return true;
    },
    focusSearch: () => document.getElementById('annotation-search')?.focus(),
    showShortcuts: () => setShowShortcuts(true),
  });
  const progress = useMemo(
    () => reviewProgress(listed, scale, a => isClaimChecked(a, scale)),
    [listed, scale],
  );

  const edited = editing?.mode === 'edit' ? annotations.find(a => a.id === editing.id) : undefined;
  // an annotation deleted in another tab while open here closes its editor
  const editorTarget = editing?.mode === 'new' ? editing.target : edited?.target;
  const pending = editing?.mode === 'new' ? editing.range : null;

  return (
    <div className="workspace">
      <main className="reading" aria-label="Article">
        <Toolbar
          canAnnotate={hasSelection}
          reviewer={reviewer}
          onAnnotate={() => annotate()}
          onExport={transfer.exportAs}
          onImport={onChooseImport}
          onShowLibrary={onShowLibrary}
          onNewArticle={onNewArticle}
          onShowShortcuts={() => setShowShortcuts(true)}
        />
        <ArticleHeader article={article} doc={doc} />
        <ArticleView
          handle={view}
          doc={doc}
          highlights={drawn}
          activeId={activeId}
          pending={pending}
          onSelectionChange={onSelectionChange}
          onAnnotate={annotate}
          onClickHighlights={(ids, at) =>
            ids.length === 1 ? select(ids[0] as string, false) : setPicker({ ids, at })
          }
          suggestions={spotting.ranges}
          activeSuggestionId={suggestion.activeId}
          // most sentences may be underlined: a click there marks its suggestion (brought into
          // view if its tab is open) but never switches the sidebar away from the annotations
          onClickSuggestion={suggestion.setActiveId}
        />
      </main>

      <aside className="sidebar" aria-label="Annotations">
        <ReviewProgress progress={progress} />
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
              const saved = await saveAnnotation(editing, fields, opened, {
                articleId: article.id,
                scale,
                reviewer: reviewer ?? '',
                mark: setActiveId,
              });
              if (!saved.ok) return saved;
              // work worth keeping: ask the browser not to evict it
              if (editing.mode === 'new') askPersistence();
              // a caret after the annotated text: a selection there would turn the next drag into drag-and-drop
              const end = editing.range?.to;
              // the highlight is drawn first; the sidebar's list comes back in the frame after
              await nextFrame();
              close(end === undefined ? null : { from: end, to: end });
              return saved;
            }}
            onCancel={() => close(editing.range)}
            onDelete={() => editing.mode === 'edit' && void remove(editing.id)}
          />
        ) : (
          <>
            <SidebarTabs
              label="Sidebar"
              selected={tab}
              onSelect={setTab}
              tabs={[
                { id: 'annotations', label: 'Annotations', count: listed.length },
                {
                  id: 'suggestions',
                  label: 'Suggestions',
                  count: spotting.enabled && !spotting.running ? suggestionCount : undefined,
                },
              ]}
            />
            {tab === 'annotations' ? (
              <AnnotationsTab
                scale={scale}
                annotations={listed}
                placed={placedShown}
                orphans={orphansShown}
                filter={filter}
                onFilterChange={setFilter}
                filtering={visibleIds !== null}
                unexportedSince={since}
                onExport={() => transfer.exportAs('annotated-json')}
                activeId={activeId}
                onSelect={selectEntry}
                onOpen={openEntry}
                onConfirm={confirmEntry}
                canReattach={hasSelection}
                onReattach={id => void reattach(id)}
                onDelete={id => void remove(id)}
                suggestionCount={suggestionCount}
                onShowSuggestions={() => setTab('suggestions')}
              />
            ) : (
              <div
                role="tabpanel"
                id={panelId('suggestions')}
                aria-labelledby={tabId('suggestions')}
              >
                <SuggestionsPanel
                  suggestions={spotting.suggestions}
                  dismissed={spotting.dismissed}
                  running={spotting.running}
                  spotsInPauses={spotting.spotsInPauses}
                  {...(spotting.deferred && { deferred: spotting.deferred })}
                  enabled={spotting.enabled}
                  {...(spotting.error !== undefined && { error: spotting.error })}
                  activeId={suggestion.activeId}
                  onAccept={suggestion.onAccept}
                  onDismiss={suggestion.onDismiss}
                  onRestoreDismissed={suggestion.onRestoreDismissed}
                  onSelect={suggestion.onSelect}
                  onTurnOff={suggestion.onTurnOff}
                  onTurnOn={suggestion.onTurnOn}
                  onEditNames={onEditNames}
                />
              </div>
            )}
            <Legend scale={scale} onEditScale={() => setEditScale(true)} />
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
            const then = afterName.current;
            afterName.current = null;
            then?.(name);
          }}
          onCancel={() => {
            afterName.current = null;
            setAskName(false);
          }}
        />
      )}
      {transfer.askClaimReview && (
        <ClaimReviewDialog
          counts={claimCounts(annotations, scale)}
          defaultAuthor={reviewer ?? ''}
          onExport={transfer.exportClaimReviewTo}
          onCancel={() => transfer.setAskClaimReview(false)}
        />
      )}
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {editNames && <ReferenceNamesDialog onClose={() => setEditNames(false)} />}
      {editScale && <ScaleSettings scale={scale} onClose={() => setEditScale(false)} />}
      {printing && (
        <PrintReport
          article={article}
          annotations={annotations}
          scale={scale}
          {...(reviewer !== undefined && { reviewer })}
        />
      )}
      <Announcer message={announced} />
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

function claimCounts(annotations: readonly Annotation[], scale: VerdictScale) {
  const claims = annotations.filter(a => a.kind === 'claim');
  const rated = claims.filter(
    a => scale.find(v => v.id === a.verdict)?.ratingValue !== undefined,
  ).length;
  return { rated, skipped: claims.length - rated };
}
