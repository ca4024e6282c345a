import { useCallback, useEffect, useRef, useState } from 'react';
import { isTypingTarget } from '../common/typing-target';

/** What the reviewer last did that Ctrl+Z takes back. */
export interface Undoable {
  /** Said in the toast (deletions only) and announced when undone: "Annotation deleted." */
  message: string;
  /** Whether a toast offers it; a save is undone by key only, a deletion shows its Undo. */
  toast: boolean;
  undo: () => Promise<void>;
}

/**
 * The last delete or save of the article, undone by the toast's Undo or by
 * Ctrl+Z (Cmd+Z) anywhere but in a text field or a dialog, where the key is
 * the field's own.
 */
export function useUndo(onUndone: (message: string) => void) {
  const [last, setLast] = useState<Undoable | null>(null);
  const current = useRef(last);
  useEffect(() => {
    current.current = last;
  }, [last]);
  const undo = useCallback(async () => {
    const action = current.current;
    if (!action) return;
    current.current = null;
    setLast(null);
    await action.undo();
    onUndone(`Undone: ${action.message}`);
  }, [onUndone]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey)
        return;
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      if (!current.current) return;
      e.preventDefault();
      void undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo]);
  return {
    /** The toast's offer: a deletion not yet undone or dismissed. */
    offered: last?.toast ? last : null,
    offer: setLast,
    undo: () => void undo(),
    /** The toast timed out: Ctrl+Z still undoes it. */
    dismiss: useCallback(() => setLast(l => (l ? { ...l, toast: false } : l)), []),
  };
}
