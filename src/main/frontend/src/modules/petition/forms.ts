/**
 * The fields of each petition form (the bodies of API.md's petition endpoints). Labels are
 * `petition.field.<name>`, options `petition.enum.<name>.<value>`; the server checks everything again.
 */
export type FieldType = 'text' | 'textarea' | 'select' | 'number' | 'date' | 'switch'

export interface FormField { name: string; type: FieldType; required?: boolean; options?: string[] }

const SATISFACTION = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE']

export const FORMS: Record<string, FormField[]> = {
  details: [
    { name: 'form', type: 'select', required: true, options: ['LETTER', 'VISIT', 'ONLINE', 'PHONE'] },
    { name: 'peopleCount', type: 'number', required: true },
    { name: 'level', type: 'select', required: true, options: ['TOWN', 'COUNTY', 'CITY', 'PROVINCE', 'BEIJING'] },
    { name: 'previousNumber', type: 'text' },
    { name: 'petitionerId', type: 'number' },
    { name: 'sharedWithUnit', type: 'switch' },
  ],
  hold: [{ name: 'leader', type: 'text', required: true }, { name: 'plan', type: 'textarea', required: true }],
  progress: [{ name: 'text', type: 'textarea', required: true }],
  reply: [{ name: 'text', type: 'textarea', required: true }],
  deliver: [{ name: 'method', type: 'select', required: true, options: ['IN_PERSON', 'POST', 'ONLINE', 'PUBLIC_NOTICE'] }],
  visit: [
    { name: 'kind', type: 'select', required: true, options: ['APPOINTMENT', 'OUTREACH', 'RECEPTION', 'RETURN', 'FACE_TO_FACE'] },
    { name: 'date', type: 'date', required: true },
    { name: 'host', type: 'text', required: true },
    { name: 'hostIsLeader', type: 'switch' },
    { name: 'peopleMet', type: 'text', required: true },
    { name: 'problemsRaised', type: 'textarea' },
    { name: 'problemsSolved', type: 'textarea' },
    { name: 'satisfaction', type: 'select', options: SATISFACTION },
  ],
  petitioner: [
    { name: 'name', type: 'text', required: true },
    { name: 'regionCode', type: 'text', required: true },
    { name: 'grade', type: 'select', required: true, options: ['RED', 'YELLOW', 'GREEN'] },
    { name: 'responsiblePerson', type: 'text', required: true },
    { name: 'informant', type: 'text' },
    { name: 'address', type: 'text' },
    { name: 'note', type: 'textarea' },
  ],
}

/** An empty body for a form, with the values it starts from (`start` wins). */
export function initialBody(form: string, start: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const f of FORMS[form] ?? []) body[f.name] = f.type === 'switch' ? false : f.type === 'number' ? null : ''
  for (const [k, v] of Object.entries(start)) if (v !== undefined && v !== null) body[k] = v
  return body
}

/** The required fields left empty, checked before sending. */
export function missingFields(form: string, body: Record<string, unknown>): string[] {
  return (FORMS[form] ?? []).filter((f) => f.required).filter((f) => {
    const v = body[f.name]
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  }).map((f) => f.name)
}

/** The body as sent: empty optional texts and numbers left out. */
export function toRequest(form: string, body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of FORMS[form] ?? []) {
    const v = body[f.name]
    if (v === '' || v === null || v === undefined) continue
    out[f.name] = typeof v === 'string' ? v.trim() : v
  }
  return out
}

/** "剩余 n 天" / "超期 n 天" for a limit, in calendar days (petitions count calendar days). */
export function daysLeft(due: string | null, now: Date = new Date()): number | null {
  if (!due) return null
  const ms = new Date(due).getTime() - now.getTime()
  return ms >= 0 ? Math.floor(ms / 86_400_000) : -Math.ceil(-ms / 86_400_000)
}
