import { describe, expect, it } from 'vitest'
import { cellClass, cellMark, shiftMonth, townOf } from './month-grid'

describe('the daily report month grid', () => {
  it('marks a missing day with a cross and a zero report with a circle', () => {
    expect(cellMark('MISSING')).toBe('✗')
    expect(cellMark('NONE')).toBe('○')
    expect(cellMark(null)).toBe('')
  })

  it('greys a rest day without a report but colours one with a report', () => {
    expect(cellClass(null, false)).toBe('rest')
    expect(cellClass('REPORTED', false)).toBe('cell-reported')
  })

  it('steps across the turn of the year', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
  })

  it('finds the town of a village cadre and none for a county viewer', () => {
    expect(townOf('610722101213')).toBe('610722101000')
    expect(townOf('610722000000')).toBe('')
  })
})
