import { http } from '@/shared/http'
import type { CaseView } from './api'

/** The names a reader sees for a case's codes: its category, village, grid and units. */
export interface CaseNames {
  category?: string
  region?: string
  grid?: string
  units: Record<string, string>
}

interface Named {
  code: string
  name: string
  children?: Named[] | null
}

// one request per code and per category tree for the life of the page: names change rarely
const cache = new Map<string, Promise<string | undefined>>()
const trees = new Map<string, Promise<Named[]>>()

function once(key: string, load: () => Promise<{ name: string }>): Promise<string | undefined> {
  let found = cache.get(key)
  if (!found) {
    // a name the reader may not see (another town's unit) or that is gone stays shown as its code
    found = load().then((r) => r.name, () => undefined)
    cache.set(key, found)
  }
  return found
}

/** Finds a code's name anywhere in a category tree. */
export function nameInTree(tree: Named[], code: string): string | undefined {
  for (const node of tree) {
    if (node.code === code) return node.name
    const below = node.children ? nameInTree(node.children, code) : undefined
    if (below) return below
  }
  return undefined
}

async function categoryName(kind: string, code: string): Promise<string | undefined> {
  let tree = trees.get(kind)
  if (!tree) {
    tree = http.get<Named[]>('/api/categories', { kind }).catch(() => [])
    trees.set(kind, tree)
  }
  return nameInTree(await tree, code)
}

/** Looks up every name the case file shows; what cannot be found stays a code. */
export async function loadCaseNames(c: CaseView): Promise<CaseNames> {
  const codes = [c.holdingUnit, c.leadUnit, ...(c.coUnits ?? [])].filter((u): u is string => !!u)
  const [category, region, grid, ...units] = await Promise.all([
    c.category ? categoryName(c.kind, c.category) : undefined,
    once(`region:${c.regionCode}`, () => http.get(`/api/regions/${c.regionCode}`)),
    c.gridCode ? once(`grid:${c.gridCode}`, () => http.get(`/api/grids/${c.gridCode}`)) : undefined,
    ...codes.map((u) => once(`unit:${u}`, () => http.get(`/api/departments/${u}`))),
  ])
  const named: Record<string, string> = {}
  codes.forEach((code, i) => {
    if (units[i]) named[code] = units[i] as string
  })
  return { category, region, grid, units: named }
}

/** "六一村（610722101213）": the name where known, with its code for whoever needs it. */
export function named(code: string | null | undefined, name: string | undefined): string {
  if (!code) return '—'
  return name ? `${name}（${code}）` : code
}
