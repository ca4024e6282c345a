// The app's service worker: keeps every file of the build (the app, its lazily loaded parts and
// workers, the sample) so that Factmark opens and imports with no network, as a local-first
// tool must. With the network, every file still comes from the server (so a new build is used
// as soon as it is served); the copies answer only when there is none or the server cannot be
// reached. Built into /sw.js by scripts/offline-plugin.ts, which puts the build's file list in place
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

/** A rule of the static routing API (Chromium 123 on), which this scope's types do not know yet. */
interface RouterRule {
  condition: { requestMode: 'navigate' };
  source: 'race-network-and-fetch-handler';
}

self.addEventListener('install', event => {
  // A page is asked of the network at once, this worker starting meanwhile: the first answer is
  // taken, so a page waits for this worker's start only when the network fails it (a browser
  // without routes asks the handler below, which asks the network).
  const routed = event as ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };
  const routes = routed.addRoutes?.([
    { condition: { requestMode: 'navigate' }, source: 'race-network-and-fetch-handler' },
  ]);
  // a file missing fails the install: the worker in place (if any) stays, whole
  event.waitUntil(
    Promise.all([
      caches.open(CACHE).then(cache => cache.addAll([...FILES])),
      routes?.catch(() => undefined),
    ]),
  );
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

/** Until when (ms since the epoch) the server is taken as unreachable: a page just found it so. */
let unreachableUntil = 0;
const UNREACHABLE_FOR = 30_000;

const kept = (file: string) => caches.open(CACHE).then(cache => cache.match(file));

self.addEventListener('fetch', event => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const file = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    event.respondWith(page(event, FILES.has(file) ? file : INDEX));
    return;
  }
  // With the network, the page fetches the app's files itself: passed through here, the first
  // screen came about 80 ms later at 10,000 annotations, and the spotter's workers as much.
  // Without it (or the server just found unreachable), they come from the copies.
  if (FILES.has(file) && (!self.navigator.onLine || Date.now() < unreachableUntil))
    event.respondWith(kept(file).then(copy => copy ?? fetch(request)));
  // anything else (the desk's socket and lists, a download's blob) goes by as if we were not here
});

/**
 * A page: the server's answer; the build's copy of `file` when there is no
 * network, the server cannot be reached or it fails (and the app's files
 * then come from the copies too, a while); the server's answer (or the
 * network's error) when there is no copy.
 */
async function page(event: FetchEvent, file: string): Promise<Response> {
  const copy = async () => {
    unreachableUntil = Date.now() + UNREACHABLE_FOR;
    return kept(file);
  };
  if (!self.navigator.onLine) return (await copy()) ?? fetch(event.request);
  try {
    const preloaded: unknown = await event.preloadResponse;
    const response = preloaded instanceof Response ? preloaded : await fetch(event.request);
    return response.status >= 500 ? ((await copy()) ?? response) : response;
  } catch (error) {
    const found = await copy();
    if (found) return found;
    throw error;
  }
}
