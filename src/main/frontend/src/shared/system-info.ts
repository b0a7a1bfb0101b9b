import { ref } from 'vue'
import { http } from './http'

export interface SystemInfo {
  name: string
  version: string
  demo: boolean
}

const info = ref<SystemInfo | null>(null)
let pending: Promise<void> | null = null

/** The installation's public facts (`GET /api/system/info`), read once per page load. */
export function useSystemInfo() {
  if (!pending) {
    pending = http
      .get<SystemInfo>('/api/system/info')
      .then((answer) => {
        info.value = answer
      })
      .catch(() => {
        pending = null
      })
  }
  return info
}
