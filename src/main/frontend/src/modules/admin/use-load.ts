import { ref, type Ref } from 'vue'
import { ApiError } from '@/shared/http'
import { showError } from '@/shared/use-submit'

/**
 * Loads a page's list: `loading` for the skeleton, `forbidden` with the server's message when the caller may not
 * see it (403: the page shows that message, not an empty table), any other error as one message.
 */
export function useLoad<T>(read: () => Promise<T>) {
  const data = ref<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const forbidden = ref('')

  async function load() {
    loading.value = true
    try {
      data.value = await read()
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) forbidden.value = error.detail
      else showError(error)
    } finally {
      loading.value = false
    }
  }

  return { data, loading, forbidden, load }
}
