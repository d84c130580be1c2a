// The service worker of Zelfevaluatie Wmo-toezicht: after one visit the app opens and works
// without network, and a new build is picked up on the next visit while online.
// scripts/write-site.mjs writes it into the built site as sw.js, filling in BUILD.
//
// - Installing keeps every file of this build in a cache of its own (precache).
// - Files with a content hash in their name never change: served from the cache first.
// - The page itself and everything else (questionnaires/…, also files an editor adds on the host)
//   come from the network first, so a new build or a changed questionnaire is seen at once;
//   the cache answers only when the network does not.
// - A HEAD request (the app asks for a questionnaire's date that way, src/ui/catalog.rs) goes to
//   the network; without network it is answered with the headers of the cached copy, so the app
//   sees the dates of the files it will read from the cache.
// - Activating removes the caches of earlier builds of this folder (never another folder's).

const BUILD = { version: "", hashed: [], files: [] };

const scope = self.registration.scope;
const cacheName = `zelfevaluatie ${scope} ${BUILD.version}`;
const ownCaches = `zelfevaluatie ${scope} `;
const hashed = new Set(BUILD.hashed.map((file) => new URL(file, scope).href));
const page = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      const request = (file, mode) => new Request(new URL(file, scope), { cache: mode });
      // The app itself must be complete, or this build is not installed. Hashed files never
      // change, so the host may cache them as long as it likes; the page is checked with it.
      const app = BUILD.files.filter((file) => BUILD.hashed.includes(file) || file === 'index.html');
      await cache.addAll(app.map((file) => request(file, BUILD.hashed.includes(file) ? 'default' : 'no-cache')));
      // Questionnaires are kept when they are there: an editor may have removed one on the host.
      const others = BUILD.files.filter((file) => !app.includes(file));
      await Promise.all(others.map((file) => cache.add(request(file, 'no-cache')).catch(() => {})));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(ownCaches) && name !== cacheName) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!request.url.startsWith(scope)) return;
  if (request.method === 'HEAD') {
    event.respondWith(headersOf(request));
    return;
  }
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const address = url.origin + url.pathname;
  if (hashed.has(address)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate' && (address === scope || address === page)) {
    // The app's page, however it is addressed (the folder, index.html, with a query).
    event.respondWith(networkFirst(request, page));
  } else {
    event.respondWith(networkFirst(request, request.url));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The network's answer to a HEAD request, or the headers of the cached copy when there is none. */
async function headersOf(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(request.url, { ignoreSearch: true });
    if (cached) return new Response(null, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
    throw error;
  }
}

/** The network's answer (kept in the cache under `key`), or the cached one when there is none. */
async function networkFirst(request, key) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}
