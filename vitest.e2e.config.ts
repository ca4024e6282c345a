import { defineConfig } from 'vitest/config';
import LongFirstSequencer from './tests/e2e/sequencer';

/**
 * Files that time the page's main thread (a long task under 400 ms, a tab answering within a
 * second): they run after the others, one at a time, so a neighbour's Chromium cannot slow them.
 */
const RUN_ALONE = ['tests/e2e/import-worker.e2e.ts', 'tests/e2e/oversized-articles.e2e.ts'];

const shared = {
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // the files share their helpers' modules (playwright-core, the app's io): imported once per
  // worker, not once per file; each file's state lives in its own Profile
  isolate: false,
  // a page answers within a second when the machine is quiet, not always beside a neighbour
  expect: { poll: { timeout: 5_000 } },
} as const;

// End-to-end tests drive Debian's Chromium against the built app served by `vite preview`.
// Two files at a time: most of a browser test is waiting on the page, and CI has two cores.
export default defineConfig({
  test: {
    globalSetup: ['tests/e2e/global-setup.ts'],
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        test: {
          ...shared,
          name: 'side by side',
          include: ['tests/e2e/**/*.e2e.ts'],
          exclude: RUN_ALONE,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'alone',
          include: RUN_ALONE,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
