import { http, request, type Page, type Query } from '@/shared/http'
import type { ImportJob } from '@/modules/admin/api'

export interface Resident {
  id: number; name: string; idNumber: string; gender: 'MALE' | 'FEMALE'; birthDate: string; phone: string | null
  ethnicity: string | null; occupation: string | null; kind: 'REGISTERED' | 'FLOATING'
  residencePermitUntil: string | null; householdId: number | null; householdAddress: string | null
  relation: string | null; regionCode: string; gridCode: string; tags: string[]
  status: 'PRESENT' | 'MOVED_OUT' | 'DECEASED' | 'DEREGISTERED'; version: number; allowedActions: string[]
}

export interface Household {
  id: number; regionCode: string; gridCode: string; address: string; houseNumber: string | null
  headId: number | null; headName: string | null; securityHead: boolean; active: boolean; members: number
  version: number
}

export interface HistoryEntry {
  id: number; kind: string; date: string; destination: string | null; note: string | null; actor: string
  recordedAt: string
}

export interface LifeEventInput { kind: string; date: string; destination?: string; note?: string }

/** A register import job: the platform's job plus the link to its rejected rows. */
export interface PeopleImportJob extends ImportJob { errorWorkbook: string | null }

/** Downloads a workbook through the one API client and hands it to the browser as a file. */
export async function download(path: string, fileName: string, query?: Query): Promise<void> {
  const blob = await request<Blob>('GET', path, { query, blob: true, headers: { Accept: '*/*' } })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export const peopleApi = {
  actions: () => http.get<{ allowedActions: string[] }>('/api/people/actions'),
  residents: (query: Query) => http.get<Page<Resident>>('/api/residents', query),
  resident: (id: number | string) => http.get<Resident>(`/api/residents/${id}`),
  unmasked: (id: number) => http.get<{ id: number; idNumber: string; phone: string | null }>(`/api/residents/${id}/unmasked`),
  history: (id: number | string) => http.get<HistoryEntry[]>(`/api/residents/${id}/history`),
  recordEvent: (id: number, body: LifeEventInput) => http.post<Resident>(`/api/residents/${id}/events`, body),
  households: (query: Query) => http.get<Page<Household>>('/api/households', query),
  startImport: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<{ id: string }>('/api/imports/residents', form)
  },
  importJob: (id: string) => http.get<PeopleImportJob>(`/api/imports/${id}`),
}
