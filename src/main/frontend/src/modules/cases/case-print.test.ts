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

  it('names the category, village, grid and units next to their codes when known, and keeps a code it cannot name', () => {
    const coded = { ...item, category: 'DISPUTE_NEIGHBOR', leadUnit: '610722101-JUDICIAL_OFFICE',
      coUnits: ['610722101-POLICE_STATION', '610722101213-VILLAGE_COMMITTEE'] } as CaseView
    const rows = new Map(fieldRows(coded, labels, { category: '邻里纠纷', region: '六一村', grid: '六一村第一网格',
      units: { '610722101-JUDICIAL_OFFICE': '龙头司法所', '610722101-POLICE_STATION': '龙头派出所' } }))
    expect(rows.get('[cases.field.category]')).toBe('邻里纠纷（DISPUTE_NEIGHBOR）')
    expect(rows.get('[cases.field.regionCode]')).toBe('六一村（610722101213）')
    expect(rows.get('[cases.field.gridCode]')).toBe('六一村第一网格（61072210121300101）')
    expect(rows.get('[cases.field.leadUnit]')).toBe('龙头司法所')
    expect(rows.get('[cases.field.coUnits]')).toBe('龙头派出所、610722101213-VILLAGE_COMMITTEE')
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
