import { useEffect } from 'react';

interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** How long the offer stands. */
  timeoutMs?: number;
}

/** A short-lived notice that offers to undo what was just done. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 8000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(timer);
  }, [onDismiss, timeoutMs]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" className="button button--small" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
