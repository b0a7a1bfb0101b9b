import { http, type Page } from '@/shared/http'
import type { CaseView } from '@/modules/cases/api'

/** A GeoJSON geometry (WGS-84) of a grid's boundary. */
export interface Geometry {
  type: 'Polygon' | 'MultiPolygon'
  coordinates: unknown
}

export interface Grid {
  code: string
  name: string
  level: number
  regionCode: string
  parentCode: string | null
  households: number | null
  boundary: Geometry | null
}

export interface GridLoad {
  gridCode: string
  open: number
  overdue: number
}

export interface Tiles {
  /** the application's own `/tiles/{z}/{x}/{y}`, or null when no tile server is configured */
  tileUrl: string | null
  tileCrs: string | null
}

/** The statuses of a case still open (not closed, merged or not accepted). */
export const OPEN_STATUSES = 'RECEIVED,RETURNED,ESCALATED,REOPENED,DISPATCHED,ACCEPTED,IN_PROGRESS,RESOLVED,FEEDBACK_GIVEN,VISITED'

const PAGE = 200

export const mapApi = {
  tiles: () => http.get<Tiles>('/api/system/info'),
  gridLoad: (region: string) => http.get<GridLoad[]>('/api/stats/grids', { region }),
  openCases: (region: string) =>
    http.get<Page<CaseView>>('/api/cases', { status: OPEN_STATUSES, region, size: PAGE }),
  /** every grid under the region, page by page */
  async grids(region: string): Promise<Grid[]> {
    const all: Grid[] = []
    for (let page = 0; ; page++) {
      const answer = await http.get<Page<Grid>>('/api/grids', { region, page, size: PAGE })
      all.push(...answer.items)
      if (answer.items.length < PAGE || all.length >= answer.total) return all
    }
  },
}

/** The body of `POST /api/grids` (`PUT` takes name, households and boundary). */
export interface GridBody {
  code?: string
  name: string
  level?: number
  regionCode?: string
  parentCode?: string | null
  boundary: Geometry | null
}

export const gridApi = {
  get: (code: string) => http.get<Grid>(`/api/grids/${encodeURIComponent(code)}`),
  /** households are the people module's business: never sent from here, so the server keeps them */
  create: (body: GridBody) => http.post<Grid>('/api/grids', body),
  update: (code: string, body: GridBody) => http.put<Grid>(`/api/grids/${encodeURIComponent(code)}`, body),
  remove: (code: string) => http.delete<void>(`/api/grids/${encodeURIComponent(code)}`),
}
