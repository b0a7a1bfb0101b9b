import { describe, expect, it } from 'vitest'
import { countByStatus, statusTagType } from './status'
import type { RoundVillage } from './api'

const village = (status: RoundVillage['status']): RoundVillage => ({
  regionCode: '610722101213', name: '六一村委会', status, disputes: [], reportedAt: null, reportedBy: null, late: false,
  note: null, allowedActions: [],
})

describe('screening round status', () => {
  it('counts each status of the villages, zero for those none has', () => {
    expect(countByStatus([village('NONE'), village('NONE'), village('MISSING')]))
      .toEqual({ REPORTED: 0, NONE: 2, PENDING: 0, MISSING: 1 })
  })

  it('shows a missing village in red and a reported one in green', () => {
    expect(statusTagType('MISSING')).toBe('danger')
    expect(statusTagType('REPORTED')).toBe('success')
  })
})
