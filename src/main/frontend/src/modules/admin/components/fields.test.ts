import { describe, expect, it } from 'vitest'
import { cleanBody, missingFields, type FieldDef } from './fields'

const FIELDS: FieldDef[] = [
  { name: 'username', type: 'text', required: true },
  { name: 'roles', type: 'select', multiple: true, required: true },
  { name: 'regionPrefix', type: 'text' },
]

describe('an administration form', () => {
  it('names the required fields left empty, an empty list included', () => {
    expect(missingFields(FIELDS, { username: '', roles: [] })).toEqual(['username', 'roles'])
    expect(missingFields(FIELDS, { username: 'a', roles: ['ADMIN'] })).toEqual([])
  })

  it('sends an optional field left empty as null', () => {
    expect(cleanBody(FIELDS, { username: 'a', roles: ['ADMIN'], regionPrefix: '' }))
      .toEqual({ username: 'a', roles: ['ADMIN'], regionPrefix: null })
  })
})
