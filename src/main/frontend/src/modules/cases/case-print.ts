import { formatTime } from '@/shared/format'
import type { CaseView, TimelineEntry } from './api'
import { named, type CaseNames } from './case-names'

/** The translator the print view is given (vue-i18n's `t` and `te`). */
export interface Labels {
  t: (key: string, values?: Record<string, unknown>) => string
  te: (key: string) => boolean
}

/** The center holding the case: the county's for a case escalated to the county, else the town's. */
export function holdingRegion(c: Pick<CaseView, 'regionCode' | 'level'>): string {
  const digits = c.level === 'COUNTY' ? 6 : 9
  return c.regionCode.slice(0, digits).padEnd(12, '0')
}

/**
 * Every field of the case as label/value pairs, in the order of the case file; the reporter exactly as the API
 * gives it (masked unless the reader may see it in clear), "—" for what is empty.
 */
export function fieldRows(c: CaseView, { t, te }: Labels, names: CaseNames = { units: {} }): [string, string][] {
  const unit = (code: string) => names.units[code] ?? code
  const label = (group: string, value: string | null | undefined) =>
    !value ? '—' : te(`cases.enum.${group}.${value}`) ? t(`cases.enum.${group}.${value}`) : value
  const text = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : String(value))
  const rows: [string, string][] = [
    ['number', c.number], ['kind', label('kind', c.kind)], ['category', named(c.category, names.category)],
    ['channel', label('channel', c.channel)], ['priority', label('priority', c.priority)],
    ['level', label('caseLevel', c.level)], ['status', t(`cases.status.${c.status}`)],
    ['regionCode', named(c.regionCode, names.region)], ['gridCode', named(c.gridCode, names.grid)],
    ['address', text(c.address)], ['position', c.lat != null && c.lng != null ? `${c.lat}, ${c.lng}` : '—'],
    ['occurredAt', formatTime(c.occurredAt)], ['receivedAt', formatTime(c.receivedAt)],
    ['firstReceiver', text(c.firstReceiver)], ['reportedBy', text(c.reportedBy)],
    ['holdingUnit', c.holdingUnit ? unit(c.holdingUnit) : '—'], ['leadUnit', c.leadUnit ? unit(c.leadUnit) : '—'],
    ['coUnits', c.coUnits?.length ? c.coUnits.map(unit).join('、') : '—'],
    ['signForDeadline', formatTime(c.signForDeadline)], ['dueAt', formatTime(c.dueAt)],
    ['supervision', label('level', c.supervision)],
    ['extension', c.extension ? t('cases.extensionPending', { days: c.extension.days, reason: c.extension.reason }) : '—'],
    ['resolvedAt', formatTime(c.resolvedAt)], ['closedAt', formatTime(c.closedAt)],
    ['satisfaction', label('satisfaction', c.satisfaction)], ['mergedInto', text(c.mergedInto)],
    ['reporterName', text(c.reporter?.name)], ['reporterPhone', text(c.reporter?.phone)],
    ['reporterIdNumber', text(c.reporter?.idNumber)],
  ]
  return rows.map(([key, value]) => [t(`cases.field.${key}`), value])
}

export interface PrintedEvent {
  no: number
  at: string
  action: string
  actor: string
  status: string
  comment: string
}

/** The whole timeline as table rows, oldest first and numbered, as a register is read on paper. */
export function timelineRows(entries: TimelineEntry[], { t, te }: Labels): PrintedEvent[] {
  return entries.map((e, i) => ({
    no: i + 1,
    at: formatTime(e.at),
    action: te(`cases.event.${e.action}`) ? t(`cases.event.${e.action}`) : e.action,
    actor: e.actor,
    status: e.toStatus && e.toStatus !== e.fromStatus ? t(`cases.status.${e.toStatus}`) : '',
    comment: e.comment ?? '',
  }))
}
