import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { REFRESH_MS, useBigScreen } from './use-big-screen'

function harness(refresh: () => void) {
  let api!: ReturnType<typeof useBigScreen>
  const wrapper = mount(defineComponent({
    setup() {
      api = useBigScreen(ref(null), refresh)
      return () => h('div')
    },
  }))
  return { api, wrapper }
}

describe('big-screen mode', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('refreshes the figures every five minutes while it is on, and not after', () => {
    vi.useFakeTimers()
    const refresh = vi.fn()
    const { api } = harness(refresh)
    api.toggle()
    expect(api.on.value).toBe(true)
    vi.advanceTimersByTime(REFRESH_MS * 2)
    expect(refresh).toHaveBeenCalledTimes(2)
    api.toggle()
    vi.advanceTimersByTime(REFRESH_MS * 2)
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('stops refreshing when the page is left', () => {
    vi.useFakeTimers()
    const refresh = vi.fn()
    const { api, wrapper } = harness(refresh)
    api.toggle()
    wrapper.unmount()
    vi.advanceTimersByTime(REFRESH_MS)
    expect(refresh).not.toHaveBeenCalled()
  })
})
