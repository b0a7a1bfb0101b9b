import { http, type Page } from '@/shared/http'
import type { CaseView } from '@/modules/cases/api'

/** A rate as the API gives it: a decimal 0–1, or null when nothing was there to divide by. */
export type Rate = number | null

/** The measures every statistics answer carries (API.md's rate definitions). */
export interface Measures {
  received: number
  resolved: number
  resolutionRate: Rate
  onTimeRate: Rate
  satisfactionRate: Rate
  overdue: number
}

export interface RegionRow extends Measures {
  regionCode: string
  name: string | null
}

export interface Overview extends Measures {
  byKind: Record<string, number>
  byChannel: Record<string, number>
  byRegion: RegionRow[]
}

export interface TrendRow extends Measures {
  key: string
  name: string | null
}

export type TrendBy = 'MONTH' | 'VILLAGE' | 'UNIT' | 'KIND' | 'CHANNEL'

export interface Region {
  code: string
  name: string
  level: string
  parentCode: string | null
}

export interface Period {
  from: string
  to: string
}

export const statsApi = {
  overview: (region: string, period: Period) => http.get<Overview>('/api/stats/overview', { region, ...period }),
  trend: (region: string, by: TrendBy, period: Period) =>
    http.get<TrendRow[]>('/api/stats/trend', { region, by, ...period }),
  /** the first 20 overdue cases of the region the caller sees */
  overdue: (region: string) => http.get<Page<CaseView>>('/api/cases', { overdue: true, region, size: 20 }),
  region: (code: string) => http.get<Region>(`/api/regions/${encodeURIComponent(code)}`),
  children: (code: string) => http.get<Region[]>(`/api/regions/${encodeURIComponent(code)}/children`),
}
