import { http, type Page } from '@/shared/http'

export const ROLES = ['ADMIN', 'CENTER_STAFF', 'CENTER_LEADER', 'DEPARTMENT_STAFF', 'GRID_MEMBER', 'VILLAGE_CADRE',
  'COUNTY_VIEWER']
export const KINDS = ['APPEAL', 'DISPUTE', 'PETITION', 'HAZARD', 'OPINION', 'INCIDENT']
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT']
export const CASE_LEVELS = ['VILLAGE', 'TOWN', 'COUNTY']
export const STATIONINGS = ['PERMANENT', 'ROTATING', 'ON_CALL']
export const DEPARTMENT_KINDS = ['GOVERNANCE_CENTER', 'VILLAGE_COMMITTEE', 'POLICE_STATION', 'JUDICIAL_OFFICE', 'COURT',
  'PROCURATORATE_OFFICE', 'PETITION_OFFICE', 'EMERGENCY_OFFICE', 'MARKET_SUPERVISION', 'NATURAL_RESOURCES',
  'ENVIRONMENT', 'EDUCATION', 'CIVIL_AFFAIRS', 'HUMAN_RESOURCES', 'AGRICULTURE', 'HOUSING', 'TRANSPORT', 'HEALTH',
  'OTHER']
/** The county whose towns the department page offers (the demo's 城固县); any town code may be typed too. */
export const COUNTY = '610722000000'

export interface Scope { regions: string[]; departments: string[]; readOnly: boolean }
export interface Account {
  username: string
  displayName: string
  roles: string[]
  scope: Scope
  enabled: boolean
  lockedUntil: string | null
  staffId: number | null
}
export interface AccountBody {
  username?: string
  displayName: string
  password?: string
  roles: string[]
  regions: string[]
  departments: string[]
  readOnly: boolean
  enabled?: boolean
}
export interface Region { code: string; name: string; level: string; parentCode: string | null }
export interface Department { code: string; name: string; kind: string; regionCode: string; stationing: string | null }
export interface Category {
  code: string; name: string; kind: string; parentCode: string | null; anonymousAllowed: boolean
  children: Category[] | null
}
export interface RoutingRule {
  id?: number; category: string; regionPrefix: string; level: string | null; leadUnit: string; coUnits: string[]
  priority: number; autoDispatch: boolean
}
export interface SlaPolicy {
  id?: number; kind: string | null; category: string | null; priority: string | null; signForHours: number
  handlingWorkingDays: number; warningFraction: number; regionPrefix: string | null
}
export interface CalendarDay { date: string; kind: 'HOLIDAY' | 'WORKDAY'; name: string | null }
export interface CalendarYear { year: number; days: CalendarDay[]; defined: boolean }
export interface CalendarStatus { missingYears: number[]; warning: string | null }
export interface ImportJob {
  id: string; kind: string; status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED'; total: number; processed: number
  accepted: number; rejected: number; error: string | null; rejections: string[] | null
}

export const adminApi = {
  users: () => http.get<Account[]>('/api/users'),
  createUser: (body: AccountBody) => http.post<Account>('/api/users', body),
  updateUser: (username: string, body: AccountBody) => http.put<Account>(`/api/users/${encodeURIComponent(username)}`, body),
  unlock: (username: string) => http.post<void>(`/api/users/${encodeURIComponent(username)}/unlock`),
  resetPassword: (username: string, password: string) =>
    http.post<void>(`/api/users/${encodeURIComponent(username)}/password`, { password }),
  towns: (county: string) => http.get<Region[]>(`/api/regions/${county}/children`),
  departments: (region: string) => http.get<Department[]>('/api/departments', { region }),
  createDepartment: (body: Record<string, unknown>) => http.post<Department>('/api/departments', body),
  updateDepartment: (code: string, body: Record<string, unknown>) => http.put<Department>(`/api/departments/${code}`, body),
  categories: (kind: string) => http.get<Category[]>('/api/categories', { kind }),
  createCategory: (body: Record<string, unknown>) => http.post<Category>('/api/categories', body),
  updateCategory: (code: string, body: Record<string, unknown>) => http.put<Category>(`/api/categories/${code}`, body),
  rules: () => http.get<RoutingRule[]>('/api/routing-rules'),
  saveRule: (id: number | undefined, body: Record<string, unknown>) =>
    id == null ? http.post<RoutingRule>('/api/routing-rules', body) : http.put<RoutingRule>(`/api/routing-rules/${id}`, body),
  deleteRule: (id: number) => http.delete<void>(`/api/routing-rules/${id}`),
  slaPolicies: () => http.get<SlaPolicy[]>('/api/sla-policies'),
  saveSla: (id: number | undefined, body: Record<string, unknown>) =>
    id == null ? http.post<SlaPolicy>('/api/sla-policies', body) : http.put<SlaPolicy>(`/api/sla-policies/${id}`, body),
  calendar: (year: number) => http.get<CalendarYear>(`/api/calendar/${year}`),
  saveCalendar: (year: number, days: CalendarDay[]) => http.put<CalendarYear>(`/api/calendar/${year}`, { days }),
  calendarStatus: () => http.get<CalendarStatus>('/api/calendar/status'),
  startImport: (file: File) => {
    const form = new FormData()
    form.append('file', file)
    return http.post<{ id: string }>('/api/imports/divisions', form)
  },
  importJob: (id: string) => http.get<ImportJob>(`/api/imports/${id}`),
}

export const FIELD_ROLES = ['GRID_MEMBER', 'COMMUNITY_POLICE', 'LEGAL_ADVISOR', 'MEDIATOR', 'VOLUNTEER',
  'MASS_DEFENSE_MEMBER', 'SECURITY_HOUSEHOLD_HEAD', 'LEGAL_LIAISON', 'COMMUNITY_ELDER', 'INFORMANT', 'LEADER']
export interface StaffMember {
  id?: number; name: string; gender: 'MALE' | 'FEMALE' | null; phone: string | null; departmentCode: string | null
  regionCode: string; fieldRoles: string[]; gridCodes: string[]
}
export interface AuditEntry { at: string; actor: string; action: string; recordType: string; recordId: string; address: string | null }
export interface AuditQuery { actor?: string; recordType?: string; recordId?: string; from?: string; to?: string }

export const staffApi = {
  list: (department: string, page: number, size: number) =>
    http.get<Page<StaffMember>>('/api/staff', { department, page, size }),
  /** the phone in clear: center leaders only (the server refuses anyone else with 403), audited */
  unmasked: (id: number) => http.get<StaffMember>(`/api/staff/${id}/unmasked`),
  create: (body: StaffMember) => http.post<StaffMember>('/api/staff', body),
  update: (id: number, body: StaffMember) => http.put<StaffMember>(`/api/staff/${id}`, body),
}

export const auditApi = {
  list: (query: AuditQuery, page: number, size: number) =>
    http.get<Page<AuditEntry>>('/api/audit', { ...query, page, size }),
}
