import { http, type Page } from '@/shared/http'
import { download } from '@/modules/people/api'

export type Grade = 'RED' | 'YELLOW' | 'GREEN'

export interface PetitionerRef { id: number; name: string; grade: Grade }

export interface PetitionDetails {
  number: string
  recorded: boolean
  form: string | null
  peopleCount: number | null
  collective: boolean
  level: string | null
  levelSkipping: boolean
  toProvinceOrBeijing: boolean
  petitioner: PetitionerRef | null
  petitionerHidden: boolean
  sharedWithUnit: boolean
  previous: string | null
  repeats: string[]
  allowedActions: string[]
}

export interface Reply { text: string; issuedAt: string; deliveredAt: string | null; delivery: string | null; inTime: boolean | null }

export interface Holding {
  number: string
  title: string
  regionCode: string
  status: string
  leader: string | null
  plan: string | null
  planAt: string | null
  progress: { at: string; author: string; text: string }[]
  receivedAt: string
  acceptanceDueAt: string | null
  acceptanceOverdue: boolean
  dueAt: string | null
  overdue: boolean
  extensionPendingDays: number | null
  reply: Reply | null
  notAccepted: { at: string; actor: string; reason: string; notice: string } | null
  allowedActions: string[]
}

export interface Visit {
  id: number
  kind: string
  date: string
  host: string
  hostIsLeader: boolean
  peopleMet: string
  problemsRaised: string | null
  problemsSolved: string | null
  satisfaction: string | null
  recordedAt: string
  recordedBy: string
}

export interface Petitioner {
  id: number
  regionCode: string
  name: string
  residentId: number | null
  address: string | null
  grade: Grade
  responsiblePerson: string
  informant: string | null
  note: string | null
  petitions: string[]
}

const base = (number: string) => `/api/cases/${encodeURIComponent(number)}`

export const petitionApi = {
  details: (number: string) => http.get<PetitionDetails>(`${base(number)}/petition`),
  saveDetails: (number: string, body: Record<string, unknown>) => http.put<PetitionDetails>(`${base(number)}/petition`, body),
  holding: (number: string) => http.get<Holding>(`${base(number)}/holding`),
  hold: (number: string, body: Record<string, unknown>) => http.put<Holding>(`${base(number)}/holding`, body),
  progress: (number: string, body: Record<string, unknown>) => http.post<Holding>(`${base(number)}/holding/progress`, body),
  reply: (number: string, body: Record<string, unknown>) => http.post<Holding>(`${base(number)}/holding/reply`, body),
  deliver: (number: string, body: Record<string, unknown>) => http.post<Holding>(`${base(number)}/holding/reply/delivery`, body),
  visits: (number: string) => http.get<Visit[]>(`${base(number)}/visits`),
  recordVisit: (number: string, body: Record<string, unknown>) => http.post<Visit>(`${base(number)}/visits`, body),
  petitioners: (query: { grade?: string; page?: number; size?: number }) => http.get<Page<Petitioner>>('/api/petitioners', query),
  createPetitioner: (body: Record<string, unknown>) => http.post<{ id: number }>('/api/petitioners', body),
  /** The register page's buttons: `create`, `export`. */
  registerActions: () => http.get<{ allowedActions: string[] }>('/api/petitioners/actions'),
  /** The register's Excel twin with the list's filters (masked, audited), saved by the browser. */
  exportRegister: (query: { grade?: string }) => download('/api/petitioners/export.xlsx', 'petitioners.xlsx', query),
}
