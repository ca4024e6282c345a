import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Annotation } from '../model/types';
import { findVerdict, type VerdictScale } from '../model/verdict-scale';
import { KIND_LABELS, STATUS_LABELS, highlightLook, shorten } from './annotation-labels';
import { Swatch } from './Swatch';

interface Props {
  annotations: readonly Annotation[];
  scale: VerdictScale;
  activeId: string | null;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  /** Accepts where a fuzzy match put the annotation. */
  onConfirm: (id: string) => void;
}

/** Every annotation of the article, in reading order. */
export function AnnotationList({
  annotations,
  scale,
  activeId,
  onSelect,
  onOpen,
  onConfirm,
}: Props) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!activeId) return;
    const item = list.current?.querySelector(`[data-annotation-id="${CSS.escape(activeId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (annotations.length === 0) {
    return (
      <p className="empty-state">
        No annotations yet. Select a claim or a slip in the article, then choose{' '}
        <strong>Annotate</strong>.
      </p>
    );
  }

  const onKeyDown = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(id);
    } else if (e.key === ' ') {
      e.preventDefault();
      onSelect(id);
    }
  };

  return (
    <ol ref={list} className="annotation-list" aria-label="Annotations in reading order">
      {annotations.map(a => {
        const look = highlightLook(a, scale);
        const verdict =
          a.kind === 'claim' ? (findVerdict(scale, a.verdict)?.label ?? 'No verdict yet') : null;
        const sources = a.sources.length;
        return (
          <li
            key={a.id}
            data-annotation-id={a.id}
            className={`annotation-item${a.id === activeId ? ' is-active' : ''}`}
            aria-current={a.id === activeId ? 'true' : undefined}
            tabIndex={0}
            onClick={() => onSelect(a.id)}
            onDoubleClick={() => onOpen(a.id)}
            onKeyDown={e => onKeyDown(e, a.id)}
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
              <span>
                {sources === 0 ? 'No sources' : sources === 1 ? '1 source' : `${sources} sources`}
              </span>
              <span className={`status status--${a.status}`}>{STATUS_LABELS[a.status]}</span>
            </p>
            {a.anchoring?.method === 'fuzzy' && !a.anchoring.confirmed && (
              <div className="item-fuzzy">
                <p>
                  <span className="chip chip--warning">Fuzzy match</span> The text changed here; it
                  used to read <q>{shorten(a.anchoring.previousExact, 90)}</q>.
                </p>
                <button
                  type="button"
                  className="button button--small"
                  onClick={e => {
                    e.stopPropagation();
                    onConfirm(a.id);
                  }}
                >
                  Confirm place
                  <span className="visually-hidden"> of “{shorten(a.target.exact, 40)}”</span>
                </button>
              </div>
            )}
            <button
              type="button"
              className="button button--small item-edit"
              onClick={() => onOpen(a.id)}
            >
              Edit
              <span className="visually-hidden"> annotation “{shorten(a.target.exact, 40)}”</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
