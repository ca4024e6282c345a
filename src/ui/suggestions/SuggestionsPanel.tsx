import { memo, useEffect, useId, useMemo, useRef, type MouseEvent } from 'react';
import type { Suggestion } from '../../model/claim-spotting/types';
import { shorten } from '../../model/white-space';
import { strengthSummary, suggestionLabel } from './suggestion-words';
import './suggestions.css';
import { useUnderlineAll } from './use-suggestions';

export interface SuggestionsPanelProps {
  /** Every suggestion of the article, dismissed ones included. */
  suggestions: readonly Suggestion[];
  dismissed: ReadonlySet<string>;
  running: boolean;
  /** A long article is spotted only while the reviewer pauses: says so instead of "Looking…". */
  spotsInPauses?: boolean;
  error?: string | undefined;
  /** The suggestion shown in the article, if any. */
  activeId?: string | null;
  /** False shows only a line saying suggestions are off, with a button to turn them on. */
  enabled?: boolean;
  /** Accepts `s`; `next` is the entry the reviewer would look at after it (the focus goes there). */
  onAccept: (s: Suggestion, next: Suggestion | undefined) => void;
  onDismiss: (s: Suggestion) => void;
  onRestoreDismissed: () => void;
  /** Scroll the article to the suggestion. */
  onSelect: (s: Suggestion) => void;
  onTurnOff: () => void;
  /** A long article waits for the reviewer to ask: spotting it takes seconds of a core. */
  deferred?: { message: string; onStart: () => void };
  onTurnOn?: () => void;
  /** Opens the list of names the reviewer added to the reference list. */
  onEditNames?: () => void;
}

/** More than this many entries would make the sidebar slow to lay out; the rest are counted. */
export const MAX_SHOWN = 500;

const byReadingOrder = (a: Suggestion, b: Suggestion) => a.start - b.start || b.end - a.end;

/** The spotter's suggestions for the article, in reading order, to accept or dismiss. */
export const SuggestionsPanel = memo(function SuggestionsPanel({
  suggestions,
  dismissed,
  running,
  spotsInPauses = false,
  error,
  activeId = null,
  enabled = true,
  onAccept,
  onDismiss,
  onRestoreDismissed,
  onSelect,
  onTurnOff,
  onTurnOn,
  deferred,
  onEditNames,
}: SuggestionsPanelProps) {
  const titleId = useId();
  const [underlineAll, setUnderlineAll] = useUnderlineAll();
  const { shown, hiddenCount } = useMemo(() => {
    const sorted = [...suggestions].sort(byReadingOrder);
    return {
      shown: sorted.filter(s => !dismissed.has(s.id)),
      hiddenCount: sorted.filter(s => dismissed.has(s.id)).length,
    };
  }, [suggestions, dismissed]);

  const listed = useMemo(() => shown.slice(0, MAX_SHOWN), [shown]);
  const more = shown.length - listed.length;
  // after Accept or Dismiss the entry goes: the focus goes on to the one that took its place
  const acted = useRef<{ id: string; index: number } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const was = acted.current;
    if (!was || listed.some(s => s.id === was.id)) return;
    acted.current = null;
    const next = listed[Math.min(was.index, listed.length - 1)];
    const button = next
      ? list.current?.querySelector<HTMLElement>(
          `[data-suggestion-id="${CSS.escape(next.id)}"] .item-actions button`,
        )
      : null;
    button?.focus();
  }, [listed]);
  const actOn = (action: (s: Suggestion) => void) => (s: Suggestion) => {
    acted.current = { id: s.id, index: listed.findIndex(x => x.id === s.id) };
    action(s);
  };
  // the form opens in the panel's place: the focus comes back once it closes (the session's)
  const accept = (s: Suggestion) => {
    const at = listed.findIndex(x => x.id === s.id);
    onAccept(s, listed[at + 1] ?? listed[at - 1]);
  };

  if (!enabled) {
    return (
      <section className="suggestions suggestions--off" aria-labelledby={titleId}>
        <h2 id={titleId} className="visually-hidden">
          Suggestions
        </h2>
        <p className="suggestions-line">
          Suggestions are off.{' '}
          {onTurnOn && (
            <button type="button" className="button button--small" onClick={onTurnOn}>
              Turn suggestions on
            </button>
          )}
        </p>
      </section>
    );
  }

  const summary = strengthSummary(shown, underlineAll);
  return (
    <section className="suggestions" aria-labelledby={titleId} aria-busy={running}>
      {/* the sidebar's tab shows the title and the count */}
      <h2 id={titleId} className="visually-hidden">
        Suggestions
      </h2>
      {deferred && (
        <p className="suggestions-line">
          {deferred.message}{' '}
          <button type="button" className="button button--small" onClick={deferred.onStart}>
            Find claims to check
          </button>
        </p>
      )}
      {running && (
        <p className="suggestions-line" role="status">
          {spotsInPauses
            ? 'This article is long: claims to check are looked for while you are not scrolling or typing.'
            : 'Looking for claims to check…'}
        </p>
      )}
      {error && (
        <p className="suggestions-line suggestions-error" role="alert">
          {error}
        </p>
      )}
      {!running && !error && !deferred && shown.length === 0 && (
        <p className="empty-state">
          {hiddenCount > 0
            ? 'Every suggestion for this article is dismissed.'
            : 'No suggestions for this article.'}
        </p>
      )}
      {listed.length > 0 && (
        <div className="suggestions-line suggestions-strength">
          {summary && <p>{summary}</p>}
          <label>
            <input
              type="checkbox"
              checked={underlineAll}
              onChange={e => setUnderlineAll(e.currentTarget.checked)}
            />{' '}
            Underline all suggestions in the article
          </label>
        </div>
      )}
      {listed.length > 0 && (
        <ol ref={list} className="suggestion-list" aria-label="Suggestions in reading order">
          {listed.map(s => (
            <Entry
              key={s.id}
              suggestion={s}
              active={s.id === activeId}
              onAccept={accept}
              onDismiss={actOn(onDismiss)}
              onSelect={onSelect}
            />
          ))}
        </ol>
      )}
      {more > 0 && (
        <p className="suggestions-line">
          {more === 1 ? '1 more suggestion' : `${more} more suggestions`} further on in the article;
          accept or dismiss some of these to see them.
        </p>
      )}
      <div className="suggestions-actions">
        {hiddenCount > 0 && (
          <button type="button" className="button button--small" onClick={onRestoreDismissed}>
            Show dismissed ({hiddenCount})
          </button>
        )}
        {onEditNames && (
          <button type="button" className="button button--small" onClick={onEditNames}>
            Reference names…
          </button>
        )}
        <button type="button" className="button button--small button--quiet" onClick={onTurnOff}>
          Turn suggestions off
        </button>
      </div>
    </section>
  );
});

