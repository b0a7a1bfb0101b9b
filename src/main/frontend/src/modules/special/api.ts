import { http, type Page } from '@/shared/http'

export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH'

export interface TeamMember { username: string | null; name: string | null }
export interface Team {
  townCadre: TeamMember | null
  villageCadre: TeamMember | null
  police: TeamMember | null
  gridMember: TeamMember | null
  family: { name: string; phone: string | null } | null
}

export interface FileSummary {
  id: number
  residentName: string
  category: string
  riskLevel: RiskLevel
  key: boolean
  regionCode: string
  gridCode: string
  team: Team
  nextVisitDue: string | null
  overdue: boolean
}

export interface Duty { duty: 'VISIT' | 'ASSESSMENT'; periodStart: string; periodEnd: string; done: boolean; warned: boolean; overdue: boolean }

export interface FollowUpRecord {
  id: number
  kind: string
  date: string
  method: string | null
  visitor: string
  lat: number | null
  lng: number | null
  situation: string
  mood: string | null
  riskLevel: string | null
  attachments: string[]
  caseNumber: string | null
}

export interface FileDetail extends FileSummary {
  residentId: number
  idNumber: string
  phone: string | null
  categoryName: string
  fields: Record<string, string | number>
  familySituation: string | null
  stateOfMind: string | null
  whereabouts: string | null
  monthlyReview: string | null
  reviewedOn: string | null
  duties: Duty[]
  records: FollowUpRecord[]
}

export interface VisitBody {
  date: string
  method: string
  lat?: number
  lng?: number
  situation: string
  mood?: string
  attachments?: string[]
  openCase?: { kind: string; categoryCode: string; title: string; description: string }
}

export interface VillageFigures {
  regionCode: string
  persons: number
  keyPersons: number
  dueThisWeek: number
  overdue: number
  onTimeRate: number | null
}

export interface FileFilter {
  region?: string
  category?: string
  key?: boolean
  overdue?: boolean
  /** a visit not yet recorded whose period ends by this day */
  due?: string
  page?: number
  size?: number
}

/** Special-population files, their follow-up duties and visits (一人一档). */
export const specialApi = {
  list: (filter: FileFilter) => http.get<Page<FileSummary>>('/api/special-populations', { ...filter }),
  get: (id: number | string) => http.get<FileDetail>(`/api/special-populations/${id}`),
  summary: (region?: string) => http.get<VillageFigures[]>('/api/special-populations/summary', { region }),
  visit: (id: number | string, body: VisitBody) =>
    http.post<{ id: number; caseNumber: string | null }>(`/api/special-populations/${id}/visits`, body),
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<{ id: string }>('/api/files', form)
  },
}

export const CATEGORIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09']
export const METHODS = ['IN_PERSON', 'PHONE', 'VIDEO', 'OTHER']
export const MOODS = ['STABLE', 'ANXIOUS', 'LOW', 'AGITATED']
