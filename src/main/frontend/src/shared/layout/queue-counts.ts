import { ref } from 'vue'
import { http } from '../http'

/** {@code GET /api/cases/counts}: each queue's count, keyed as the queues of the menu. */
export type QueueCounts = Record<string, number>

/** Never asked again sooner than this, however often the user navigates. */
export const MIN_INTERVAL_MS = 2_000

const counts = ref<QueueCounts | null>(null)
let last = 0
let pending: Promise<void> | null = null

/**
 * The menu's and the workbench's counts, one request for all: refreshed on navigation and after an action
 * ({@link refreshCounts}); no timer. A failure keeps the last counts (the badge is a hint, the list is the truth).
 */
export function useQueueCounts() {
  return { counts, refresh: refreshCounts }
}

export function refreshCounts(force = false): Promise<void> {
  const now = Date.now()
  if (pending) return pending
  if (!force && counts.value && now - last < MIN_INTERVAL_MS) return Promise.resolve()
  last = now
  pending = http.get<QueueCounts>('/api/cases/counts')
    .then((c) => { counts.value = c })
    .catch(() => { /* keep the last counts */ })
    .finally(() => { pending = null })
  return pending
}

/** Forgets the counts (at logout), so the next user never sees the last user's numbers. */
export function clearCounts(): void {
  counts.value = null
  last = 0
}
