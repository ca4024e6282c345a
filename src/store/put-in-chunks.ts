import type { Annotation } from '../model/types';
import { db } from './db';

/** Annotations put per request. */
const CHUNK = 1000;

/**
 * Puts annotations a chunk per request, each after the one before, inside the
 * caller's transaction: awaiting only its own requests keeps it open, so the
 * write stays all or nothing. Asking for all at once cloned them in one task
 * of the page (20,000: 2.2 s, tests/e2e/import-worker.e2e.ts; a first sync's
 * 10,000: 0.4 s before anything was drawn), where a chunk is a task of its own.
 * `onProgress` is told how many are saved between requests; `signal` stops
 * the write (the transaction then fails) before the next.
 */
export async function putInChunks(
  annotations: readonly Annotation[],
  {
    onProgress,
    signal,
  }: {
    onProgress?: ((saved: number, total: number) => void) | undefined;
    signal?: AbortSignal | undefined;
  } = {},
): Promise<void> {
  for (let done = 0; done < annotations.length; done += CHUNK) {
    signal?.throwIfAborted();
    onProgress?.(done, annotations.length);
    await db.annotations.bulkPut(annotations.slice(done, done + CHUNK));
  }
  signal?.throwIfAborted();
  onProgress?.(annotations.length, annotations.length);
}
