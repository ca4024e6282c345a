// The app's service worker: keeps every file of the build (the app, its lazily loaded parts and
// workers, the sample) so that Factmark opens and imports with no network, as a local-first
// tool must. Online, every file still comes from the server (so a new build is used as soon as
// it is served); the copies answer only when the server cannot be reached or no longer has the
// file. Built into /sw.js by scripts/offline-plugin.ts, which puts the build's file list in place
// of FACTMARK_BUILD.

// a module, so that `self` is declared here as the worker's scope
export type {};
declare const self: ServiceWorkerGlobalScope;
declare const FACTMARK_BUILD: { version: string; files: string[] };

const build = FACTMARK_BUILD;
const CACHE_PREFIX = 'factmark-build-';
const CACHE = `${CACHE_PREFIX}${build.version}`;
const INDEX = new URL('index.html', self.registration.scope).href;
/** Every file of the build, by absolute URL without query. */
const FILES = new Set(build.files.map(file => new URL(file, self.registration.scope).href));

self.addEventListener('install', event => {
  // a file missing fails the install: the worker in place (if any) stays, whole
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll([...FILES])));
});

self.addEventListener('activate', event => {
  event.waitUntil(
    (async () => {
      // only the build of the pages open now and of the next ones is kept
      for (const key of await caches.keys())
        if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
      await self.registration.navigationPreload?.enable();
      // the first page to install it reaches its lazily loaded parts through it at once
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', event => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const file = url.origin + url.pathname;
  if (request.mode === 'navigate')
    event.respondWith(fromServerElseKept(event, FILES.has(file) ? file : INDEX));
  else if (FILES.has(file)) event.respondWith(fromServerElseKept(event, file));
  // anything else (the desk's socket and lists, a download's blob) goes by as if we were not here
});

/**
 * The server's answer; the build's copy of `file` when the server cannot be
 * reached, no longer has the file or fails, and the server's answer (or the
 * network's error) when there is no copy.
 */
async function fromServerElseKept(event: FetchEvent, file: string): Promise<Response> {
  const kept = () => caches.open(CACHE).then(cache => cache.match(file));
  try {
    const preloaded: unknown =
      event.request.mode === 'navigate' ? await event.preloadResponse : undefined;
    const response = preloaded instanceof Response ? preloaded : await fetch(event.request);
    // gone (an older build's file) or failing: the copy, if there is one
    const failed = response.status === 404 || response.status >= 500;
    return failed ? ((await kept()) ?? response) : response;
  } catch (error) {
    const copy = await kept();
    if (copy) return copy;
    throw error;
  }
}
