import type { Annotation } from '../model/types';

/** A live view of annotations (an `AnnotationFeed`), told of this tab's own writes. */
export interface WriteListener {
  /** Records written and ids deleted by one write: thousands at once from a sync. */
  written(put: readonly Annotation[], removed: readonly string[]): void;
}

const listeners = new Set<WriteListener>();

/**
 * Tells `listener` of every write this tab makes through the store's
 * functions, as it makes it; the returned function stops that. A change
 * event (Dexie's `storagemutated`) follows each write too, but only once it
 * has committed and been read again: this is what shows a save at once.
 */
export function followWrites(listener: WriteListener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Shows a record this tab wrote, or is writing, to every live view. */
export function showWritten(annotation: Annotation): void {
  showChanges([annotation], []);
}

/** Takes a record this tab deleted, or failed to write, out of every live view. */
export function showRemoved(id: string): void {
  showChanges([], [id]);
}

/** Shows what one write of many records did, to every live view, at once. */
export function showChanges(put: readonly Annotation[], removed: readonly string[]): void {
  for (const l of listeners) l.written(put, removed);
}
