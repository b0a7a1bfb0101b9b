import { describe, expect, it } from 'vitest'
import { initialBody, prefillDispatch } from './action-forms'

describe('the dispatch dialog', () => {
  it('pre-selects the routing rule\'s lead unit and co-units', () => {
    const body = initialBody('dispatch')
    prefillDispatch(body, { leadUnit: 'JUDICIAL', coUnits: ['POLICE'] })
    expect(body).toEqual({ leadUnit: 'JUDICIAL', coUnits: ['POLICE'] })
  })

  it('leaves the units empty when no rule applies', () => {
    const body = initialBody('dispatch')
    prefillDispatch(body, { leadUnit: null, coUnits: null })
    expect(body).toEqual({ leadUnit: '', coUnits: [] })
  })

  it('never lists the lead unit among its own co-units', () => {
    const body = initialBody('dispatch')
    prefillDispatch(body, { leadUnit: 'JUDICIAL', coUnits: ['JUDICIAL', 'POLICE'] })
    expect(body.coUnits).toEqual(['POLICE'])
  })
})
