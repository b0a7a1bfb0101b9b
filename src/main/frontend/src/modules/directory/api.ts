import { http, withQuery, type Page } from '@/shared/http'

export interface StaffMember {
  id: number
  name: string
}

/** A duty leader as the API shows one: phone masked. */
export interface DutyLeader {
  staffId: number
  name: string
  phone: string | null
}

/** A center's duty on a day (`GET /api/duty`). */
export interface Duty {
  unit: string
  unitName: string
  date: string
  leaders: DutyLeader[]
}

/** DUTY: the center's duty leaders (值班领导); RECEPTION: the leader reception-day roster (带班接访). */
export type DutyKind = 'DUTY' | 'RECEPTION'

export const dutyApi = {
  /** The duty of a center (default: the caller's) on a day (default: today by the server's clock). */
  get: (unit?: string, date?: string, kind?: DutyKind) => http.get<Duty>('/api/duty', { unit, date, kind }),
  month: (month: string, unit?: string, kind?: DutyKind) => http.get<Duty[]>('/api/duty/month', { unit, month, kind }),
  /** The staff of a center, to choose its duty leader from. */
  staff: (unit: string) => http.get<Page<StaffMember>>('/api/staff', { department: unit, size: 200 }),
  set: (unit: string, date: string, staffIds: number[], kind?: DutyKind) =>
    http.put<Duty>(withQuery(`/api/duty/${encodeURIComponent(unit)}/${date}`, { kind }), { staffIds }),
}
