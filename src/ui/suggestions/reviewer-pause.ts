// Inside the spotter's worker: what it knows of the reviewer, from the page's `Busy` messages.

/** A turn of the event loop, so that a `Busy` message can arrive (a timeout could wait 4 ms). */
const nextTask = () =>
  new Promise<void>(resolve => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/**
 * Whether the reviewer is at work, as a worker hears it: the page says
 * "busy until" (`Date.now()` time) on every scroll, key or click, and the
 * worker waits for the pause before its next piece of work and before
 * answering, since the answer's arrival (decoding it, drawing it) is work
 * on the page's main thread too. Counts the time waited.
 */
export class ReviewerPause {
  private busyUntil = 0;
  /** How long `whileBusy` has waited, in ms. */
  pausedMs = 0;

  /** The page's word: the reviewer is at work until `busyUntil`. */
  hear(busyUntil: number): void {
    this.busyUntil = Math.max(this.busyUntil, busyUntil);
  }

  /** Resolves once the reviewer has paused (after letting waiting messages in), counting the wait. */
  async whileBusy(): Promise<void> {
    await nextTask();
    const started = performance.now();
    while (Date.now() < this.busyUntil) {
      // a Busy that comes while it sleeps moves the end further
      await new Promise(resolve => setTimeout(resolve, this.busyUntil - Date.now()));
    }
    this.pausedMs += performance.now() - started;
  }
}
