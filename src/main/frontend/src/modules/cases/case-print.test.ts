import { describe, expect, it } from 'vitest'
import type { CaseView, TimelineEntry } from './api'
import { fieldRows, holdingRegion, timelineRows, type Labels } from './case-print'

// the translator as the page has it: known keys in brackets, unknown ones missing
const labels: Labels = {
  t: (key, values) => `[${key}${values ? ' ' + JSON.stringify(values) : ''}]`,
  te: (key) => !key.endsWith('UNKNOWN_EVENT'),
}

const item = {
  number: '610722101-2026-000123', kind: 'DISPUTE', category: '邻里纠纷', channel: 'PHONE', title: '邻里宅基地纠纷',
  description: '两户因宅基地界线发生争执', status: 'DISPATCHED', level: 'TOWN', regionCode: '610722101213',
  gridCode: '61072210121300101', address: null, lat: null, lng: null, holdingUnit: null, leadUnit: '龙头司法所',
  coUnits: [], coUnitProgress: null, priority: 'NORMAL', signForDeadline: null, dueAt: '2026-03-12T17:30:00+08:00',
  warning: false, overdue: false, signForOverdue: false, supervision: null, extension: null, firstReceiver: 'desk.longtou',
  reportedBy: null, receivedAt: '2026-03-05T14:30:00+08:00', resolvedAt: null, closedAt: null, occurredAt: null,
  satisfaction: null, mergedInto: null, reporter: { name: '张*', phone: '139****2345', idNumber: '610722********123X' },
  attachments: [],
} as CaseView

describe('the printed case file (受理登记表)', () => {
  it('prints every field of the case, the empty ones as —', () => {
    const rows = new Map(fieldRows(item, labels))
    expect(rows.size).toBe(29)
    expect(rows.get('[cases.field.number]')).toBe('610722101-2026-000123')
    expect(rows.get('[cases.field.dueAt]')).toBe('2026-03-12 17:30')
    expect(rows.get('[cases.field.address]')).toBe('—')
    expect(rows.get('[cases.field.coUnits]')).toBe('—')
  })

  it('prints the reporter exactly as the API masks it', () => {
    const rows = new Map(fieldRows(item, labels))
    expect(rows.get('[cases.field.reporterPhone]')).toBe('139****2345')
    expect(rows.get('[cases.field.reporterIdNumber]')).toBe('610722********123X')
  })

  it('names the village next to its code when known', () => {
    expect(new Map(fieldRows(item, labels, '六一村')).get('[cases.field.regionCode]')).toBe('六一村（610722101213）')
  })

  it('heads the sheet with the town holding the case, or the county once escalated there', () => {
    expect(holdingRegion(item)).toBe('610722101000')
    expect(holdingRegion({ ...item, level: 'VILLAGE' })).toBe('610722101000')
    expect(holdingRegion({ ...item, level: 'COUNTY' })).toBe('610722000000')
  })

  it('lists the whole timeline oldest first, numbered, with the new status only when it changed', () => {
    const entries: TimelineEntry[] = [
      { at: '2026-03-05T14:30:00+08:00', actor: 'desk.longtou', action: 'receive', fromStatus: null, toStatus: 'RECEIVED', comment: null, attachments: null },
      { at: '2026-03-05T15:00:00+08:00', actor: 'desk.longtou', action: 'UNKNOWN_EVENT', fromStatus: 'RECEIVED', toStatus: 'RECEIVED', comment: '补充材料', attachments: null },
    ]
    const rows = timelineRows(entries, labels)
    expect(rows.map((r) => r.no)).toEqual([1, 2])
    expect(rows[0]).toMatchObject({ at: '2026-03-05 14:30', action: '[cases.event.receive]', status: '[cases.status.RECEIVED]' })
    expect(rows[1]).toMatchObject({ action: 'UNKNOWN_EVENT', status: '', comment: '补充材料' })
  })
})
