import { useEffect, useRef } from 'react';
import type { Annotation } from '../../model/types';
import type { VerdictScale } from '../../model/verdict-scale';
import { annotationLabel } from '../../model/labels';
import { shorten } from '../../model/white-space';

interface Props {
  annotations: readonly Annotation[];
  at: { x: number; y: number };
  scale: VerdictScale;
  onPick: (id: string) => void;
  onClose: () => void;
}

/** Where highlights overlap, a click asks which annotation the reviewer meant. */
export function HighlightPicker({ annotations, at, scale, onPick, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector('button')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [onClose]);
  return (
    <div
      ref={menu}
      className="picker"
      role="menu"
      aria-label="Overlapping annotations"
      style={{ left: Math.min(at.x, window.innerWidth - 340), top: at.y + 12 }}
      onKeyDown={e => e.key === 'Escape' && onClose()}
    >
      <p className="picker-title">Annotations here</p>
      {annotations.map(a => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          className="picker-item"
          onClick={() => onPick(a.id)}
        >
          <span className="picker-label">{annotationLabel(a, scale)}</span>
          <span className="picker-quote">{shorten(a.target.exact, 70)}</span>
        </button>
      ))}
    </div>
  );
}
