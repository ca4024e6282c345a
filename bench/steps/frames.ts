import type { Page } from 'playwright-core';

/** A script of a long animation frame, as Chromium reports it. */
interface LoafScript {
  invoker: string;
  duration: number;
}

declare global {
  interface Window {
    __benchFrames?: {
      rafWorst: number;
      loafWorst: number;
      loafWorstScripts: string;
      loafCount: number;
      loafBefore: number;
      over: number[];
      frames: number;
      stop: () => void;
    };
  }
}

/** The worst frame while something ran: the longest gap between animation frames, and Chromium's long animation frames. */
export interface FrameReport {
  rafWorstMs: number;
  /** The longest 'long-animation-frame' entry (only frames over 50 ms are reported), 0 if none. */
  loafWorstMs: number;
  /** What ran in that frame: each script over 5 ms, its invoker and duration. */
  loafWorstScripts: string;
  loafCount: number;
  /** Long frames that began before the watch (the frame the watching script ran in), left out. */
  loafBefore: number;
  /** How many gaps between animation frames exceeded each of FRAME_LIMITS_MS (1 ms of timer jitter allowed). */
  over: number[];
  /** Animation frames seen during the watch. */
  frames: number;
}

/** One, two and three frames of a 60 Hz display: the frame budgets the report counts against. */
export const FRAME_LIMITS_MS = [16.7, 33.3, 50] as const;

/** A watch's counts for the results file (`Figure.framesOver`). */
export const framesOver = (r: FrameReport) => ({
  limitsMs: FRAME_LIMITS_MS,
  counts: r.over,
  frames: r.frames,
});

/** "frames over 16.7 / 33.3 / 50 ms: 4 / 1 / 0 of 180". */
export const overLimits = (r: FrameReport) =>
  `frames over ${FRAME_LIMITS_MS.join(' / ')} ms: ${r.over.join(' / ')} of ${r.frames}`;

async function startWatching(page: Page): Promise<void> {
  await page.evaluate(
    limits => {
      const state = {
        rafWorst: 0,
        loafWorst: 0,
        loafWorstScripts: '',
        loafCount: 0,
        loafBefore: 0,
        over: limits.map(() => 0),
        frames: 0,
        stop: () => {},
      };
      let running = true;
      let last = performance.now();
      const tick = (now: number) => {
        const gap = now - last;
        state.rafWorst = Math.max(state.rafWorst, gap);
        state.frames++;
        // a frame's timestamp jitters by a fraction of a millisecond around the display's period
        limits.forEach((limit, i) => {
          if (gap > limit + 1) state.over[i] = (state.over[i] ?? 0) + 1;
        });
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const startedAt = last;
      const observer = new PerformanceObserver(list => {
        for (const e of list.getEntries()) {
          // the frame this script runs in began before the watch: its work is not the step's
          if (e.startTime < startedAt) {
            state.loafBefore++;
            continue;
          }
          if (e.duration > state.loafWorst) {
            state.loafWorst = e.duration;
            const scripts = (e as PerformanceEntry & { scripts?: LoafScript[] }).scripts ?? [];
            state.loafWorstScripts =
              scripts.map(x => `${x.invoker} ${Math.round(x.duration)} ms`).join(', ') ||
              'no script over 5 ms';
          }
          state.loafCount++;
        }
      });
      if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'))
        observer.observe({ type: 'long-animation-frame' });
      state.stop = () => {
        running = false;
        observer.disconnect();
      };
      window.__benchFrames = state;
    },
    FRAME_LIMITS_MS as readonly number[],
  );
}

async function stopWatching(page: Page): Promise<FrameReport> {
  // two frames so that the last step's work has been presented
  await page.evaluate(
    () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  return page.evaluate(() => {
    const s = window.__benchFrames;
    if (!s) throw new Error('frames were not being watched');
    s.stop();
    return {
      rafWorstMs: s.rafWorst,
      loafWorstMs: s.loafWorst,
      loafWorstScripts: s.loafWorstScripts,
      loafCount: s.loafCount,
      loafBefore: s.loafBefore,
      over: s.over,
      frames: s.frames,
    };
  });
}

/**
 * Watches frames from now until the app has read all the annotations (its
 * `fm:load-annotations` measure): the tail of opening, while the last slices
 * are decoded and the sidebar takes the whole list.
 */
export async function loadTailFrames(page: Page): Promise<FrameReport> {
  await startWatching(page);
  await page.waitForFunction(
    () => performance.getEntriesByName('fm:load-annotations').length > 0,
    undefined,
    {
      polling: 20,
      timeout: 60_000,
    },
  );
  return stopWatching(page);
}

/**
 * Waits until the page has had `quietMs` without a long animation frame (at
 * most `timeoutMs`): the renders that follow the load are over, and a step
 * measures only its own work.
 */
export async function settled(page: Page, quietMs = 300, timeoutMs = 5_000): Promise<void> {
  await page.evaluate(
    ([quiet, timeout]) =>
      new Promise<void>(resolve => {
        const started = performance.now();
        let lastLong = started;
        const observer = new PerformanceObserver(list => {
          for (const e of list.getEntries())
            lastLong = Math.max(lastLong, e.startTime + e.duration);
        });
        observer.observe({ type: 'long-animation-frame' });
        const check = () => {
          const now = performance.now();
          if (now - lastLong >= quiet || now - started >= timeout) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 50);
        };
        setTimeout(check, quiet);
      }),
    [quietMs, timeoutMs] as const,
  );
}

/** Scrolls the article down in wheel steps, one step a frame or two apart, watching frames. */
export async function scrollFrames(page: Page, steps: number): Promise<FrameReport> {
  const box = await page.locator('.ProseMirror').boundingBox();
  if (!box) throw new Error('no article view');
  await page.mouse.move(box.x + box.width / 2, 400);
  await startWatching(page);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  return stopWatching(page);
}

/** Extends the selection with Shift+ArrowRight from the caret in the article, watching frames. */
export async function selectionFrames(page: Page, presses: number): Promise<FrameReport> {
  await startWatching(page);
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(30);
  }
  return stopWatching(page);
}
