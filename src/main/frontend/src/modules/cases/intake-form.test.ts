import { describe, expect, it } from 'vitest'
import { checkForm, emptyForm, newIdempotencyKey, toBody, worthCheckingRepeats } from './intake-form'

function filled() {
  return { ...emptyForm('610722101000'), category: 'DISPUTE_NEIGHBOR_NOISE', title: '楼上噪音', description: '夜间装修噪音',
    village: '610722101213', grid: 'G1', reporterName: '张三', reporterPhone: '13800138000' }
}

describe('the intake form', () => {
  it('accepts a filled form with a valid phone and no ID number', () => {
    expect(checkForm(filled())).toEqual({})
  })

  it('puts a wrong ID check digit and a wrong phone under the server field names', () => {
    const errors = checkForm({ ...filled(), reporterPhone: '12345', reporterIdNumber: '610722199001011234' })
    expect(errors['reporter.phone']).toBe('cases.intake.badPhone')
    expect(errors['reporter.idNumber']).toBe('cases.intake.badIdNumber')
  })

  it('asks for category, title, description and a place', () => {
    expect(Object.keys(checkForm(emptyForm()))).toEqual(['category', 'title', 'description', 'location.regionCode'])
  })

  it('sends the village as the region, drops an empty reporter and upper-cases the ID check character', () => {
    const body = toBody({ ...filled(), reporterName: '', reporterPhone: ' ' })
    expect(body.location).toEqual({ regionCode: '610722101213', gridCode: 'G1', address: undefined })
    expect(body.reporter).toBeNull()
    expect(toBody({ ...filled(), reporterIdNumber: '11010519491231002x' }).reporter?.idNumber).toBe('11010519491231002X')
  })

  it('sends the time it happened as an ISO instant, or null', () => {
    expect(toBody(filled()).occurredAt).toBeNull()
    expect(toBody({ ...filled(), occurredAt: new Date(Date.UTC(2026, 2, 5, 6, 30)) }).occurredAt)
      .toBe('2026-03-05T06:30:00.000Z')
  })

  it('checks for repeats only when there is a place and something to compare', () => {
    expect(worthCheckingRepeats(emptyForm())).toBe(false)
    expect(worthCheckingRepeats(filled())).toBe(true)
  })

  it('makes a version-4 UUID without crypto.randomUUID, which plain-http pages lack', () => {
    const key = newIdempotencyKey((b) => b.fill(255))
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey())
  })
})
