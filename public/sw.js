// Chain Map's service worker: precaches the files of its build and serves them offline; the
// spreadsheet worker's files, which only data editors need, are kept once first fetched.
// The file list and version below are filled in at build time by scripts/service-worker.mjs.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const ON_DEMAND = __ON_DEMAND__;
const CACHE = `chain-map-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener('install', (event) => {
  // From the network, not the HTTP cache: the worker's files keep their names from build to build.
  const fresh = (path) => new Request(scoped(path), { cache: 'reload' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...PRECACHE].map(fresh))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('chain-map-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === 'navigate') {
        // The page itself: the network when there is one (so a new version is seen), else this build's copy.
        try {
          return await fetch(request);
        } catch {
          return (await cache.match(scoped('./'))) ?? (await cache.match(scoped('index.html'))) ?? Response.error();
        }
      }
      // This build's own copy: hashed names, or the worker's files precached with this version.
      const kept = await cache.match(request);
      if (kept) return kept;
      const response = await fetch(request);
      if (response.ok && ON_DEMAND.some((path) => scoped(path) === request.url)) await cache.put(request, response.clone());
      return response;
    })(),
  );
});
