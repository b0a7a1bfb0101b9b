import { http, type Page } from '@/shared/http'
import { download } from '@/modules/people/api'

/** A village's answer to a round: PENDING before the deadline, MISSING after it (GLOSSARY.md "report status"). */
export type ReportStatus = 'PENDING' | 'REPORTED' | 'NONE' | 'MISSING'
export type Occasion = 'MONTHLY' | 'HOLIDAY' | 'SENSITIVE_DATE' | 'SPECIAL'
export const OCCASIONS: Occasion[] = ['MONTHLY', 'HOLIDAY', 'SENSITIVE_DATE', 'SPECIAL']
export const STATUSES: ReportStatus[] = ['REPORTED', 'NONE', 'PENDING', 'MISSING']

export interface RoundVillage {
  regionCode: string
  name: string
  status: ReportStatus
  disputes: string[]
  reportedAt: string | null
  reportedBy: string | null
  late: boolean
  note: string | null
  allowedActions: string[]
}

export interface Round {
  id: number
  title: string
  regionCode: string
  occasion: Occasion
  dueAt: string
  openedAt: string
  openedBy: string
  villages: RoundVillage[]
  allowedActions: string[]
}

export interface OpenRoundBody { regionCode: string; title: string; occasion: Occasion; deadline?: string }
export interface VillageReportBody { regionCode: string; none: boolean; disputes: string[]; note?: string }

export interface DisputeOption { number: string; title: string }

export const screeningApi = {
  list: (region?: string, page = 0, size = 50) => http.get<Page<Round>>('/api/screening-rounds', { region, page, size }),
  actions: () => http.get<{ allowedActions: string[] }>('/api/screening-rounds/actions'),
  get: (id: number | string) => http.get<Round>(`/api/screening-rounds/${id}`),
  open: (body: OpenRoundBody) => http.post<Round>('/api/screening-rounds', body),
  report: (id: number, body: VillageReportBody) => http.post<Round>(`/api/screening-rounds/${id}/reports`, body),
  ledger: (round: Round) => download(`/api/screening-rounds/${round.id}/ledger.xlsx`, `排查台账-${round.title}.xlsx`),
  /** The village's dispute cases a report may name (findings are cases: taken in first). */
  disputes: async (village: string, q?: string): Promise<DisputeOption[]> =>
    (await http.get<Page<DisputeOption>>('/api/cases', { kind: 'DISPUTE', region: village, q, size: 50 })).items,
}
