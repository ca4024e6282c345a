import type { AnnotationFilter } from '../../model/annotation-filter';
import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { AnnotationList } from './AnnotationList';
import { ExportReminder } from './ExportReminder';
import { FilterBar } from './FilterBar';
import { NeedsReanchoring } from './NeedsReanchoring';
import { panelId, tabId } from '../workspace/SidebarTabs';

interface Props {
  scale: VerdictScale;
  /** Every annotation of the article, in reading order. */
  annotations: readonly Annotation[];
  /** Those the filter lets through: anchored in the text, and not found in it. */
  placed: readonly Annotation[];
  orphans: readonly Annotation[];
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  /** The filter hides some annotations. */
  filtering: boolean;
  /** The oldest change not in an export, or null. */
  unexportedSince: string | null;
  onExport: () => void;
  activeId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onConfirm: (id: string) => void;
  /** A selection in the text to re-attach an orphan to. */
  canReattach: boolean;
  onReattach: (id: string) => void;
  onDelete: (id: string) => void;
  /** Suggestions waiting in the other tab, offered while there is no annotation. */
  suggestionCount: number;
  onShowSuggestions: () => void;
}

/** The sidebar's Annotations tab: search and filters, reminders, and the list in reading order. */
export function AnnotationsTab(p: Props) {
  return (
    <div role="tabpanel" id={panelId('annotations')} aria-labelledby={tabId('annotations')}>
      <FilterBar
        filter={p.filter}
        onChange={p.onFilterChange}
        scale={p.scale}
        annotations={p.annotations}
        shown={p.placed.length + p.orphans.length}
        total={p.annotations.length}
      />
      <ExportReminder since={p.unexportedSince} onExport={p.onExport} />
      <NeedsReanchoring
        orphans={p.orphans}
        scale={p.scale}
        canReattach={p.canReattach}
        onReattach={p.onReattach}
        onDelete={p.onDelete}
      />
      <h2 className="visually-hidden">Annotations in reading order</h2>
      {p.filtering && p.placed.length === 0 ? (
        <p className="empty-state">No annotations match the filter.</p>
      ) : (
        <AnnotationList
          annotations={p.placed}
          scale={p.scale}
          activeId={p.activeId}
          onSelect={p.onSelect}
          onOpen={p.onOpen}
          onConfirm={p.onConfirm}
          {...(p.suggestionCount > 0 && {
            onShowSuggestions: p.onShowSuggestions,
            suggestionCount: p.suggestionCount,
          })}
        />
      )}
    </div>
  );
}
