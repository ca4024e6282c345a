import { cutAtLines } from '../../src/model/claim-spotting/parts';
import type { FloorDone, FloorJob } from './spot-floor-worker';
import type { FloorTiming } from './open-floor';
import { APP_DB, done, openDb } from './raw-idb';

/**
 * Spotting's floor: the article's text (read first, untimed) cut at lines
 * into as many parts as the app's spotter used, each tagged in a module
 * worker of its own by compromise's tokenizer and first pass alone; the
 * slowest worker's own time (as the app's `fm:spot:worker` is its lead
 * worker's, which waits for the others). `size`: terms tagged.
 */
export async function spotFloor(articleId: string, parts: number): Promise<FloorTiming> {
  const db = await openDb(APP_DB);
  const store = db.transaction('articles', 'readonly').objectStore('articles');
  const article = (await done(store.get(articleId)).finally(() => db.close())) as
    { text: string } | undefined;
  if (!article) throw new Error(`no article ${articleId} in the app's database`);
  const { text } = article;
  const answers = cutAtLines(text, Math.max(1, parts)).map(
    ([from, to]) =>
      new Promise<FloorDone>((resolve, reject) => {
        const worker = new Worker(new URL('./spot-floor-worker.ts', import.meta.url), {
          type: 'module',
        });
        worker.onmessage = ({ data }: MessageEvent<FloorDone>) => {
          worker.terminate();
          resolve(data);
        };
        worker.onerror = e => {
          worker.terminate();
          reject(new Error(e.message || 'the floor worker failed'));
        };
        worker.postMessage({ text, from, to } satisfies FloorJob);
      }),
  );
  const all = await Promise.all(answers);
  return {
    ms: Math.max(...all.map(a => a.ms)),
    size: all.reduce((sum, a) => sum + a.terms, 0),
  };
}
