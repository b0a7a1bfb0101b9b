import { http } from '@/shared/http'

export interface Party {
  id: number
  role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY'
  kind: 'RESIDENT' | 'ORGANISATION'
  residentId: number | null
  name: string
  gender: string | null
  ethnicity: string | null
  birthDate: string | null
  occupation: string | null
  address: string | null
  phone: string | null
  legalRepresentative: string | null
}

export interface Dispute {
  caseNumber: string
  disputeType: string
  amount: number | null
  riskLevel: string | null
  criminalRisk: boolean
  riskNote: string | null
  criminalRiskSince: string | null
  allowedActions: string[]
}

export interface Session {
  id: number
  heldOn: string
  place: string
  mediatorIds: number[]
  mediators: string[]
  attendees: string | null
  record: string
  outcome: 'AGREED' | 'FAILED' | 'REFERRED'
}

export interface Referral {
  id: number
  target: 'COURT' | 'POLICE' | 'PROCURATORATE' | 'PETITION'
  receivingBody: string
  reason: string
  referredAt: string
  dueAt: string
  warning: boolean
  overdue: boolean
  reportedBackAt: string | null
  reportBack: string | null
}

export interface Agreement {
  caseNumber: string
  number: string
  committee: { id: number; name: string; shortName: string; regionCode: string }
  disputeType: string
  facts: string
  responsibilities: string
  terms: string
  performanceMethod: string
  performBy: string
  copies: number
  mediators: string[]
  signedOn: string
  signedScan: { id: string; name: string; contentType: string; url: string } | null
  performance: 'PENDING' | 'PERFORMED' | 'PARTLY_PERFORMED' | 'NOT_PERFORMED'
  performanceCheckedOn: string | null
  performanceNote: string | null
  judicialConfirmation: 'NONE' | 'APPLIED' | 'CONFIRMED' | 'REJECTED'
}

export interface Mediator {
  id: number
  name: string
  kind: 'MEDIATOR' | 'COMMUNITY_ELDER'
  title: string | null
  active: boolean
}

export interface Committee {
  id: number
  regionCode: string
  name: string
  shortName: string
  hostUnit: string | null
  active: boolean
  mediators: Mediator[]
  allowedActions: string[]
}

export interface StoredFile {
  id: string
  name: string
  contentType: string
  size: number
}

export interface Settlement {
  regionCode: string
  screened: number
  mediated: number
  settled: number
  settlementRate: number | null
  settledByLevel: Record<string, number>
  byType: { type: string; screened: number; mediated: number; settled: number; settlementRate: number | null }[]
  byRegion: { regionCode: string; screened: number; settled: number; settlementRate: number | null; settledByLevel: Record<string, number> }[]
}

const base = (n: string) => `/api/cases/${encodeURIComponent(n)}`

export const mediationApi = {
  dispute: (n: string) => http.get<Dispute>(`${base(n)}/dispute`),
  assess: (n: string, body: unknown) => http.put<Dispute>(`${base(n)}/dispute`, body),
  parties: (n: string) => http.get<Party[]>(`${base(n)}/parties`),
  addParty: (n: string, body: unknown) => http.post<Party[]>(`${base(n)}/parties`, body),
  sessions: (n: string) => http.get<Session[]>(`${base(n)}/mediations`),
  addSession: (n: string, body: unknown) => http.post<Session[]>(`${base(n)}/mediations`, body),
  referrals: (n: string) => http.get<Referral[]>(`${base(n)}/referrals`),
  addReferral: (n: string, body: unknown) => http.post<Referral[]>(`${base(n)}/referrals`, body),
  reportBack: (n: string, id: number, result: string) =>
    http.post<Referral[]>(`${base(n)}/referrals/${id}/report-back`, { result }),
  agreement: (n: string) => http.get<Agreement>(`${base(n)}/agreement`),
  createAgreement: (n: string, body: unknown) => http.post<Agreement>(`${base(n)}/agreement`, body),
  performance: (n: string, body: unknown) => http.put<Agreement>(`${base(n)}/agreement/performance`, body),
  judicialConfirmation: (n: string, status: string) =>
    http.put<Agreement>(`${base(n)}/agreement/judicial-confirmation`, { status }),
  attachScan: (n: string, fileId: string) => http.put<Agreement>(`${base(n)}/agreement/signed-scan`, { fileId }),
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<StoredFile>('/api/files', form)
  },
  addMediator: (committee: number, body: unknown) =>
    http.post<Committee>(`/api/mediation-committees/${committee}/mediators`, body),
  updateMediator: (committee: number, mediator: number, body: unknown) =>
    http.put<Committee>(`/api/mediation-committees/${committee}/mediators/${mediator}`, body),
  committees: (region?: string) => http.get<Committee[]>('/api/mediation-committees', { region }),
  settlement: (query: { region?: string; from?: string; to?: string }) => http.get<Settlement>('/api/stats/settlement', query),
}

/** The active mediators of the committees, for a picker: "name（committee）". */
export function mediatorOptions(committees: Committee[]): { value: number; label: string }[] {
  return committees.flatMap((c) =>
    c.mediators.filter((m) => m.active).map((m) => ({ value: m.id, label: `${m.name}（${c.name}）` })),
  )
}

export type ReferralState = 'reported' | 'overdue' | 'warning' | 'pending'

/** A referral's tag: reported back ends the clock; else the sweeper's marks, overdue before warning. */
export function referralState(r: Pick<Referral, 'reportedBackAt' | 'warning' | 'overdue'>): ReferralState {
  if (r.reportedBackAt) return 'reported'
  if (r.overdue) return 'overdue'
  if (r.warning) return 'warning'
  return 'pending'
}

/** A day as the date pickers write it (YYYY-MM-DD), in the browser's time zone. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** A rate 0–1 as "98.9%", or "—" when there is none. */
export function percent(rate: number | null): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`
}
