import { http, type Page } from '@/shared/http'

export interface CaseAttachment {
  id: string
  name: string
  contentType: string
  size: number
  /** a signed link valid ten minutes, usable without the bearer token */
  url: string
}

export interface CaseView {
  number: string
  kind: string
  category: string
  channel: string
  title: string
  description: string
  status: string
  level: string
  regionCode: string
  gridCode: string | null
  address: string | null
  lat: number | null
  lng: number | null
  holdingUnit: string | null
  leadUnit: string | null
  coUnits: string[] | null
  coUnitProgress: { unit: string; acceptedAt: string | null; reportedAt: string | null; result: string | null }[] | null
  priority: string
  signForDeadline: string | null
  dueAt: string | null
  warning: boolean
  overdue: boolean
  signForOverdue: boolean
  supervision: string | null
  extension: { days: number; reason: string } | null
  firstReceiver: string | null
  reportedBy: string | null
  receivedAt: string
  resolvedAt: string | null
  closedAt: string | null
  occurredAt: string | null
  satisfaction: string | null
  mergedInto: string | null
  reporter: { name: string | null; phone: string | null; idNumber: string | null } | null
  attachments: CaseAttachment[] | null
  /** the actions the caller may take now; absent from servers that do not compute it yet */
  allowedActions?: string[]
}

export interface TimelineEntry {
  at: string
  actor: string
  action: string
  fromStatus: string | null
  toStatus: string | null
  comment: string | null
  attachments: unknown[] | null
}

export interface CaseQuery {
  status?: string
  warning?: boolean
  overdue?: boolean
  supervised?: boolean
  extensionPending?: boolean
  part?: string
  q?: string
  page?: number
  size?: number
}

export interface Department {
  code: string
  name: string
  kind: string
}

export const casesApi = {
  list: (query: CaseQuery) => http.get<Page<CaseView>>('/api/cases', { ...query }),
  get: (number: string) => http.get<CaseView>(`/api/cases/${encodeURIComponent(number)}`),
  timeline: (number: string) => http.get<TimelineEntry[]>(`/api/cases/${encodeURIComponent(number)}/timeline`),
  act: (number: string, action: string, body: Record<string, unknown>) =>
    http.post<CaseView>(`/api/cases/${encodeURIComponent(number)}/${action}`, body),
  departments: (region: string) => http.get<Department[]>('/api/departments', { region }),
}

/** The town a region code belongs to (the first nine digits, padded): the units a town center dispatches to. */
export function townOf(regionCode: string): string {
  return regionCode.slice(0, 9).padEnd(12, '0')
}
