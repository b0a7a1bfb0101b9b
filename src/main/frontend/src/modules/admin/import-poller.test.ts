import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ImportJob } from './api'
import { percent, pollImport, splitRejection } from './import-poller'

function job(status: ImportJob['status'], processed = 0, total = 4): ImportJob {
  return { id: 'j', kind: 'divisions', status, total, processed, accepted: processed, rejected: 0, error: null,
    rejections: [] }
}

afterEach(() => vi.useRealTimers())

describe('the import progress', () => {
  it('is 0 while the total is unknown and the share of processed rows while running', () => {
    expect(percent(job('QUEUED', 0, 0))).toBe(0)
    expect(percent(job('RUNNING', 1, 4))).toBe(25)
  })

  it('is 100 once the job has finished, failed or not', () => {
    expect(percent(job('SUCCEEDED', 3, 4))).toBe(100)
    expect(percent(job('FAILED', 0, 0))).toBe(100)
  })

  it('splits a rejected row into its line and its reason', () => {
    expect(splitRejection('第 3 行: 代码位数不对')).toEqual({ line: 3, reason: '代码位数不对' })
    expect(splitRejection('something else')).toEqual({ line: null, reason: 'something else' })
  })
})

describe('polling an import job', () => {
  it('reads every second and stops once the job has finished', async () => {
    vi.useFakeTimers()
    const states = [job('QUEUED'), job('RUNNING', 2), job('SUCCEEDED', 4)]
    const read = vi.fn(async () => states.shift()!)
    const seen: string[] = []
    pollImport(read, (j) => seen.push(j.status), () => {})
    await vi.advanceTimersByTimeAsync(0)
    expect(seen).toEqual(['QUEUED'])
    await vi.advanceTimersByTimeAsync(1000)
    await vi.advanceTimersByTimeAsync(1000)
    await vi.advanceTimersByTimeAsync(5000)
    expect(seen).toEqual(['QUEUED', 'RUNNING', 'SUCCEEDED'])
    expect(read).toHaveBeenCalledTimes(3)
  })

  it('stops when a read fails and reports the error', async () => {
    vi.useFakeTimers()
    const read = vi.fn(async () => { throw new Error('gone') })
    const errors: unknown[] = []
    pollImport(read, () => {}, (e) => errors.push(e))
    await vi.advanceTimersByTimeAsync(3000)
    expect(read).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(1)
  })

  it('reads no more after stop, as when the page is left', async () => {
    vi.useFakeTimers()
    const read = vi.fn(async () => job('RUNNING', 1))
    const poll = pollImport(read, () => {}, () => {})
    await vi.advanceTimersByTimeAsync(0)
    poll.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(read).toHaveBeenCalledTimes(1)
  })
})
