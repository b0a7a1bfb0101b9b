/**
 * What the service worker does with a request (pure, so Vitest can check it): the app shell answers page loads when
 * the network cannot, the built files come from the cache, the category lists are network first with the last
 * answer kept, and every other API answer — they carry personal data — passes by, never cached.
 */
export type Strategy = 'shell' | 'asset' | 'categories' | 'pass'

export interface RequestLike {
  method: string
  url: string
  mode: string
}

/** Paths the server answers itself: never the app shell, never cached (except the category lists). */
const SERVER_PREFIXES = ['/api/', '/v3/', '/swagger-ui', '/actuator', '/tiles/', '/error']

export function strategyOf(request: RequestLike, origin: string, precached: ReadonlySet<string>): Strategy {
  if (request.method !== 'GET') return 'pass'
  const url = new URL(request.url)
  if (url.origin !== origin) return 'pass'
  const path = url.pathname
  if (path === '/api/categories') return 'categories'
  if (path === '/api' || SERVER_PREFIXES.some((p) => path.startsWith(p))) return 'pass'
  if (path.startsWith('/assets/') || precached.has(path)) return 'asset'
  if (request.mode === 'navigate') return 'shell'
  return 'pass'
}

/** The cache of one build's shell: a new build's worker drops the older ones when it takes over. */
export const SHELL_PREFIX = 'fengqiao-shell-'
/** The last answer per category list (`/api/categories?kind=…`), kept across builds. */
export const CATEGORIES_CACHE = 'fengqiao-categories'

export function staleShells(names: string[], current: string): string[] {
  return names.filter((n) => n.startsWith(SHELL_PREFIX) && n !== current)
}
