/**
 * The one API client: adds the bearer token and Accept-Language, maps application/problem+json to ApiError,
 * and hands a 401 on any call but the login to the session (which logs out and goes to the login page).
 * The browser never judges the token's expiry itself: only a 401 ends a session.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    /** field name → message, from the problem's `errors[]` */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(detail)
    this.name = 'ApiError'
  }
}

export interface HttpHooks {
  token(): string | null
  locale(): string
  /** called on a 401 from any call other than the login */
  unauthorized(): void
  /** the text shown when the server could not be reached or answered without a problem body */
  fallbackDetail(status: number): string
}

let hooks: HttpHooks = {
  token: () => null,
  locale: () => 'zh-CN',
  unauthorized: () => {},
  fallbackDetail: (status) => (status === 0 ? 'Network error' : `HTTP ${status}`),
}

export function configureHttp(h: Partial<HttpHooks>): void {
  hooks = { ...hooks, ...h }
}

const LOGIN = '/api/auth/login'

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  query?: Query
  body?: unknown
  headers?: Record<string, string>
  /** read the answer as a Blob (a workbook download) */
  blob?: boolean
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': hooks.locale() }
  const token = hooks.token()
  if (token && path !== LOGIN) headers.Authorization = `Bearer ${token}`
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers: { ...headers, ...options.headers },
      body,
    })
  } catch {
    throw new ApiError(0, 'network', hooks.fallbackDetail(0))
  }
  if (!response.ok) {
    const error = await toApiError(response)
    if (response.status === 401 && path !== LOGIN) hooks.unauthorized()
    throw error
  }
  if (response.status === 204) return undefined as T
  if (options.blob) return (await response.blob()) as T
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      const problem = await response.json()
      const fieldErrors: Record<string, string> = {}
      for (const e of Array.isArray(problem.errors) ? problem.errors : []) {
        if (e && e.field && !(e.field in fieldErrors)) fieldErrors[e.field] = e.message
      }
      return new ApiError(response.status, problem.code ?? `http.${response.status}`,
        problem.detail ?? problem.title ?? hooks.fallbackDetail(response.status), fieldErrors)
    } catch {
      // not JSON after all: fall through to the generic message
    }
  }
  return new ApiError(response.status, `http.${response.status}`, hooks.fallbackDetail(response.status))
}

export const http = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
  totalExact: boolean
}
