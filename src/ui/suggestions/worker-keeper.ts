/** What the keeper needs of a worker (a Web Worker, or a test's stand-in). */
export interface KeptWorker {
  onmessage: ((this: Worker, ev: MessageEvent) => unknown) | null;
  onerror: ((this: AbstractWorker, ev: ErrorEvent) => unknown) | null;
  terminate(): void;
}

/**
 * Keeps one loaded worker between runs: loading the spotter (its module and its
 * lexicon) costs a fresh worker 0.3–0.5 s, several times what spotting a news
 * article takes, and it came again on every article opened or text loaded.
 * A worker kept unused for `keepMs` is ended, so an idle tab holds none.
 */
export class WorkerKeeper<W extends KeptWorker> {
  private kept: W | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly create: () => W,
    private readonly keepMs: number,
  ) {}

  /** The kept worker, or a new one. */
  take(): W {
    const worker = this.kept;
    if (!worker) return this.create();
    this.kept = null;
    clearTimeout(this.timer);
    return worker;
  }

  /** A worker whose run ended well, to keep for the next (one is kept; another is ended). */
  giveBack(worker: W): void {
    worker.onmessage = null;
    worker.onerror = null;
    if (this.kept) {
      worker.terminate();
      return;
    }
    this.kept = worker;
    this.timer = setTimeout(() => {
      this.kept?.terminate();
      this.kept = null;
    }, this.keepMs);
  }
}
