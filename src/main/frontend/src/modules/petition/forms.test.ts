import { describe, expect, it } from 'vitest'
import { daysLeft, initialBody, missingFields, toRequest } from './forms'

describe('petition forms', () => {
  it('asks for the host, the people met, the kind and the date before a visit is sent', () => {
    expect(missingFields('visit', initialBody('visit'))).toEqual(['kind', 'date', 'host', 'peopleMet'])
    expect(missingFields('visit', initialBody('visit', { kind: 'RETURN', date: '2026-03-05', host: '张副镇长', peopleMet: '李四' })))
      .toEqual([])
  })

  it('sends no empty optional field, so the server never sees a blank previous number', () => {
    const body = initialBody('details', { form: 'VISIT', peopleCount: 6, level: 'TOWN' })
    expect(toRequest('details', body)).toEqual({ form: 'VISIT', peopleCount: 6, level: 'TOWN', sharedWithUnit: false })
  })

  it('counts calendar days left and days overdue', () => {
    const now = new Date('2026-03-05T06:30:00Z')
    expect(daysLeft('2026-03-20T23:59:59+08:00', now)).toBe(15)
    expect(daysLeft('2026-03-03T23:59:59+08:00', now)).toBe(-2)
    expect(daysLeft(null, now)).toBeNull()
  })
})
