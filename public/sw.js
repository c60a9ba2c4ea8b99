// The service worker: keeps the app working offline.
//
// This is a template. scripts/post-build.mjs writes the real dist/sw.js from it after every
// Trunk build, filling in BUILD_ID (a content hash of the build) and PRECACHE (every file of
// the build, hashed names included), so nothing here is listed by hand.
//
// - install:  the whole build is stored in the cache "mlip-<BUILD_ID>".
// - navigate: network first, so a visit online gets the newest index.html; offline (or on a
//             404 from a host without a fallback for deep links) the stored index.html.
// - files of the build: cache first. The cache holds one build, so a cached copy always
//   matches the index.html it came with (hashed names, and catalog.json, icons, manifest).
// - activate: caches of older builds are deleted.
// - a new build waits until the page sends {type: "SKIP_WAITING"} (the user chose "Reload"),
//   so an open page never mixes files of two builds.

const BUILD_ID = "__BUILD_ID__";
const PRECACHE = self.__PRECACHE__;
const CACHE = "mlip-" + BUILD_ID;
const CACHE_PREFIX = "mlip-";
// Content-hashed names (Trunk's main-<hash>.css, ml-interview-prep-<hash>_bg.wasm, ...; the
// route-split wasm's folder app-<hash>/): the browser's HTTP cache may supply these;
// everything else is fetched afresh.
const HASHED = /(-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$)|(^app-[0-9a-f]{16}\/)/;

const scope = new URL(self.registration.scope);
const precached = new Set(PRECACHE.map((name) => new URL(name, scope).pathname));
const indexUrl = new URL("index.html", scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        PRECACHE.map((name) => new Request(new URL(name, scope), { cache: HASHED.test(name) ? "default" : "reload" })),
      ),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  if (type === "SKIP_WAITING") {
    self.skipWaiting();
  } else if (type === "BUILD_ID" && event.ports[0]) {
    event.ports[0].postMessage(BUILD_ID);
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else if (precached.has(url.pathname)) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.status !== 404) return response;
    return (await fromCache(indexUrl)) || response;
  } catch (error) {
    const cached = (await fromCache(request.url)) || (await fromCache(indexUrl));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  return (await fromCache(request.url)) || fetch(request);
}

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url, { ignoreSearch: true });
}
