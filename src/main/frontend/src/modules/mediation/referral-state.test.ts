import { describe, expect, it } from 'vitest'
import { localDate, referralState } from './api'

describe('a referral tag on the dispute file', () => {
  it('is reported back once the receiving body answered, even if it was overdue before', () => {
    expect(referralState({ reportedBackAt: '2026-12-01T10:00:00+08:00', warning: true, overdue: true })).toBe('reported')
  })

  it('is overdue rather than warned when the sweeper set both marks', () => {
    expect(referralState({ reportedBackAt: null, warning: true, overdue: true })).toBe('overdue')
  })

  it('is warned before the due time and pending before the warning', () => {
    expect(referralState({ reportedBackAt: null, warning: true, overdue: false })).toBe('warning')
    expect(referralState({ reportedBackAt: null, warning: false, overdue: false })).toBe('pending')
  })
})

describe('the follow-up dialog', () => {
  it('proposes the local day as the check date, zero-padded as the date picker writes it', () => {
    expect(localDate(new Date(2026, 2, 5, 23, 30))).toBe('2026-03-05')
  })
})
