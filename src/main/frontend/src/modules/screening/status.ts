import type { ReportStatus, RoundVillage } from './api'

/** How many villages of a round stand in each status. */
export function countByStatus(villages: RoundVillage[]): Record<ReportStatus, number> {
  const counts: Record<ReportStatus, number> = { REPORTED: 0, NONE: 0, PENDING: 0, MISSING: 0 }
  for (const v of villages) counts[v.status]++
  return counts
}

/** The Element Plus tag type of a status, the same colours everywhere (UI.md): reported green, none grey, missing red. */
export function statusTagType(status: ReportStatus | null): 'success' | 'info' | 'warning' | 'danger' | 'primary' {
  switch (status) {
    case 'REPORTED': return 'success'
    case 'NONE': return 'info'
    case 'MISSING': return 'danger'
    default: return 'primary'
  }
}
