/** How long after the page has loaded the service worker is registered. */
const FIRST_COPY_AFTER_MS = 20_000;

/**
 * Registers the service worker (src/offline/service-worker.ts, built into
 * /sw.js) that keeps the app's files, so that Factmark opens and imports with
 * no network. Only in a build, and only 20 s after the page has loaded, when
 * the browser is idle: the worker's first copy of the build must not compete
 * with the first screen or the reviewer's first steps. A browser that refuses it runs the app as before.
 */
export function keepAppOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((err: unknown) =>
        console.warn('Factmark could not keep its files for offline use', err),
      );
  // its first copy of the build (27 files, 2 MB) takes a core for a moment: not while a reviewer
  // starts working (a keyboard selection made then lost a step in the end-to-end tests)
  const whenIdle = () =>
    setTimeout(
      () =>
        'requestIdleCallback' in window
          ? requestIdleCallback(register, { timeout: 10_000 })
          : register(),
      FIRST_COPY_AFTER_MS,
    );
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
