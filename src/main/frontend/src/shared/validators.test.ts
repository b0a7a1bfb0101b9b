import { describe, expect, it } from 'vitest'
import { idCheckDigit, isValidIdNumber, isValidPhone } from './validators'

describe('ID number (GB 11643)', () => {
  it('computes the check character of the standard example, X included', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X')
    expect(idCheckDigit('61072219850317301')).toBe('5')
  })

  it('accepts a number whose check character is right, in either case of x', () => {
    expect(isValidIdNumber('610722198503173015')).toBe(true)
    expect(isValidIdNumber('11010519491231002x')).toBe(true)
  })

  it('rejects a number with one digit mistyped', () => {
    expect(isValidIdNumber('610722198503173016')).toBe(false)
    expect(isValidIdNumber('610722198503173115')).toBe(false)
  })

  it('rejects a birth date that does not exist even with a matching check character', () => {
    expect(isValidIdNumber('61072220010229123X')).toBe(false)
  })

  it('rejects numbers of the wrong length or with letters', () => {
    expect(isValidIdNumber('61072219850317301')).toBe(false)
    expect(isValidIdNumber('6107221985031730155')).toBe(false)
    expect(isValidIdNumber('61072219850317A015')).toBe(false)
  })
})

describe('phone number', () => {
  it('accepts mobile numbers and landlines with their area code', () => {
    expect(isValidPhone('13912342345')).toBe(true)
    expect(isValidPhone(' 18873323063 ')).toBe(true)
    expect(isValidPhone('0916-7212345')).toBe(true)
  })

  it('rejects numbers a phone cannot dial', () => {
    expect(isValidPhone('12912342345')).toBe(false)
    expect(isValidPhone('1391234234')).toBe(false)
    expect(isValidPhone('139123423456')).toBe(false)
    expect(isValidPhone('7212345')).toBe(false)
  })
})
