/**
 * Registers the service worker where the browser allows one: a secure page (HTTPS, or localhost). On plain http
 * (a LAN address) nothing happens and the application works the same, only without opening offline.
 */
export function registerServiceWorker(win: Window = window, url = '/sw.js'): Promise<boolean> {
  if (!win.isSecureContext || !('serviceWorker' in win.navigator)) return Promise.resolve(false)
  return win.navigator.serviceWorker.register(url, { scope: '/' }).then(
    () => true,
    (error: unknown) => {
      // the page keeps working online; the console says why it will not open offline
      console.warn('service worker not registered', error)
      return false
    },
  )
}

/**
 * Calls back once when a service worker first takes control of this page (just after its first install), so the
 * page can ask again for what the worker should keep; nothing happens when one already controls it, or never will.
 */
export function whenControlled(callback: () => void, nav: Navigator = navigator): void {
  const container = nav.serviceWorker
  if (!container || container.controller) return
  container.addEventListener('controllerchange', () => callback(), { once: true })
}
