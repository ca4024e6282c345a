import { useRef, type KeyboardEvent } from 'react';

export interface SidebarTab<Id extends string> {
  id: Id;
  label: string;
  /** Shown after the label; undefined while not known yet. */
  count?: number | undefined;
}

interface Props<Id extends string> {
  tabs: readonly SidebarTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
}

/** The id of a tab's element, and of the panel it controls: `tabpanel` elements use the second. */
export const tabId = (id: string) => `sidebar-tab-${id}`;
export const panelId = (id: string) => `sidebar-panel-${id}`;

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A tab's count as it fits beside its label: exact up to 9,999, then "10K", "12.5K". */
export const tabCount = (n: number) => (n < 10_000 ? n.toLocaleString('en') : compact.format(n));

/**
 * The sidebar's tabs (annotations, suggestions): one panel at a time, so a
 * long list of suggestions never pushes the annotations out of view. The
 * WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs and
 * select them; only the selected tab is in the Tab order.
 */
export function SidebarTabs<Id extends string>({ tabs, selected, onSelect, label }: Props<Id>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent) => {
    const at = tabs.findIndex(t => t.id === selected);
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(tab.id)}`)?.focus();
  };
  return (
    <div className="sidebar-tabs" role="tablist" aria-label={label} ref={list} onKeyDown={move}>
      {tabs.map(t => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === selected}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          className="sidebar-tab"
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.count !== undefined && <span className="count">{tabCount(t.count)}</span>}
        </button>
      ))}
    </div>
  );
}
