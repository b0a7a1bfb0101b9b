import { http, request } from '@/shared/http'
import { casesApi } from '@/modules/cases/api'
import { intakeApi } from '@/modules/cases/intake-api'
import type { OfflinePhoto, OfflineSender } from '@/modules/offline/queue'

/** The grid member's phone: their open cases (the server scopes the list), categories, villages, the grid found. */
export const phoneApi = {
  myCases: () => casesApi.list({ size: 20 }),
  categories: intakeApi.categories,
  region: intakeApi.region,
  children: intakeApi.children,
  locate: (lat: number, lng: number) =>
    http.get<{ code: string; name: string; regionCode: string }>('/api/grids/locate', { lat, lng, crs: 'WGS84' }),
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
