import { http, request, type Page } from '@/shared/http'

/** The intake body of `POST /api/cases` and `POST /api/cases/repeat-check` (API.md). */
export interface IntakeBody {
  kind: string
  category: string
  channel: string
  title: string
  description: string
  priority: string
  reporter: { name?: string; phone?: string; idNumber?: string } | null
  location: { regionCode: string; gridCode?: string; address?: string; lat?: number; lng?: number; crs?: string }
  attachments: string[]
  occurredAt: string | null
}

export interface Category {
  code: string
  name: string
  anonymousAllowed: boolean
  children: Category[] | null
}

export interface Region {
  code: string
  name: string
  level: string
}

export interface Grid {
  code: string
  name: string
  regionCode: string
}

export interface PossibleDuplicate {
  number: string
  title: string
  similarity: number
  reason: string
}

export interface StoredFile {
  id: string
  name: string
  contentType: string
  size: number
}

export interface RoutingSuggestion {
  ruleId: number | null
  leadUnit: string | null
  coUnits: string[] | null
}

export const intakeApi = {
  categories: (kind: string) => http.get<Category[]>('/api/categories', { kind }),
  region: (code: string) => http.get<Region>(`/api/regions/${encodeURIComponent(code)}`),
  children: (region: string) => http.get<Region[]>(`/api/regions/${encodeURIComponent(region)}/children`),
  grids: (region: string) => http.get<Page<Grid>>('/api/grids', { region, size: 100 }),
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<StoredFile>('/api/files', form)
  },
  repeatCheck: (body: IntakeBody) =>
    http.post<{ possibleDuplicates: PossibleDuplicate[] }>('/api/cases/repeat-check', body),
  /** the same key for every try of one form: a retry never takes the case in twice */
  create: (body: IntakeBody, idempotencyKey: string) =>
    request<{ number: string }>('POST', '/api/cases', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  routingSuggestion: (number: string) =>
    http.get<RoutingSuggestion>(`/api/cases/${encodeURIComponent(number)}/routing-suggestion`),
}
