import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Refresh period of the big screen in the center's hall. */
export const REFRESH_MS = 5 * 60_000

/**
 * The big-screen mode of the dashboard: the element full screen (where the browser allows it), a dark theme by the
 * caller's class, and `refresh` called every five minutes while it lasts. Leaving full screen (Esc) ends it.
 */
export function useBigScreen(el: Ref<HTMLElement | null>, refresh: () => void) {
  const on = ref(false)
  let timer: ReturnType<typeof setInterval> | null = null

  function stop() {
    on.value = false
    if (timer) clearInterval(timer)
    timer = null
  }

  function onFullscreenChange() {
    if (!document.fullscreenElement && on.value) stop()
  }

  function toggle() {
    if (on.value) {
      stop()
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {})
      return
    }
    on.value = true
    timer = setInterval(refresh, REFRESH_MS)
    el.value?.requestFullscreen?.().catch(() => {}) // refused without a user gesture or in a frame: dark mode alone
  }

  document.addEventListener('fullscreenchange', onFullscreenChange)
  onBeforeUnmount(() => {
    document.removeEventListener('fullscreenchange', onFullscreenChange)
    stop()
  })

  return { on, toggle }
}
