import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { unexportedSince } from '../../model/export-reminder';
import type { Annotation } from '../../model/types';
import type { Persistence } from '../../store/persistence';
import { exportedAtKey } from '../../store/settings';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { AnnotationsTab } from '../annotations/AnnotationsTab';
import { ReviewProgress } from '../annotations/ReviewProgress';
import type { ShownAnnotations } from '../annotations/use-shown-annotations';
import { useReview } from '../common/review-context';
import { useSetting } from '../common/use-setting';
import { Legend } from '../scale/Legend';
import { SuggestionsTab } from '../suggestions/SuggestionsTab';
import { DeskSyncStatus } from '../sync/DeskSyncStatus';
import { useDeskSync } from '../sync/use-desk-sync';
import type { ArticleSuggestions } from '../suggestions/use-article-suggestions';
import { SidebarTabs, panelId, tabId } from './SidebarTabs';
import { StorageStatus } from './StorageStatus';
import type { AnnotationSession } from './use-annotation-session';
import type { SidebarPanel } from './use-sidebar-panel';

type SidebarTabId = 'annotations' | 'suggestions';

interface Props {
  /** The article's annotations in reading order, as the sidebar follows them (deferred). */
  listed: readonly Annotation[];
  shown: ShownAnnotations;
  session: AnnotationSession;
  suggestions: ArticleSuggestions;
  persistence: Persistence | null;
  /** The search field of the annotations, for the `/` key. */
  searchRef: RefObject<HTMLInputElement | null>;
  onExportJson: () => void;
  onEditScale: () => void;
  onEditNames: () => void;
  /** Shown beside the article, or (a narrow window) as a panel over it. */
  panel: SidebarPanel;
  panelRef: RefObject<HTMLElement | null>;
}

/** The sidebar: review progress and the desk's line, then the annotation form, or the annotations and suggestions tabs. */
export function Sidebar({
  listed,
  shown,
  session,
  suggestions,
  persistence,
  panel,
  panelRef,
  ...p
}: Props) {
  const { articleId, scale } = useReview();
  const [tab, setTab] = useState<SidebarTabId>('annotations');
  const showSuggestions = useCallback(() => setTab('suggestions'), []);
  const exportedAt = useSetting<string>(exportedAtKey(articleId));
  const since = useMemo(
    () => (exportedAt ? unexportedSince(listed, exportedAt.value) : null),
    [listed, exportedAt],
  );
  const { editor } = session;
  // the sync lives as long as the article is open, not in its line: a sync tied to a line the
  // form replaced (as it once did) stopped while the reviewer edited and missed the desk
  const desk = useDeskSync(articleId);
  const asPanel = panel.narrow && !editor;
  // Escape closes the panel, unless something inside (the form, a menu) took it already
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented || !asPanel) return;
    e.preventDefault();
    panel.close();
  };

  return (
    <aside
      ref={panelRef}
      id="sidebar"
      className={panel.narrow ? 'sidebar sidebar--panel' : 'sidebar'}
      aria-label="Annotations"
      hidden={!panel.shown}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {asPanel && (
        <button type="button" className="button button--quiet sidebar-close" onClick={panel.close}>
          Close sidebar
        </button>
      )}
      <ReviewProgress annotations={listed} scale={scale} />
      {/* under the progress, form open or not: where the article stands with the desk, in view */}
      <DeskSyncStatus desk={desk} />
      {editor ? (
        <AnnotationEditor
          key={editor.key}
          annotation={editor.annotation}
          target={editor.target}
          origin={editor.origin}
          initial={editor.initial}
          opened={editor.opened}
          restored={editor.restored}
          onDraft={editor.keepDraft}
          onChanged={editor.changed}
          scale={scale}
          onSave={session.save}
          onCancel={session.cancel}
          onDelete={session.deleteEdited}
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
                count: suggestions.enabled && !suggestions.running ? suggestions.count : undefined,
              },
            ]}
          />
          <div key={tab} role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
            {tab === 'annotations' ? (
              <AnnotationsTab
                annotations={listed}
                shown={shown}
                session={session}
                searchRef={p.searchRef}
                unexportedSince={since}
                onExport={p.onExportJson}
                suggestionCount={suggestions.count}
                onShowSuggestions={showSuggestions}
              />
            ) : (
              <SuggestionsTab suggestions={suggestions} onEditNames={p.onEditNames} />
            )}
          </div>
          <Legend scale={scale} onEditScale={p.onEditScale} />
          <StorageStatus persistence={persistence} />
        </>
      )}
    </aside>
  );
}
