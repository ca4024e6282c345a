import type { ParseResult } from '../../io/annotated-json-import';
import type { VerdictScale } from '../../model/verdict-scale';
import type { ImportCheckMessage, ImportCheckRequest } from './import-worker';

/** How far the check of a file has come: reading it (bytes), then checking it. */
export type CheckProgress =
  { stage: 'reading'; done: number; total: number } | { stage: 'checking' };

/**
 * Reads and checks an annotated-JSON file (`checkAnnotatedBytes`). Resolves to
 * the result, whatever the file holds; rejects only with the signal's reason
 * when it aborts. `onIds` is told the ids the file names once it is read,
 * before it is checked.
 */
export type FileChecker = (
  file: File,
  scale: VerdictScale,
  onProgress: (progress: CheckProgress) => void,
  signal?: AbortSignal,
  onIds?: (ids: string[]) => void,
) => Promise<ParseResult>;

// Vite bundles the worker as a file of its own origin, which the CSP's script-src 'self' allows
const newWorker = () =>
  new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** How long a worker started ahead waits for a file before it is stopped. */
const SPARE_FOR_MS = 120_000;
let spare: { worker: Worker; timer: ReturnType<typeof setTimeout> } | undefined;

/**
 * Starts the checking worker while the reviewer picks a file, so the chosen
 * file is checked at once: a fresh worker loads its module first (33–57 ms,
 * docs/performance.md). One at most; stopped if no file comes soon.
 */
export function startCheckerAhead(): void {
  if (spare || typeof Worker === 'undefined') return;
  const worker = newWorker();
  const timer = setTimeout(() => {
    worker.terminate();
    spare = undefined;
  }, SPARE_FOR_MS);
  spare = { worker, timer };
}

/** The worker started ahead, else a new one: each checks one file. */
function takeWorker(): Worker {
  if (!spare) return newWorker();
  clearTimeout(spare.timer);
  const { worker } = spare;
  spare = undefined;
  return worker;
}

/** In a module Web Worker, started for the file (or ahead) and stopped when it is done or aborted. */
export const checkInWorker: FileChecker = (file, scale, onProgress, signal, onIds) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const worker = takeWorker();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    let valid: Extract<ParseResult, { ok: true }> | undefined;
    worker.onmessage = ({ data }: MessageEvent<ImportCheckMessage>) => {
      if ('result' in data) {
        if (data.result.ok)
          valid = data.result; // its annotations follow
        else {
          finish();
          resolve(data.result);
        }
      } else if ('more' in data) {
        valid?.annotations.push(...data.more);
        if (data.done && valid) {
          finish();
          resolve(valid);
        }
      } else if ('checking' in data) onProgress({ stage: 'checking' });
      else if ('ids' in data) onIds?.(data.ids);
      else onProgress({ stage: 'reading', done: data.read, total: data.total });
    };
    worker.onerror = event => {
      finish();
      reject(new Error(`the file could not be checked: ${event.message || 'the worker failed'}`));
    };
    worker.postMessage({ file, scale } satisfies ImportCheckRequest);
  });

/** In this thread: where there are no workers (the unit tests in Node). */
export const checkHere: FileChecker = async (file, scale, onProgress, signal, onIds) => {
  onProgress({ stage: 'reading', done: 0, total: file.size });
  // the checker (zod and the schema) is loaded on first use, not with the app
  const [{ checkAnnotatedBytes }, buffer] = await Promise.all([
    import('../../io/check-annotated-bytes'),
    file.arrayBuffer(),
  ]);
  signal?.throwIfAborted();
  onProgress({ stage: 'checking' });
  const result = await checkAnnotatedBytes(new Uint8Array(buffer), scale, onIds);
  signal?.throwIfAborted();
  return result;
};

/** In a worker where the browser has them, else here. */
export const checkFile: FileChecker = (...args) =>
  (typeof Worker === 'undefined' ? checkHere : checkInWorker)(...args);
