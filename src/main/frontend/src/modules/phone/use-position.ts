import { onMounted, ref } from 'vue'

export type PositionState = 'locating' | 'found' | 'failed'

/** The phone's GPS position once, at the form's start or on "locate again" (a browser's geolocation is WGS-84). */
export function usePosition() {
  const position = ref<{ lat: number; lng: number } | null>(null)
  const state = ref<PositionState>('locating')

  function locate() {
    if (!('geolocation' in navigator)) {
      state.value = 'failed'
      return
    }
    state.value = 'locating'
    navigator.geolocation.getCurrentPosition(
      (p) => {
        position.value = { lat: p.coords.latitude, lng: p.coords.longitude }
        state.value = 'found'
      },
      () => {
        position.value = null
        state.value = 'failed'
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    )
  }

  onMounted(locate)
  return { position, state, locate }
}
