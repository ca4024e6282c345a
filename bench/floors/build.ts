import path from 'node:path';
import { build } from 'vite';
import { BENCH_DIST, ROOT } from '../harness/server';

/** Where the floors are built, inside the bench's own copy of the app (never the app's dist/). */
export const FLOORS_DIR = 'bench-floors';
/** The floors' entry as the page loads it (`addScriptTag`), served beside the app. */
export const FLOORS_URL = `/${FLOORS_DIR}/floors.js`;

/**
 * Builds `bench/floors/page.ts` (and its worker) into BENCH_DIST/bench-floors/:
 * served by the same preview as the app, so the page may load it under the
 * app's Content-Security-Policy (`script-src 'self'`), yet no page of the app
 * refers to it. Run after `buildApp`, which empties BENCH_DIST.
 */
export async function buildFloors(): Promise<void> {
  await build({
    configFile: false,
    root: ROOT,
    // the worker's URL is written from this base: the floors' own folder, not the app's assets/
    base: `/${FLOORS_DIR}/`,
    logLevel: 'warn',
    build: {
      outDir: path.join(BENCH_DIST, FLOORS_DIR),
      emptyOutDir: true,
      target: 'es2022',
      copyPublicDir: false,
      rollupOptions: {
        input: path.join(ROOT, 'bench/floors/page.ts'),
        output: { entryFileNames: 'floors.js', format: 'es' },
        preserveEntrySignatures: 'strict',
      },
    },
    worker: { format: 'es' },
  });
}
