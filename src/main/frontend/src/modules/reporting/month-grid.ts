import type { ReportStatus } from './api'

/** A month grid cell's mark: ✓ reported, ○ nothing to report, ✗ missing, · pending, blank on rest days and ahead. */
export function cellMark(status: ReportStatus | null): string {
  switch (status) {
    case 'REPORTED': return '✓'
    case 'NONE': return '○'
    case 'MISSING': return '✗'
    case 'PENDING': return '·'
    default: return ''
  }
}

/** The CSS class of a cell: its status, or `rest` for a rest day without a report. */
export function cellClass(status: ReportStatus | null, workingDay: boolean): string {
  if (status) return `cell-${status.toLowerCase()}`
  return workingDay ? '' : 'rest'
}

/** The previous or next month of `2026-03` as `2026-02` / `2026-04`. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number)
  const index = y * 12 + (m - 1) + by
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** The caller's town (12 digits) from a town or village scope region; '' for a county or wider scope. */
export function townOf(region: string | undefined): string {
  return region && /^\d{12}$/.test(region) && region.slice(6, 9) !== '000' ? `${region.slice(0, 9)}000` : ''
}
