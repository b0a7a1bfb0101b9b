/**
 * The intake form's model and its checks before sending: the reporter's phone and ID number by the server's rules
 * (shared/validators.ts), the required fields, and the body of `POST /api/cases`. Error keys are the server's field
 * names (`reporter.idNumber`), so the browser's and the server's messages land next to the same field.
 */
import { isValidIdNumber, isValidPhone } from '@/shared/validators'
import type { IntakeBody } from './intake-api'

export const KINDS = ['APPEAL', 'DISPUTE', 'PETITION', 'HAZARD', 'OPINION', 'INCIDENT']
export const CHANNELS = ['WINDOW', 'PHONE', 'HOTLINE_12345', 'WECHAT', 'ONLINE', 'LETTER', 'VISIT', 'GRID_PATROL',
  'VIDEO', 'REPORT_BOX', 'REFERRAL']
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT']

export interface IntakeForm {
  kind: string
  category: string
  channel: string
  title: string
  description: string
  priority: string
  town: string
  village: string
  grid: string
  address: string
  /** WGS-84, when the place was picked on the map */
  point: { lat: number; lng: number } | null
  occurredAt: Date | null
  reporterName: string
  reporterPhone: string
  reporterIdNumber: string
  attachments: string[]
}

export function emptyForm(town = ''): IntakeForm {
  return { kind: 'APPEAL', category: '', channel: 'PHONE', title: '', description: '', priority: 'NORMAL', town,
    village: '', grid: '', address: '', point: null, occurredAt: null, reporterName: '', reporterPhone: '', reporterIdNumber: '',
    attachments: [] }
}

/** i18n keys of the problems found before sending, by the server's field name; empty when the form may be sent. */
export function checkForm(form: IntakeForm): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!form.category) errors.category = 'common.required'
  if (!form.title.trim()) errors.title = 'common.required'
  if (!form.description.trim()) errors.description = 'common.required'
  if (!form.village && !form.town) errors['location.regionCode'] = 'common.required'
  if (form.reporterPhone.trim() && !isValidPhone(form.reporterPhone)) errors['reporter.phone'] = 'cases.intake.badPhone'
  if (form.reporterIdNumber.trim() && !isValidIdNumber(form.reporterIdNumber)) {
    errors['reporter.idNumber'] = 'cases.intake.badIdNumber'
  }
  return errors
}

/** Enough to ask for likely repeats: a place and something to compare (a phone, an ID number or a text). */
export function worthCheckingRepeats(form: IntakeForm): boolean {
  const compare = form.reporterPhone.trim() || form.reporterIdNumber.trim() || form.description.trim().length >= 4
  return Boolean(form.category && (form.village || form.town) && compare && form.title.trim())
}

function trimmed(value: string): string | undefined {
  return value.trim() || undefined
}

export function toBody(form: IntakeForm): IntakeBody {
  const name = trimmed(form.reporterName)
  const phone = trimmed(form.reporterPhone)
  const idNumber = trimmed(form.reporterIdNumber)?.toUpperCase()
  return {
    kind: form.kind,
    category: form.category,
    channel: form.channel,
    title: form.title.trim(),
    description: form.description.trim(),
    priority: form.priority,
    reporter: name || phone || idNumber ? { name, phone, idNumber } : null,
    location: { regionCode: form.village || form.town, gridCode: trimmed(form.grid), address: trimmed(form.address),
      ...(form.point ? { lat: form.point.lat, lng: form.point.lng, crs: 'WGS84' } : {}) },
    attachments: [...form.attachments],
    occurredAt: form.occurredAt ? form.occurredAt.toISOString() : null,
  }
}

/**
 * A random UUID (v4) for the form's `Idempotency-Key`. `crypto.randomUUID` exists only on secure pages, and a town's
 * intranet may serve plain http; `getRandomValues` works on both.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
