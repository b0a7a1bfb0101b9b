import type { Period, Rate, Region } from './api'

/** `0.9891` → `98.9%`; no rate (nothing to divide by) → `—`. */
export function formatRate(rate: Rate | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** The calendar year of a day (`YYYY-MM-DD`), the dashboard's default period. */
export function yearOf(today: string): Period {
  const year = today.slice(0, 4)
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** Today in Asia/Shanghai as `YYYY-MM-DD`, whatever the browser's time zone. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/**
 * The regions a caller may look at: each of their scope regions, and under a county the towns in it (so the county
 * center compares its towns). Below a town the dashboard does not go (villages are a trend of their own).
 */
export function regionChoices(scope: Region[], children: Record<string, Region[]>): Region[] {
  const choices: Region[] = []
  for (const region of scope) {
    choices.push(region)
    if (comparesChildren(region)) choices.push(...(children[region.code] ?? []))
  }
  return choices
}

/** A region above a town: its dashboard compares the regions in it. */
export function comparesChildren(region: Region): boolean {
  return region.level !== 'TOWN' && region.level !== 'VILLAGE'
}

/** A `{key: count}` breakdown as chart data, largest first, labelled by `label(key)`. */
export function breakdown(counts: Record<string, number>, label: (key: string) => string) {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => ({ name: label(key), value }))
}
