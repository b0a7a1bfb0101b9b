import { isNetworkError, store, type OfflinePhoto, type OfflineSender } from '@/modules/offline/queue'

/** What the grid member fills in on the phone. */
export interface ReportDraft {
  kind: string
  category: string
  title: string
  description: string
  photos: File[]
  /** the phone's GPS position (WGS-84), null when geolocation failed */
  position: { lat: number; lng: number } | null
  /** the village picked when there is no position (or to override it) */
  regionCode: string
}

export const REPORT_KINDS = ['HAZARD', 'DISPUTE', 'APPEAL', 'INCIDENT']

/** The intake body without attachments: channel "grid patrol", anonymous; the server finds the grid from lat/lng. */
export function reportBody(draft: ReportDraft): Record<string, unknown> {
  const location: Record<string, unknown> = {}
  if (draft.position) Object.assign(location, { lat: draft.position.lat, lng: draft.position.lng, crs: 'WGS84' })
  if (draft.regionCode) location.regionCode = draft.regionCode
  return {
    kind: draft.kind,
    category: draft.category,
    channel: 'GRID_PATROL',
    title: draft.title.trim(),
    description: draft.description.trim(),
    priority: 'NORMAL',
    reporter: null,
    location,
  }
}

export type ReportOutcome = { sent: true; number: string } | { sent: false }

/**
 * Sends a report now, or keeps it for later when there is no connection (offline, or the fetch fails with a
 * network error): kept with the same key, its photos, the time it was made and the user. Any other error is thrown
 * for the form to show.
 */
export async function submitReport(draft: ReportDraft, key: string, username: string, api: OfflineSender,
  online = navigator.onLine, now = new Date()): Promise<ReportOutcome> {
  const body = reportBody(draft)
  const occurredAt = now.toISOString()
  const photos: OfflinePhoto[] = draft.photos.map((f) => ({ name: f.name, type: f.type, blob: f }))
  const keep = async (): Promise<ReportOutcome> => {
    await store({ key, username, occurredAt, body, photos, status: 'waiting' })
    return { sent: false }
  }
  if (!online) return keep()
  try {
    const ids: string[] = []
    for (const photo of photos) ids.push((await api.upload(photo)).id)
    const created = await api.create({ ...body, attachments: ids, occurredAt }, key)
    return { sent: true, number: created.number }
  } catch (error) {
    if (isNetworkError(error)) return keep()
    throw error
  }
}
