import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/shared/http'
import { isExpired, list, MAX_AGE_MS, remove, sendWaiting, store, type OfflineReport, type OfflineSender } from './queue'

const NOW = Date.parse('2026-03-05T06:30:00Z')

function report(key: string, username = 'grid.liuyi', occurredAt = new Date(NOW - 60_000).toISOString()): OfflineReport {
  return {
    key, username, occurredAt, status: 'waiting',
    body: { kind: 'HAZARD', title: '路灯倒伏', location: { lat: 33.1, lng: 107.3, crs: 'WGS84' } },
    photos: [{ name: 'p.png', type: 'image/png', blob: new Blob(['png'], { type: 'image/png' }) }],
  }
}

function sender(create: OfflineSender['create'] = async () => ({ number: '610722101-2026-000001' })) {
  let n = 0
  return { upload: vi.fn(async () => ({ id: `file-${++n}` })), create: vi.fn(create) }
}

describe('the offline queue', () => {
  beforeEach(async () => {
    for (const r of await list()) await remove(r.key)
  })

  it('keeps a report with its key, photo, time and user, oldest first', async () => {
    await store(report('b', 'grid.liuyi', new Date(NOW - 1000).toISOString()))
    await store(report('a', 'grid.liuyi', new Date(NOW - 5000).toISOString()))
    const kept = await list()
    expect(kept.map((r) => r.key)).toEqual(['a', 'b'])
    expect(kept[0].photos[0].name).toBe('p.png')
    expect(kept[0].username).toBe('grid.liuyi')
  })

  it('sends a waiting report once, with its photos uploaded first, its key and the time it was made, then forgets it', async () => {
    await store(report('k1'))
    const api = sender()
    const result = await sendWaiting('grid.liuyi', api, NOW)
    expect(result.sent).toEqual(['610722101-2026-000001'])
    expect(api.upload).toHaveBeenCalledTimes(1)
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ attachments: ['file-1'], occurredAt: report('k1').occurredAt }), 'k1')
    expect(await list()).toEqual([])
    await sendWaiting('grid.liuyi', api, NOW)
    expect(api.create).toHaveBeenCalledTimes(1)
  })

  it('sends only once when the page load and the online event both start sending', async () => {
    await store(report('k1'))
    const api = sender()
    await Promise.all([sendWaiting('grid.liuyi', api, NOW), sendWaiting('grid.liuyi', api, NOW)])
    expect(api.create).toHaveBeenCalledTimes(1)
  })

  it('keeps the key and the uploaded photos when the connection drops again, so the retry is the same request', async () => {
    await store(report('k1'))
    const failing = sender(async () => { throw new ApiError(0, 'network', 'Network error') })
    await sendWaiting('grid.liuyi', failing, NOW)
    const [kept] = await list()
    expect(kept.status).toBe('waiting')
    expect(kept.fileIds).toEqual(['file-1'])
    const api = sender()
    await sendWaiting('grid.liuyi', api, NOW)
    expect(api.upload).not.toHaveBeenCalled()
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining({ attachments: ['file-1'] }), 'k1')
  })

  it('keeps the report waiting on a 401 and marks it failed with the server message on another 4xx', async () => {
    await store(report('k1'))
    await sendWaiting('grid.liuyi', sender(async () => { throw new ApiError(401, 'auth', 'login') }), NOW)
    expect((await list())[0].status).toBe('waiting')
    await sendWaiting('grid.liuyi', sender(async () => { throw new ApiError(422, 'validation', '标题不能为空') }), NOW)
    const [kept] = await list()
    expect(kept.status).toBe('failed')
    expect(kept.error).toBe('标题不能为空')
  })

  it('does not send another user\'s reports', async () => {
    await store(report('k1', 'grid.wuai'))
    const api = sender()
    await sendWaiting('grid.liuyi', api, NOW)
    expect(api.create).not.toHaveBeenCalled()
    expect(await list()).toHaveLength(1)
  })

  it('shows a report older than seven days as expired and keeps it instead of sending it', async () => {
    const old = report('old', 'grid.liuyi', new Date(NOW - MAX_AGE_MS - 1000).toISOString())
    await store(old)
    expect(isExpired(old, NOW)).toBe(true)
    const api = sender()
    await sendWaiting('grid.liuyi', api, NOW)
    expect(api.create).not.toHaveBeenCalled()
    expect(await list()).toHaveLength(1)
  })
})
