import type { ImportJob } from './api'

export const FINISHED = ['SUCCEEDED', 'FAILED']

/** The job's progress in percent, 0 before the total is known, 100 once it has finished. */
export function percent(job: Pick<ImportJob, 'status' | 'total' | 'processed'>): number {
  if (FINISHED.includes(job.status)) return 100
  if (!job.total) return 0
  return Math.min(100, Math.floor((job.processed / job.total) * 100))
}

/** The server lists a rejected row as `第 3 行: reason`: the line and the reason apart (the line null if absent). */
export function splitRejection(text: string): { line: number | null; reason: string } {
  const match = text.match(/^第\s*(\d+)\s*行[:：]\s*(.*)$/s)
  return match ? { line: Number(match[1]), reason: match[2] } : { line: null, reason: text }
}

/**
 * Reads the job every `intervalMs` until it has finished (or reading fails), handing each state to `onUpdate`;
 * one read at a time, never two overlapping. `stop()` ends it early (the page was left).
 */
export function pollImport(read: () => Promise<ImportJob>, onUpdate: (job: ImportJob) => void,
  onError: (error: unknown) => void, intervalMs = 1000): { stop: () => void } {
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  async function tick() {
    try {
      const job = await read()
      if (stopped) return
      onUpdate(job)
      if (!FINISHED.includes(job.status)) timer = setTimeout(tick, intervalMs)
    } catch (error) {
      if (!stopped) onError(error)
    }
  }
  void tick()
  return {
    stop: () => {
      stopped = true
      if (timer) clearTimeout(timer)
    },
  }
}
