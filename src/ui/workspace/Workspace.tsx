import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { highlightsFor } from '../../editor/highlights';
import { articleSchema } from '../../editor/schema';
import { TextMap } from '../../editor/text-map';
import type { Article } from '../../model/types';
import { useArticleAnnotations } from '../annotations/use-article-annotations';
import { useShownAnnotations } from '../annotations/use-shown-annotations';
import { UndoToast } from '../annotations/UndoToast';
import { ArticleHeader } from '../article/ArticleHeader';
import { ArticleView } from '../article/ArticleView';
import type { ArticleViewHandle } from '../article/article-view-handle';
import { HighlightPicker } from '../article/HighlightPicker';
import { Announcer } from '../common/Announcer';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { NoticeMessage } from '../common/notice-message';
import { ReviewContext } from '../common/review-context';
import { useVerdictScale } from '../scale/use-verdict-scale';
import { useArticleSuggestions } from '../suggestions/use-article-suggestions';
import { PrintReport } from '../transfer/PrintReport';
import { usePrinting } from '../transfer/use-printing';
import { useTransfer } from '../transfer/use-transfer';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';
import { useAnnotationSession } from './use-annotation-session';
import { useReviewKeys } from './use-review-keys';
import { useReviewServices } from './use-review-services';
import { useSidebarPanel } from './use-sidebar-panel';
import { WorkspaceDialogs, type WorkspaceDialog } from './WorkspaceDialogs';

interface Props {
  article: Article;
  /** Shows a message that outlives a switch of article. */
  notify: (notice: NoticeMessage) => void;
  /** Opens the file chooser of an import. */
  onChooseImport: () => void;
  onShowLibrary: () => void;
  onNewArticle: () => void;
}

/**
 * One article under review, and the one place where the features meet: the
 * text with its highlights and underlines, the sidebar, and the dialogs. The
 * features share what the `Review` context holds; the reviewer's work on the
 * annotations is the annotation session's.
 */
export function Workspace({ article, notify, onChooseImport, onShowLibrary, onNewArticle }: Props) {
  const doc = useMemo(() => articleSchema.nodeFromJSON(article.doc), [article.doc]);
  const map = useMemo(() => new TextMap(doc), [doc]);
  const scale = useVerdictScale();
  // highlights computed a slice at a time as the annotations load, not all in the frame they arrive
  const read = useArticleAnnotations(article.id, slice => highlightsFor(slice, map, scale));
  const { annotations, complete } = read;
  // the sidebar follows a change a moment later, in time React can interrupt:
  // a saved highlight is drawn in the article without waiting for ten thousand entries
  const listed = useDeferredValue(annotations);
  const view = useRef<ArticleViewHandle>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [dialog, setDialog] = useState<WorkspaceDialog | null>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const nameDialog = useCallback((show: boolean) => setDialog(show ? 'reviewer-name' : null), []);
  // stable: the suggestions panel is not drawn again for it
  const editNames = useCallback(() => setDialog('reference-names'), []);

  const services = useReviewServices(article.id, scale, notify, nameDialog);
  const { review, name } = services;
  const { reviewer } = review;

  const shown = useShownAnnotations(article.id, annotations, listed, map, scale);
  const session = useAnnotationSession({
    review,
    map,
    view,
    annotations,
    highlights: shown.highlights.all,
    listed: shown.placed,
  });
  const suggestions = useArticleSuggestions({
    review,
    map,
    annotations: listed,
    ready: complete,
    propose: session.propose,
    reveal: id => view.current?.revealSuggestion(id),
    focusArticle: () => view.current?.focus(),
  });
  const sidebarRef = useRef<HTMLElement>(null);
  const sidebarToggleRef = useRef<HTMLButtonElement>(null);
  const panel = useSidebarPanel(!!session.editor, sidebarRef, sidebarToggleRef);
  const transfer = useTransfer(article, read, review, () => setDialog('claim-review'));
  const printing = usePrinting();
  useReviewKeys({
    step: session.step,
    openCurrent: session.openCurrent,
    focusSearch: () => searchInput.current?.focus(),
    showShortcuts: () => setDialog('shortcuts'),
    showSidebar: panel.show,
  });

  return (
    <ReviewContext value={review}>
      <div className="workspace">
        <main className="reading" aria-label="Article">
          <Toolbar
            canAnnotate={session.hasSelection}
            reviewer={reviewer}
            onAnnotate={() => session.annotate()}
            onExport={transfer.exportAs}
            onImport={onChooseImport}
            onShowLibrary={() => session.guard(onShowLibrary)}
            onNewArticle={() => session.guard(onNewArticle)}
            onShowShortcuts={() => setDialog('shortcuts')}
            sidebarToggle={
              panel.narrow ? { expanded: panel.expanded, onToggle: panel.toggle } : undefined
            }
            sidebarToggleRef={sidebarToggleRef}
            onRenameReviewer={name.rename}
            onCurate={() => setDialog('curation')}
            onShowAgreement={() => setDialog('agreement')}
          />
          <ArticleHeader article={article} doc={doc} />
          <ArticleView
            handle={view}
            doc={doc}
            highlights={shown.highlights.drawn}
            activeId={session.activeId}
            pending={session.pending}
            onSelectionChange={session.onSelectionChange}
            onAnnotate={session.annotate}
            onClickHighlights={session.clickHighlights}
            suggestions={suggestions.ranges}
            activeSuggestionId={suggestions.activeId}
            // most sentences may be underlined: a click there marks its suggestion (brought into
            // view if its tab is open) but never switches the sidebar away from the annotations
            onClickSuggestion={suggestions.setActiveId}
          />
        </main>
        <Sidebar
          listed={listed}
          shown={shown}
          session={session}
          suggestions={suggestions}
          persistence={services.persistence}
          searchRef={searchInput}
          onExportJson={() => transfer.exportAs('annotated-json')}
          onEditScale={() => setDialog('verdict-scale')}
          onEditNames={editNames}
          panel={panel}
          panelRef={sidebarRef}
        />

        {session.picker && (
          <HighlightPicker
            annotations={session.picker.annotations}
            at={session.picker.at}
            scale={scale}
            onPick={session.pick}
            onClose={session.closePicker}
          />
        )}
        <WorkspaceDialogs
          open={dialog}
          onClose={closeDialog}
          name={name}
          articleId={article.id}
          annotations={annotations}
          onExportClaimReview={transfer.exportClaimReviewTo}
        />
        {printing && (
          <PrintReport
            article={article}
            annotations={annotations}
            scale={scale}
            {...(reviewer !== undefined && { reviewer })}
          />
        )}
        <Announcer message={services.announced} />
        {session.undo.offered && (
          <UndoToast
            message={session.undo.offered.message}
            onUndo={session.undo.undo}
            onDismiss={session.undo.dismiss}
          />
        )}
        {session.asking && (
          <ConfirmDialog
            title="Discard your changes?"
            message="What you typed in the open annotation is not saved."
            confirmLabel="Discard changes"
            cancelLabel="Keep editing"
            onConfirm={() => session.answer(true)}
            onCancel={() => session.answer(false)}
          />
        )}
      </div>
    </ReviewContext>
  );
}
