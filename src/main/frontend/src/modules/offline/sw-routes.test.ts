import { describe, expect, it } from 'vitest'
import { staleShells, strategyOf } from './sw-routes'

const ORIGIN = 'https://fengqiao.example.cn'
const PRECACHED = new Set(['/index.html', '/manifest.webmanifest', '/icon-192.png'])
const get = (path: string, mode = 'cors') => strategyOf({ method: 'GET', url: ORIGIN + path, mode }, ORIGIN, PRECACHED)

describe('the service worker', () => {
  it('answers a page load with the app shell, so /phone opens offline', () => {
    expect(get('/phone', 'navigate')).toBe('shell')
    expect(get('/cases/610722101-2026-000123', 'navigate')).toBe('shell')
  })

  it('keeps the category lists (network first) so the report form works offline', () => {
    expect(get('/api/categories?kind=HAZARD')).toBe('categories')
  })

  it('never touches other API answers, which carry personal data', () => {
    for (const path of ['/api/cases?size=20', '/api/cases/610722101-2026-000123', '/api/auth/me', '/api/grids/61072210121300101',
      '/api/files/abc?sig=x', '/api/notifications']) {
      expect(get(path)).toBe('pass')
    }
    expect(strategyOf({ method: 'POST', url: ORIGIN + '/api/categories', mode: 'cors' }, ORIGIN, PRECACHED)).toBe('pass')
  })

  it('leaves the API documentation, tiles and other hosts to the network', () => {
    expect(get('/swagger-ui/index.html', 'navigate')).toBe('pass')
    expect(get('/tiles/12/3300/1600')).toBe('pass')
    expect(strategyOf({ method: 'GET', url: 'https://other.example/app.js', mode: 'cors' }, ORIGIN, PRECACHED)).toBe('pass')
  })

  it('serves built files and the manifest from its cache', () => {
    expect(get('/assets/index-D9_NPaYH.js')).toBe('asset')
    expect(get('/manifest.webmanifest')).toBe('asset')
  })

  it('drops only the older builds\' shells when a new one takes over', () => {
    expect(staleShells(['fengqiao-shell-old', 'fengqiao-shell-new', 'fengqiao-categories', 'other'], 'fengqiao-shell-new'))
      .toEqual(['fengqiao-shell-old'])
  })
})
