import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, configureHttp, http } from './http'

function answer(status: number, body: unknown, type = 'application/problem+json') {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

describe('the API client', () => {
  const fetchMock = vi.fn()
  const unauthorized = vi.fn()

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock)
    configureHttp({ token: () => 'tok-123', locale: () => 'en', unauthorized, fallbackDetail: (s) => `failed ${s}` })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    fetchMock.mockReset()
    unauthorized.mockReset()
  })

  it('sends the bearer token and the chosen language', async () => {
    fetchMock.mockResolvedValue(answer(200, { items: [] }, 'application/json'))
    await http.get('/api/cases', { status: 'RECEIVED', q: '', page: 0 })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/cases?status=RECEIVED&page=0')
    expect(init.headers.Authorization).toBe('Bearer tok-123')
    expect(init.headers['Accept-Language']).toBe('en')
  })

  it('maps a problem with field errors to an ApiError with status, code, detail and fieldErrors', async () => {
    fetchMock.mockResolvedValue(answer(400, {
      type: 'about:blank', title: 'Bad Request', status: 400, code: 'validation', detail: 'Check the fields.',
      errors: [{ field: 'idNumber', message: 'wrong check digit' }, { field: 'phone', message: 'not a phone' }],
    }))
    const error = await http.post('/api/residents', {}).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation')
    expect(error.detail).toBe('Check the fields.')
    expect(error.fieldErrors).toEqual({ idNumber: 'wrong check digit', phone: 'not a phone' })
    expect(unauthorized).not.toHaveBeenCalled()
  })

  it('keeps the server detail of a conflict', async () => {
    fetchMock.mockResolvedValue(answer(409, { status: 409, code: 'case.illegal-transition', detail: 'Not now.' }))
    const error = await http.post('/api/cases/x/close', {}).catch((e) => e)
    expect([error.status, error.code, error.detail]).toEqual([409, 'case.illegal-transition', 'Not now.'])
  })

  it('ends the session on a 401 from any call other than the login', async () => {
    fetchMock.mockResolvedValue(answer(401, { status: 401, code: 'auth.required', detail: 'Please log in.' }))
    const error = await http.get('/api/cases').catch((e) => e)
    expect(error.status).toBe(401)
    expect(unauthorized).toHaveBeenCalledTimes(1)
  })

  it('leaves the session alone on a 401 from the login itself and shows its message', async () => {
    fetchMock.mockResolvedValue(answer(401, { status: 401, code: 'auth.bad-credentials', detail: 'Wrong user name or password.' }))
    const error = await http.post('/api/auth/login', { username: 'a', password: 'b' }).catch((e) => e)
    expect(error.code).toBe('auth.bad-credentials')
    expect(error.detail).toBe('Wrong user name or password.')
    expect(unauthorized).not.toHaveBeenCalled()
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBeUndefined()
  })

  it('gives a readable error for an answer without a problem body and for no answer at all', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    const gateway = await http.get('/api/cases').catch((e) => e)
    expect([gateway.status, gateway.detail]).toEqual([502, 'failed 502'])
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const offline = await http.get('/api/cases').catch((e) => e)
    expect([offline.status, offline.code, offline.detail]).toEqual([0, 'network', 'failed 0'])
  })
})
