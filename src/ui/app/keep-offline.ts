/**
 * Registers the service worker (src/offline/service-worker.ts, built into
 * /sw.js) that keeps the app's files, so that Factmark opens and imports with
 * no network. Only in a build, and only once the page has loaded and the
 * browser is idle: the worker's first copy of the build must not compete
 * with the first screen. A browser that refuses it runs the app as before.
 */
export function keepAppOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .catch((err: unknown) =>
        console.warn('Factmark could not keep its files for offline use', err),
      );
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 10_000 })
      : setTimeout(register, 2_000);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
