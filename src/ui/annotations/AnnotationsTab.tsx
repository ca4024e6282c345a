import type { RefObject } from 'react';
import type { Annotation } from '../../model/types';
import { useReview } from '../common/review-context';
import { AnnotationList } from './AnnotationList';
import { ExportReminder } from './ExportReminder';
import { FilterBar } from './FilterBar';
import { NeedsReanchoring } from './NeedsReanchoring';
import type { ShownAnnotations } from './use-shown-annotations';

/** What the tab does with an annotation: the workspace's annotation session. */
interface Actions {
  activeId: string | null;
  selectEntry: (id: string) => void;
  openEntry: (id: string) => void;
  confirmEntry: (id: string) => void;
  /** A selection in the text to re-attach an orphan to. */
  hasSelection: boolean;
  reattach: (id: string) => void;
  remove: (id: string) => void;
}

interface Props {
  /** Every annotation of the article, in reading order. */
  annotations: readonly Annotation[];
  /** Those the filter lets through, and the filter. */
  shown: Pick<ShownAnnotations, 'placed' | 'orphans' | 'filter' | 'setFilter' | 'filtering'>;
  session: Actions;
  /** Given the search field, for the `/` key. */
  searchRef?: RefObject<HTMLInputElement | null>;
  /** The oldest change not in an export, or null. */
  unexportedSince: string | null;
  onExport: () => void;
  /** Suggestions waiting in the other tab, offered while there is no annotation. */
  suggestionCount: number;
  onShowSuggestions: () => void;
}

/** The sidebar's Annotations tab: search and filters, reminders, and the list in reading order. */
export function AnnotationsTab({ annotations, shown, session, ...p }: Props) {
  const { scale } = useReview();
  const { placed, orphans } = shown;
  return (
    <>
      <FilterBar
        filter={shown.filter}
        onChange={shown.setFilter}
        scale={scale}
        annotations={annotations}
        shown={placed.length + orphans.length}
        total={annotations.length}
        {...(p.searchRef && { searchRef: p.searchRef })}
      />
      <ExportReminder since={p.unexportedSince} onExport={p.onExport} />
      <NeedsReanchoring
        orphans={orphans}
        scale={scale}
        canReattach={session.hasSelection}
        onReattach={session.reattach}
        onDelete={session.remove}
      />
      <h2 className="visually-hidden">Annotations in reading order</h2>
      {shown.filtering && placed.length === 0 ? (
        <p className="empty-state">No annotations match the filter.</p>
      ) : (
        <AnnotationList
          annotations={placed}
          scale={scale}
          activeId={session.activeId}
          onSelect={session.selectEntry}
          onOpen={session.openEntry}
          onConfirm={session.confirmEntry}
          {...(p.suggestionCount > 0 && {
            onShowSuggestions: p.onShowSuggestions,
            suggestionCount: p.suggestionCount,
          })}
        />
      )}
    </>
  );
}