interface EntryProps {
  suggestion: Suggestion;
  active: boolean;
  onAccept: (s: Suggestion) => void;
  onDismiss: (s: Suggestion) => void;
  onSelect: (s: Suggestion) => void;
}

const Entry = memo(function Entry({
  suggestion: s,
  active,
  onAccept,
  onDismiss,
  onSelect,
}: EntryProps) {
  const quote = shorten(s.exact, 40);
  const item = useRef<HTMLLIElement>(null);
  // chosen by a click on its underline in the article: bring it into view here
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  // the buttons act on the entry; a click elsewhere on it shows it in the article
  const act = (action: (s: Suggestion) => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action(s);
  };
  return (
    <li
      ref={item}
      className={`annotation-item suggestion-item suggestion-item--${s.kind}${active ? ' is-active' : ''}`}
      data-suggestion-id={s.id}
      aria-current={active ? 'true' : undefined}
      onClick={() => onSelect(s)}
    >
      <button type="button" className="suggestion-quote" onClick={act(onSelect)}>
        <span className="visually-hidden">Show in the article: </span>
        <q className="item-quote">{shorten(s.exact)}</q>
      </button>
      <p className="item-meta">
        <span className={`chip chip--suggestion-${s.kind}`}>{suggestionLabel(s)}</span>
        <span className={`suggestion-strength suggestion-strength--${s.strength}`}>
          {s.strength}
        </span>
      </p>
      {s.reasons.length > 0 && (
        <p className="suggestion-reasons">
          <span className="visually-hidden">Why: </span>
          {s.reasons.join(' + ')}
        </p>
      )}
      <div className="item-actions">
        <button type="button" className="button button--small" onClick={act(onAccept)}>
          Accept<span className="visually-hidden"> “{quote}”</span>
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={act(onDismiss)}
        >
          Dismiss<span className="visually-hidden"> “{quote}”</span>
        </button>
      </div>
    </li>
  );
});
