import { describe, expect, it } from 'vitest'
import { dueDay, shanghaiDay } from './calendar'

describe('the follow-up calendar spans', () => {
  it('ends a week on its Sunday, also across a month end', () => {
    expect(dueDay(new Date('2026-03-05T06:30:00Z'), 'week')).toBe('2026-03-08')
    expect(dueDay(new Date('2026-02-26T06:30:00Z'), 'week')).toBe('2026-03-01')
    expect(dueDay(new Date('2026-03-08T06:30:00Z'), 'week')).toBe('2026-03-08')
  })

  it('ends a month on its last day, February of a leap year included', () => {
    expect(dueDay(new Date('2028-02-10T06:30:00Z'), 'month')).toBe('2028-02-29')
    expect(dueDay(new Date('2026-12-31T06:30:00Z'), 'month')).toBe('2026-12-31')
  })

  it('counts the day in Shanghai, not in UTC', () => {
    // 2026-03-08 17:00 UTC is Monday 2026-03-09 01:00 in Shanghai: the next week
    expect(shanghaiDay(new Date('2026-03-08T17:00:00Z'))).toBe('2026-03-09')
    expect(dueDay(new Date('2026-03-08T17:00:00Z'), 'week')).toBe('2026-03-15')
  })
})
