import { http } from '@/shared/http'

/** A village's daily report for a day: PENDING before the town's deadline, MISSING after it (GLOSSARY.md). */
export type ReportStatus = 'PENDING' | 'REPORTED' | 'NONE' | 'MISSING'

export interface VillageDay {
  regionCode: string
  name: string
  status: ReportStatus
  submittedAt: string | null
  submittedBy: string | null
  late: boolean
  nothingToReport: boolean | null
  content: string | null
  allowedActions: string[]
}

export interface DayView { date: string; workingDay: boolean; dueAt: string | null; villages: VillageDay[] }

export interface MonthView {
  month: string
  deadline: string
  days: { date: string; workingDay: boolean }[]
  villages: { regionCode: string; name: string; statuses: (ReportStatus | null)[]; reported: number; missing: number }[]
}

/** A town's daily report deadline (HH:mm); `allowedActions` holds `edit` for those who may change it. */
export interface Deadline { townCode: string; deadline: string; allowedActions: string[] }

export const reportingApi = {
  day: (region: string, date?: string) => http.get<DayView>('/api/daily-reports', { region, date }),
  month: (region: string, month?: string) => http.get<MonthView>('/api/daily-reports/month', { region, month }),
  submit: (village: string, date: string, body: { nothingToReport: boolean; content?: string }) =>
    http.put<VillageDay>(`/api/daily-reports/${village}/${date}`, body),
  deadline: (town: string) => http.get<Deadline>(`/api/daily-report-deadlines/${town}`),
  setDeadline: (town: string, deadline: string) => http.put<Deadline>(`/api/daily-report-deadlines/${town}`, { deadline }),
}
