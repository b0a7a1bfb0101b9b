import 'fake-indexeddb/auto'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/http'
import { list } from '@/modules/offline/queue'
import { reportBody, submitReport, type ReportDraft } from './report'

const draft: ReportDraft = {
  kind: 'HAZARD', category: 'HAZARD_FIRE', title: ' 电线私拉 ', description: '三组电线私拉乱接', photos: [new File(['x'], 'p.png', { type: 'image/png' })],
  position: { lat: 33.1, lng: 107.3 }, regionCode: '',
}

describe('a phone report', () => {
  it('sends the GPS position as WGS-84 and lets the server find the grid', () => {
    expect(reportBody(draft)).toMatchObject({ channel: 'GRID_PATROL', title: '电线私拉', location: { lat: 33.1, lng: 107.3, crs: 'WGS84' } })
  })

  it('names the picked village when geolocation failed', () => {
    expect(reportBody({ ...draft, position: null, regionCode: '610722101213' }).location).toEqual({ regionCode: '610722101213' })
  })

  it('is sent with its photos and key when online', async () => {
    const api = { upload: vi.fn(async () => ({ id: 'f1' })), create: vi.fn(async () => ({ number: 'N1' })) }
    const outcome = await submitReport(draft, 'k', 'grid.liuyi', api, true)
    expect(outcome).toEqual({ sent: true, number: 'N1' })
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ attachments: ['f1'] }), 'k')
  })

  it('is kept for later with its key and the time it was made when the connection fails', async () => {
    const api = { upload: vi.fn(async () => { throw new ApiError(0, 'network', 'Network error') }), create: vi.fn() }
    const now = new Date('2026-03-05T06:30:00Z')
    expect(await submitReport(draft, 'k-off', 'grid.liuyi', api, true, now)).toEqual({ sent: false })
    const kept = (await list()).find((r) => r.key === 'k-off')
    expect(kept).toMatchObject({ username: 'grid.liuyi', occurredAt: now.toISOString(), status: 'waiting' })
    expect(kept?.photos).toHaveLength(1)
  })

  it('shows a validation error instead of keeping the report', async () => {
    const api = { upload: vi.fn(async () => ({ id: 'f1' })), create: vi.fn(async () => { throw new ApiError(422, 'validation', 'bad') }) }
    await expect(submitReport(draft, 'k2', 'grid.liuyi', api, true)).rejects.toThrow('bad')
  })
})
