import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { decisionOf, isChecked, sameClaims, type SameClaim } from '../../model/desk/same-claim';
import { ClaimAssessments } from './ClaimAssessments';
import { EntryButton } from './EntryButton';
import type { Annotation } from '../../model/types';
import { findVerdict, type VerdictScale } from '../../model/verdict-scale';
import { KIND_LABELS, STATUS_LABELS } from '../../model/labels';
import { highlightLook } from '../../editor/highlight-look';
import { sourcesByStance } from '../../model/source-summary';
import { originWords } from '../../model/origin';
import { shorten } from '../../model/white-space';
import { Swatch } from '../common/Swatch';
import { scrollParentOf } from '../common/scroll-parent';

interface Props {
  annotations: readonly Annotation[];
  scale: VerdictScale;
  activeId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Accepts where a fuzzy match put the annotation. */
  onConfirm: (id: string) => void;
  /** With no annotation yet: the spotter's suggestions waiting in their tab. */
  suggestionCount?: number;
  onShowSuggestions?: () => void;
}

/** A first guess at an entry's height, in pixels, before it is measured. */
const ESTIMATED_ENTRY_HEIGHT = 110;

/**
 * Every annotation of the article, in reading order, a claim annotated by
 * several reviewers as one entry with all their assessments. Only the entries near
 * the visible part of the sidebar are in the DOM (a review may have ten
 * thousand): each carries its position in the whole list for assistive
 * technology, and the list reserves the height of the rest.
 */
export const AnnotationList = memo(function AnnotationList({
  annotations,
  scale,
  activeId,
  onSelect,
  onOpen,
  onConfirm,
  suggestionCount = 0,
  onShowSuggestions,
}: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [listTop, setListTop] = useState(0);
  const empty = annotations.length === 0;
  // a claim annotated by several reviewers is one entry (`sameClaims`)
  const items = useMemo(() => sameClaims(annotations), [annotations]);

  // where the list starts inside the scrolling sidebar, kept current as what is above it changes
  useLayoutEffect(() => {
    const el = list.current;
    const parent = scrollParentOf(el);
    setScroller(parent);
    if (!el || !parent) return;
    const measure = () =>
      setListTop(
        el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop,
      );
    measure();
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(parent.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [empty]);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ENTRY_HEIGHT,
    getItemKey: i => items[i]?.lead.id ?? i,
    overscan: 6,
    gap: 10,
    scrollMargin: listTop,
  });

  const activeIndex = activeId ? items.findIndex(i => i.members.some(m => m.id === activeId)) : -1;
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  if (empty) {
    return (
      <p className="empty-state">
        No annotations yet. Select a claim or a slip in the article, then choose{' '}
        <strong>Annotate</strong>.
        {onShowSuggestions && suggestionCount > 0 && (
          <>
            {' '}
            Or start from the{' '}
            <button type="button" className="link-button" onClick={onShowSuggestions}>
              {suggestionCount === 1 ? '1 suggestion' : `${suggestionCount} suggestions`}
            </button>
            .
          </>
        )}
      </p>
    );
  }

  const shown = virtualizer.getVirtualItems();
  return (
    <ol
      ref={list}
      className="annotation-list annotation-list--virtual"
      aria-label="Annotations in reading order"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {shown.map(row => {
        const item = items[row.index];
        if (!item) return null;
        const a = item.lead;
        return (
          <Entry
            key={a.id}
            annotation={a}
            item={item}
            index={row.index}
            count={items.length}
            offset={row.start - listTop}
            measure={virtualizer.measureElement}
            scale={scale}
            active={row.index === activeIndex}
            onSelect={onSelect}
            onOpen={onOpen}
            onConfirm={onConfirm}
          />
        );
      })}
    </ol>
  );
});

interface EntryProps {
  annotation: Annotation;
  /** The claim the annotation leads: with other reviewers' annotations of it, and every assessment. */
  item: SameClaim;
  index: number;
  count: number;
  /** Pixels from the top of the list. */
  offset: number;
  measure: (el: HTMLElement | null) => void;
  scale: VerdictScale;
  active: boolean;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onConfirm: (id: string) => void;
}

const Entry = memo(function Entry({
  annotation: a,
  item,
  index,
  count,
  offset,
  measure,
  scale,
  active,
  onSelect,
  onOpen,
  onConfirm,
}: EntryProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(a.id);
    } else if (e.key === ' ') {
      e.preventDefault();
      onSelect(a.id);
    }
  };
  const many = item.members.length > 1;
  const decision = many ? decisionOf(item) : a.verdict;
  const { verdict: _own, ...undecided } = a;
  const look = highlightLook(
    decision === undefined ? undecided : { ...a, verdict: decision },
    scale,
  );
  const verdict =
    a.kind === 'claim' ? (findVerdict(scale, decision)?.label ?? 'No verdict yet') : null;
  const status = many && !isChecked(item) ? 'open' : a.status;
  return (
    <li
      ref={measure}
      data-index={index}
      data-annotation-id={a.id}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={`annotation-item${active ? ' is-active' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      aria-current={active ? 'true' : undefined}
      tabIndex={0}
      onClick={() => onSelect(a.id)}
      onDoubleClick={() => onOpen(a.id)}
      onKeyDown={onKeyDown}
    >
      <q className="item-quote">{shorten(a.target.exact)}</q>
      {a.kind === 'correction' && <p className="item-correction">→ {a.correction}</p>}
      <p className="item-meta">
        <span className={`chip chip--${a.kind}`}>{KIND_LABELS[a.kind]}</span>
        {verdict && (
          <span className="verdict-tag">
            <Swatch look={look} />
            {verdict}
          </span>
        )}
        <span>{sourcesByStance(a.sources)}</span>
        <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>
      </p>
      {a.note && <p className="item-note">{shorten(a.note, 140)}</p>}
      {a.tags.length > 0 && (
        // not a list: the entries' list would count the tags as entries
        <p className="item-tags">
          <span className="visually-hidden">Tags: </span>
          {a.tags.map(t => (
            <span key={t}>{t}</span>
          ))}
        </p>
      )}
      <p className="item-by">By {a.creator}</p>
      {a.origin && <p className="item-origin">{shorten(originWords(a.origin), 120)}</p>}
      <ClaimAssessments item={item} scale={scale} onOpen={onOpen} />
      {a.anchoring?.method === 'fuzzy' && !a.anchoring.confirmed && (
        <div className="item-fuzzy">
          <p>
            <span className="chip chip--warning">Fuzzy match</span> The text changed here; it used
            to read <q>{shorten(a.anchoring.previousExact, 90)}</q>.
          </p>
          <EntryButton
            onClick={() => onConfirm(a.id)}
            which={`of “${shorten(a.target.exact, 40)}”`}
          >
            Confirm place
          </EntryButton>
        </div>
      )}
      <button type="button" className="button button--small item-edit" onClick={() => onOpen(a.id)}>
        Edit
        <span className="visually-hidden"> annotation “{shorten(a.target.exact, 40)}”</span>
      </button>
    </li>
  );
});
