import { http, request, type Page } from '@/shared/http'
import { casesApi } from '@/modules/cases/api'
import { intakeApi } from '@/modules/cases/intake-api'
import type { OfflinePhoto, OfflineSender } from '@/modules/offline/queue'
import { mapApi, OPEN_STATUSES, type Grid } from '@/modules/map/api'
import type { Household, Resident } from '@/modules/people/api'

/** The caller as the server sees it now; a grid member's scope names its grids. */
export interface Me {
  username: string
  displayName: string
  roles: string[]
  scope: { regions: string[]; departments: string[]; grids?: string[]; readOnly: boolean }
}

/** The grid member's phone: their open cases (the server scopes the list), categories, villages, the grid found. */
export const phoneApi = {
  myCases: () => casesApi.list({ size: 20 }),
  categories: intakeApi.categories,
  region: intakeApi.region,
  children: intakeApi.children,
  locate: (lat: number, lng: number) =>
    http.get<{ code: string; name: string; regionCode: string }>('/api/grids/locate', { lat, lng, crs: 'WGS84' }),
  me: () => http.get<Me>('/api/auth/me'),
  grid: (code: string) => http.get<Grid>(`/api/grids/${encodeURIComponent(code)}`),
  gridLoad: mapApi.gridLoad,
  tiles: mapApi.tiles,
  openCases: () => casesApi.list({ status: OPEN_STATUSES, size: 200 }),
  /** a grid's households (about 18 to a micro-grid; a level-1 grid lists its micro-grids' too) */
  households: (grid: string) => http.get<Page<Household>>('/api/households', { grid, active: true, size: 200 }),
  members: (household: number) => http.get<Resident[]>(`/api/households/${household}/members`),
}

/** The calls a report is sent with, now or later from the offline queue: its photos, then the case with its key. */
export const reportSender: OfflineSender = {
  upload: (photo: OfflinePhoto) => {
    const form = new FormData()
    form.append('file', new File([photo.blob], photo.name, { type: photo.type }))
    return http.post<{ id: string }>('/api/files', form)
  },
  create: (body, key) =>
    request<{ number: string }>('POST', '/api/cases', { body, headers: { 'Idempotency-Key': key } }),
}
