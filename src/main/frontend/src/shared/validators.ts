/** Browser-side checks of personal numbers, the same rules the server applies (GB 11643-1999, mobile numbers). */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** The check character (0-9 or X) of the first 17 digits of a citizen ID number. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('17 digits expected')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** A valid 18-character citizen ID number: digits, a real birth date and the right check character. */
export function isValidIdNumber(value: string): boolean {
  const id = value.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return false
  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  const birth = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false
  return idCheckDigit(id.slice(0, 17)) === id[17]
}

/** A mainland mobile number (1[3-9] and 9 digits) or a landline with its area code (0917-1234567), as the server checks. */
export function isValidPhone(value: string): boolean {
  return /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(value.trim())
}
