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
