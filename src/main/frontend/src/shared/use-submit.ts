import { ElMessage } from 'element-plus'
import { reactive, ref } from 'vue'
import { ApiError } from './http'

/** One ElMessage with the server's detail (or the error's message) for an error that is not a form's. */
export function showError(error: unknown) {
  const detail = error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error)
  ElMessage({ type: 'error', message: detail, showClose: true, duration: 6000 })
}

/**
 * Sends a form at most once at a time (a double click never sends twice) and puts the problem's field errors
 * next to their fields (`el-form-item :error="fieldErrors.name"`); any other error is one message.
 */
export function useSubmit() {
  const busy = ref(false)
  const fieldErrors = reactive<Record<string, string>>({})

  async function run<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (busy.value) return undefined
    busy.value = true
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
    try {
      return await send()
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        Object.assign(fieldErrors, error.fieldErrors)
      } else {
        showError(error)
      }
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { busy, fieldErrors, run }
}
