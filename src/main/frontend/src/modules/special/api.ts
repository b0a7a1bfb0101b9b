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
  allowedActions: string[]
}

/** One of a category's own fields, as the server checks it. */
export interface FieldSpec {
  name: string
  kind: 'TEXT' | 'DATE' | 'CODE' | 'LEVEL' | 'ID_NUMBER' | 'PHONE'
  required: boolean
  codes: string[]
  /** each code of a CODE field with its name */
  options: { code: string; name: string }[]
  min: number
  max: number
}

/** The body of a new or changed file (resident and category are fixed once created). */
export interface FileBody {
  residentId?: number
  category?: string
  riskLevel: RiskLevel
  key: boolean
  fields: Record<string, string | number>
  team: {
    townCadre?: TeamMember | null
    villageCadre?: TeamMember | null
    police?: TeamMember | null
    gridMember?: TeamMember | null
    family?: { name: string; phone: string | null } | null
  }
  familySituation?: string | null
  stateOfMind?: string | null
  whereabouts?: string | null
  monthlyReview?: string | null
}

export interface RecordBody { kind: 'ASSESSMENT' | 'COUNSELLING' | 'ASSISTANCE'; date: string; situation: string; riskLevel?: RiskLevel }

export interface Category { code: string; name: string; nameEn: string; judicial: boolean; active: boolean }

export interface FollowUpRuleRow {
  id: number | null
  duty: 'VISIT' | 'ASSESSMENT'
  categoryCode: string | null
  riskLevel: RiskLevel | null
  keyPerson: boolean | null
  dangerMin: number | null
  dangerMax: number | null
  frequency: string
}

export interface Unmasked { id: number; idNumber: string; phone: string | null; familyPhone: string | null; fields: Record<string, string> }

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
  /** one resident's files */
  resident?: number | string
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
  actions: () => http.get<{ allowedActions: string[] }>('/api/special-populations/actions'),
  create: (body: FileBody) => http.post<{ id: number }>('/api/special-populations', body),
  update: (id: number | string, body: FileBody) => http.put<FileDetail>(`/api/special-populations/${id}`, body),
  record: (id: number | string, body: RecordBody) =>
    http.post<{ id: number; caseNumber: string | null }>(`/api/special-populations/${id}/records`, body),
  unmasked: (id: number | string) => http.get<Unmasked>(`/api/special-populations/${id}/unmasked`),
  fieldSpecs: () => http.get<Record<string, FieldSpec[]>>('/api/special-population-categories/fields'),
  categories: () => http.get<Category[]>('/api/special-population-categories'),
  saveCategory: (c: Category) => http.put<Category>(`/api/special-population-categories/${c.code}`, c),
  rules: () => http.get<FollowUpRuleRow[]>('/api/follow-up-rules'),
  addRule: (r: FollowUpRuleRow) => http.post<FollowUpRuleRow>('/api/follow-up-rules', r),
  deleteRule: (id: number) => http.delete<void>(`/api/follow-up-rules/${id}`),
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<{ id: string }>('/api/files', form)
  },
}

export const CATEGORIES = ['01', '02', '03', '04', '05', '06', '07', '08', '09']
export const METHODS = ['IN_PERSON', 'PHONE', 'VIDEO', 'OTHER']
export const MOODS = ['STABLE', 'ANXIOUS', 'LOW', 'AGITATED']
