/// <reference lib="webworker" />
// The service worker (built to /sw.js by build/service-worker.ts, which fills in the list of the build's files).
// Registered only on secure pages (register-sw.ts); the application works the same without it.
import { CATEGORIES_CACHE, SHELL_PREFIX, staleShells, strategyOf } from './sw-routes'

declare const self: ServiceWorkerGlobalScope

const PRECACHE: string[] = JSON.parse('__FENGQIAO_PRECACHE__')
const SHELL = SHELL_PREFIX + '__FENGQIAO_VERSION__'
const precached = new Set(PRECACHE)

self.addEventListener('install', (event) => {
  // reload: the browser's HTTP cache may hold an older index.html
  event.waitUntil(caches.open(SHELL)
    .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' }))))
    .then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(staleShells(names, SHELL).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()))
})

self.addEventListener('fetch', (event) => {
  const strategy = strategyOf(event.request, self.location.origin, precached)
  if (strategy === 'shell') event.respondWith(shell(event.request))
  else if (strategy === 'asset') event.respondWith(asset(event.request))
  else if (strategy === 'categories') event.respondWith(categories(event.request))
})

/** A page: the network's index.html (a new build shows at once), else the cached one. */
async function shell(request: Request): Promise<Response> {
  try {
    return await fetch(request)
  } catch (error) {
    const cached = await caches.match('/index.html', { cacheName: SHELL })
    if (cached) return cached
    throw error
  }
}

/** A built file: its name carries its content's hash, so a cached copy is always right. */
async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request, { ignoreVary: true })
  if (cached) return cached
  const answer = await fetch(request)
  if (answer.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const copy = answer.clone()
    void caches.open(SHELL).then((cache) => cache.put(request, copy))
  }
  return answer
}

/** A category list: the network's answer, kept; offline the last one kept, so the report form still works. */
async function categories(request: Request): Promise<Response> {
  const cache = await caches.open(CATEGORIES_CACHE)
  try {
    const answer = await fetch(request)
    if (answer.ok) await cache.put(request, answer.clone())
    return answer
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true })
    if (cached) return cached
    throw error
  }
}
