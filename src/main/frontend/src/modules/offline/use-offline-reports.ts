import { onBeforeUnmount, onMounted, ref } from 'vue'
import { isExpired, list, remove, sendWaiting, type OfflineReport, type OfflineSender } from './queue'

/**
 * The kept reports for a page, and their sending: on the page's load and on each `online` event, when a user is
 * logged in (only that user's reports are sent). No service worker here: phones run them only on secure (HTTPS)
 * pages, and the page must work without one, so the page itself sends when the connection returns.
 */
export function useOfflineReports(username: () => string | null, api: OfflineSender | null, onSent?: (numbers: string[]) => void) {
  const reports = ref<OfflineReport[]>([])

  async function refresh() {
    reports.value = await list()
  }

  async function send() {
    const user = username()
    if (!user || !api) return refresh()
    const result = await sendWaiting(user, api)
    await refresh()
    if (result.sent.length) onSent?.(result.sent)
  }

  async function discard(key: string) {
    await remove(key)
    await refresh()
  }

  const onOnline = () => void send()
  onMounted(() => {
    window.addEventListener('online', onOnline)
    void send()
  })
  onBeforeUnmount(() => window.removeEventListener('online', onOnline))

  return { reports, refresh, send, discard, isExpired: (r: OfflineReport) => isExpired(r) }
}
