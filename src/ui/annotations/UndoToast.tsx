import { useEffect, useState } from 'react';

interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** How long the offer stands once neither the focus nor the pointer is on it. */
  timeoutMs?: number;
}

/**
 * A notice that offers to undo what was just done. It stays while the
 * reviewer's focus or pointer is on it: an offer never vanishes under the
 * keyboard user who tabbed to it. Ctrl+Z undoes the same, toast or not.
 */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 8000 }: Props) {
  const [focused, setFocused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const held = focused || hovered;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs, held]);
  return (
    <div
      className="toast"
      role="status"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <span>{message}</span>
      <button
        type="button"
        className="button button--small"
        onClick={onUndo}
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
    </div>
  );
}
