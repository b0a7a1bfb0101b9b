import { describe, expect, it, vi } from 'vitest'
import { registerServiceWorker, whenControlled } from './register-sw'

function fakeWindow(secure: boolean, register?: (url: string) => Promise<unknown>) {
  const navigator = register ? { serviceWorker: { register: vi.fn(register) } } : {}
  return { isSecureContext: secure, navigator } as unknown as Window & { navigator: { serviceWorker?: { register: ReturnType<typeof vi.fn> } } }
}

describe('registering the service worker', () => {
  it('registers /sw.js for the whole application on a secure page', async () => {
    const win = fakeWindow(true, () => Promise.resolve({}))
    expect(await registerServiceWorker(win)).toBe(true)
    expect(win.navigator.serviceWorker!.register).toHaveBeenCalledWith('/sw.js', { scope: '/' })
  })

  it('does nothing on plain http (a LAN address), where the browser would refuse it', async () => {
    const win = fakeWindow(false, () => Promise.resolve({}))
    expect(await registerServiceWorker(win)).toBe(false)
    expect(win.navigator.serviceWorker!.register).not.toHaveBeenCalled()
  })

  it('does nothing in a browser without service workers', async () => {
    expect(await registerServiceWorker(fakeWindow(true))).toBe(false)
  })

  it('lets the page work on when the registration fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const win = fakeWindow(true, () => Promise.reject(new Error('bad certificate')))
    expect(await registerServiceWorker(win)).toBe(false)
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('the first time a service worker takes over', () => {
  it('calls back once, so the page can ask again for what the worker keeps', () => {
    const events = new EventTarget()
    const container = Object.assign(events, { controller: null })
    const callback = vi.fn()
    whenControlled(callback, { serviceWorker: container } as unknown as Navigator)
    events.dispatchEvent(new Event('controllerchange'))
    events.dispatchEvent(new Event('controllerchange'))
    expect(callback).toHaveBeenCalledTimes(1)
  })

  it('does not call back when a worker already controls the page or the browser has none', () => {
    const callback = vi.fn()
    whenControlled(callback, { serviceWorker: Object.assign(new EventTarget(), { controller: {} }) } as unknown as Navigator)
    whenControlled(callback, {} as Navigator)
    expect(callback).not.toHaveBeenCalled()
  })
})
